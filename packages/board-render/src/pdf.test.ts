import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { blankBoard, c4, EMOJI_TEXT, filledC4, note } from './__fixtures__/boards.js';
import { pdfText } from './__fixtures__/pdfText.js';
import { PAGE_SIZES, renderBoardPdf, renderWorkshopPdf } from './pdf.js';

const isPdf = (bytes: Uint8Array) => Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-';

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
    const text = await pdfText(await renderBoardPdf(filledC4()));
    for (const line of ['C4 Substantive elements', 'Group 1 · MicroQuest training, Vienna', 'Learning outcomes', 'Ana Lima', 'Bloom 6', 'Heat-pump installation basics', 'Page 1 / 1']) {
      expect(text, line).toContain(line);
    }
    expect(text).toContain('Exported 23 November 2026');
    expect(text).toContain('<script>alert("x")</script>');
  });

  it('R4.1 prints ő, Ł, ź, Ř, Greek and ≥ as written; emoji and CJK become "?" instead of throwing', async () => {
    const input = filledC4();
    input.title = 'Tafel 🎯 → ≥';
    input.records = [
      ...input.records,
      note('names', { x: 1850, y: 700 }, 'Kővári Łucja Źdźbło', { author: 'Řehoř Dvořák' }),
      note('greek', { x: 1850, y: 950 }, 'Ελένη', { author: 'Παπαδοπούλου' }),
    ];
    const text = await pdfText(await renderBoardPdf(input));
    expect(EMOJI_TEXT).toContain('🎉');
    for (const written of ['Kővári', 'Łucja', 'Źdźbło', 'Řehoř Dvořák', 'Ελένη', 'Παπαδοπούλου', 'Tafel ? → ≥', 'Łódź ő']) expect(text, written).toContain(written);
    expect(text.replace(/\s+/g, ' ')).toContain('Peer feedback ?? → ≥ 3 rounds');
    expect(text).not.toMatch(/[🎉🎯]/u);
  });

  it('R2.1 a note of one 100,000-character word renders its start and "…"', async () => {
    const word = 'Supercalifragilistic'.repeat(5000);
    const input = { template: c4, records: [note('long', { x: 100, y: 300 }, word, { author: 'A'.repeat(100_000) })], title: 'T'.repeat(100_000) };
    const bytes = await renderBoardPdf(input);
    const text = await pdfText(bytes);
    expect(text).toContain('Supercalifragilistic');
    expect(text).toContain('…');
    expect(text.length).toBeLessThan(10_000);
    expect(bytes.length).toBeLessThan(200_000);
  });
});

describe('renderWorkshopPdf', () => {
  it('draws one page per board, numbered', async () => {
    const boards = [filledC4(), blankBoard(), { ...filledC4(), lang: 'de' as const }];
    const bytes = await renderWorkshopPdf(boards, { paper: 'a3', title: 'Workshop' });
    const doc = await PDFDocument.load(bytes);
    expect(doc.getPageCount()).toBe(3);
    for (const page of doc.getPages()) expect(page.getSize()).toEqual({ width: PAGE_SIZES.a3[0], height: PAGE_SIZES.a3[1] });
    const text = await pdfText(bytes);
    expect(text).toContain('Page 2 / 3');
    expect(text).toContain('Seite 3 / 3');
    expect(text).toContain('Lernergebnisse');
  });

  it('still makes a valid one-page PDF from no boards', async () => {
    const doc = await PDFDocument.load(await renderWorkshopPdf([], { title: 'Nothing yet' }));
    expect(doc.getPageCount()).toBe(1);
  });
});
