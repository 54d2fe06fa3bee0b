import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { renderBoardPdf } from './pdf.js';
import { renderBoardSvg } from './svg.js';

/** A 2 × 1 PNG (red, green), built by pdf-lib's own reader's expectations: a real file, not a stub. */
const PNG_2X1 = Uint8Array.from(
  Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAABCAIAAAB7QOjdAAAAEElEQVR4nGP4z8DAwMDAAAAFAAHhAGmfAAAAAElFTkSuQmCC', 'base64'),
);

const picture = (id: string, assetId: string, x: number) => ({
  id, typeName: 'shape', type: 'image', x, y: 40, rotation: 0, index: 'a2', parentId: 'page:page', isLocked: false, opacity: 1,
  props: { w: 200, h: 100, assetId, url: '', crop: null, flipX: false, flipY: false, playing: true, altText: '' }, meta: {},
});
const link = {
  id: 'shape:link', typeName: 'shape', type: 'bookmark', x: 0, y: 300, rotation: 0, index: 'a3', parentId: 'page:page', isLocked: false, opacity: 1,
  props: { w: 300, h: 320, assetId: 'asset:link', url: 'https://example.org/talk' }, meta: {},
};
const records = [
  picture('shape:pic', 'asset:pic', 0),
  picture('shape:gone', 'asset:gone', 400),
  link,
  { id: 'asset:link', typeName: 'asset', type: 'bookmark', props: { src: 'https://example.org/talk', title: 'The talk', description: '', image: '', favicon: '' }, meta: {} },
];
const images = { 'asset:pic': { mime: 'image/png', bytes: PNG_2X1, width: 2, height: 1 } };

describe('pictures and link cards in exports (files F6)', () => {
  it('the SVG carries a picture as data, a missing one as a labelled box, a link card as its title and address', () => {
    const svg = renderBoardSvg({ template: null, records, images, title: 'Board', lang: 'de' });
    expect(svg).toContain(`<image x="0" y="40" width="200" height="100" preserveAspectRatio="none" href="data:image/png;base64,${Buffer.from(PNG_2X1).toString('base64')}"/>`);
    expect(svg.match(/<image /g)).toHaveLength(1);
    expect(svg).toMatch(/<g class="picture" data-ref="shape:gone">[\s\S]*?>Bild<\/text>/);
    expect(svg).toContain('>The talk</text>');
    expect(svg).toContain('>https://example.org/talk</text>');
    expect(svg).not.toMatch(/nicht dargestellt/);
  });

  it('the PDF embeds the picture once, at its place', async () => {
    const bytes = await renderBoardPdf({ template: null, records: [...records, picture('shape:again', 'asset:pic', 800)], images, title: 'Board' });
    const pdf = await PDFDocument.load(bytes);
    const text = Buffer.from(bytes).toString('latin1');
    expect(pdf.getPageCount()).toBe(1);
    expect(text.match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect(text).toMatch(/\/Width 2\s/);
  });
});
