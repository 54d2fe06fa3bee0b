import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { FIXTURE_OPTIONS, fixture } from '../__fixtures__/load.js';
import type { CanvasContent } from '../canvasContent.js';
import { draftFromCanvas } from '../fromCanvas.js';
import { toDescriptionPdf, wrapText } from './pdf.js';

const filledDraft = () => draftFromCanvas(fixture<CanvasContent>('filled-canvas.json'), FIXTURE_OPTIONS);

/** Text of every page as a PDF reader extracts it (pdf.js), whitespace collapsed. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false }).promise;
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    text += content.items.map((item) => ('str' in item ? `${item.str}${item.hasEOL ? ' ' : ''}` : '')).join('') + ' ';
  }
  await doc.destroy();
  return text.replace(/\s+/g, ' ');
}
const A4 = { width: 595.28, height: 841.89 };

describe('toDescriptionPdf', () => {
  it('D4 writes a PDF of A4 pages that pdf-lib can read back', async () => {
    const bytes = await toDescriptionPdf(filledDraft());
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    const parsed = await PDFDocument.load(bytes);
    expect(parsed.getPageCount()).toBeGreaterThanOrEqual(1);
    for (const page of parsed.getPages()) {
      expect(page.getSize().width).toBeCloseTo(A4.width, 1);
      expect(page.getSize().height).toBeCloseTo(A4.height, 1);
    }
    expect(parsed.getTitle()).toBe('Designing Micro-Credentials in VET');
  });

  it('D4 adds pages when the content overflows one', async () => {
    const draft = filledDraft();
    const long = {
      ...draft,
      learningOutcomes: Array.from({ length: 120 }, (_, i) => ({ text: `Outcome ${i + 1}: ${'analyse the situation carefully '.repeat(4)}` })),
    };
    const parsed = await PDFDocument.load(await toDescriptionPdf(long));
    const normal = await PDFDocument.load(await toDescriptionPdf(draft));
    expect(parsed.getPageCount()).toBeGreaterThan(normal.getPageCount());
  });

  it('D4 survives text the standard fonts cannot encode', async () => {
    const draft = { ...filledDraft(), title: 'Kompetenz 🚀 日本語 – „Mentoring“' };
    const parsed = await PDFDocument.load(await toDescriptionPdf(draft, 'de'));
    expect(parsed.getTitle()).toBe('Kompetenz 🚀 日本語 – „Mentoring“');
  });

  it('D4 is deterministic: the same draft gives the same bytes', async () => {
    const [a, b] = await Promise.all([toDescriptionPdf(filledDraft()), toDescriptionPdf(filledDraft())]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it('wrapText keeps every line within the width, breaking over-long words', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    const lines = wrapText(`short words then ${'x'.repeat(200)} end`, font, 10, 200);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(font.widthOfTextAtSize(line, 10)).toBeLessThanOrEqual(200);
    expect(lines.join('').replace(/ /g, '')).toBe(`shortwordsthen${'x'.repeat(200)}end`);
  });

  it('D4 prints names in Latin Extended and Greek as written: ő, Ł, ź, Ř, Ελένη (embedded typeface)', async () => {
    const draft = { ...filledDraft(), title: 'Mentoring für Zoltán Kővári, Łódź', summary: 'Řehoř Dvořák & Ελένη Παπαδοπούλου: pass mark ≥ 60 %, źródło → portfolio' };
    const text = await pdfText(await toDescriptionPdf(draft, 'de'));
    for (const written of ['Zoltán Kővári', 'Łódź', 'Řehoř Dvořák', 'Ελένη Παπαδοπούλου', '≥ 60 %', 'źródło → portfolio']) expect(text, written).toContain(written);
    expect(text).not.toContain('?');
  });

  it('D4 a 100,000-character word is wrapped in linear time and cut at 5,000 characters', async () => {
    const draft = { ...filledDraft(), summary: 'x'.repeat(100_000) };
    const parsed = await PDFDocument.load(await toDescriptionPdf(draft));
    expect(parsed.getPageCount()).toBeLessThan(10);
  });
});
