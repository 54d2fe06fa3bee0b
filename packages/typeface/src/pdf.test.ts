import { PDFDocument, rgb } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { PdfTypeface } from './pdf.js';

/** Text of every page, as a PDF reader extracts it (pdf.js). */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(''));
  }
  await doc.destroy();
  return pages.join('\n');
}

async function pdfOf(lines: string[], useObjectStreams = true): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const typeface = await PdfTypeface.embed(doc, lines);
  const page = doc.addPage([600, 400]);
  lines.forEach((line, i) => typeface.drawLine(page, line, { x: 20, y: 360 - i * 20, size: 12, bold: i % 2 === 1, color: rgb(0, 0, 0) }));
  return doc.save({ useObjectStreams });
}

const NAMES = ['Zoltán Kővári', 'Łucja Źdźbło', 'Řehoř Dvořák', 'Ελένη Παπαδοπούλου', 'score ≥ 60 % → pass ✓'];

describe('PdfTypeface', () => {
  it('F5.2 draws ő, Ł, ź, Ř, Greek and ≥ as extractable text', async () => {
    const text = await pdfText(await pdfOf(NAMES));
    for (const name of NAMES) expect(text).toContain(name);
  });

  it('F5.1 embeds subsets: a page of names stays small, and the symbols face only when needed', async () => {
    const withSymbols = await pdfOf(NAMES, false);
    const withoutSymbols = await pdfOf(NAMES.slice(0, 4), false);
    expect(withSymbols.length).toBeLessThan(60_000);
    const fonts = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1').match(/\/FontFile2/g)?.length ?? 0;
    expect(fonts(withoutSymbols)).toBe(2);
    expect(fonts(withSymbols)).toBe(4);
  });

  it('F5.3 the same drawing gives the same bytes', async () => {
    const [a, b] = await Promise.all([pdfOf(NAMES), pdfOf(NAMES)]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('F3.1 replaces what no face draws instead of throwing', async () => {
    const text = await pdfText(await pdfOf(['Peer feedback 🎉 中 done']));
    expect(text).toContain('Peer feedback ? ? done');
  });
});
