import { inflateSync } from 'node:zlib';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { blankBoard, EMOJI_TEXT, filledC4 } from './__fixtures__/boards.js';
import { PAGE_SIZES, renderBoardPdf, renderWorkshopPdf } from './pdf.js';

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

/** The page content streams, inflated: pdf-lib writes text as `<hex> Tj` in WinAnsi. */
function contentText(bytes: Uint8Array): string {
  const raw = Buffer.from(bytes).toString('latin1');
  let out = '';
  for (const match of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    try {
      out += inflateSync(Buffer.from(match[1]!, 'latin1')).toString('latin1');
    } catch {
      out += match[1];
    }
  }
  return out;
}
/** The hex form of WinAnsi text, as it appears inside `<…> Tj` (also for the start of a longer line). */
const hex = (text: string) => Buffer.from(text, 'latin1').toString('hex').toUpperCase();

describe('renderBoardPdf', () => {
  it('draws one landscape A4 page by default', async () => {
    const bytes = await renderBoardPdf(filledC4());
    expect(isPdf(bytes)).toBe(true);
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(1);
    const { width, height } = doc.getPage(0).getSize();
    expect([width, height]).toEqual([...PAGE_SIZES.a4]);
    expect(width).toBeGreaterThan(height);
    expect(doc.getTitle()).toBe('C4 Substantive elements');
  });

  it('draws A3 landscape on request', async () => {
    const doc = await PDFDocument.load(await renderBoardPdf({ ...filledC4(), paper: 'a3' }));
    const { width, height } = doc.getPage(0).getSize();
    expect(Math.round(width)).toBe(1191);
    expect(Math.round(height)).toBe(842);
  });

  it('contains the header, the note texts and the fields', async () => {
    const text = contentText(await renderBoardPdf(filledC4()));
    for (const line of ['C4 Substantive elements', 'Group 1 · MicroQuest training, Vienna', 'Learning outcomes', 'Ana Lima', 'Bloom 6', 'Heat-pump installation basics', 'Page 1 / 1']) {
      expect(text, line).toContain(hex(line));
    }
    expect(text).toContain(hex('Exported 23 November 2026'));
    expect(text).toContain(hex('<script>alert("x")</script>'));
  });

  it('replaces characters WinAnsi cannot encode instead of throwing', async () => {
    const input = filledC4();
    input.title = 'Tafel 🎯 → ≥';
    const bytes = await renderBoardPdf(input);
    const text = contentText(bytes);
    expect(EMOJI_TEXT).toContain('🎉');
    expect(text).toContain(hex('Peer feedback'));
    expect(text).toContain(hex('?? -> >= 3'));
    expect(text).toContain(hex('rounds, Lódz o'));
    expect(text).toContain(hex('Tafel ? -> >='));
  });
});

describe('renderWorkshopPdf', () => {
  it('draws one page per board, numbered', async () => {
    const boards = [filledC4(), blankBoard(), { ...filledC4(), lang: 'de' as const }];
    const bytes = await renderWorkshopPdf(boards, { paper: 'a3', title: 'Workshop' });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(3);
    for (const page of doc.getPages()) expect(page.getSize()).toEqual({ width: PAGE_SIZES.a3[0], height: PAGE_SIZES.a3[1] });
    const text = contentText(bytes);
    expect(text).toContain(hex('Page 2 / 3'));
    expect(text).toContain(hex('Seite 3 / 3'));
    expect(text).toContain(hex('Lernergebnisse'));
  });

  it('still makes a valid one-page PDF from no boards', async () => {
    const doc = await PDFDocument.load(await renderWorkshopPdf([], { title: 'Nothing yet' }));
    expect(doc.getPageCount()).toBe(1);
  });
});
