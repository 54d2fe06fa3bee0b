import { capText, PdfTypeface, wrapText as wrapLines } from '@canvas/typeface';
import { PDFDocument, PageSizes, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { MicroCredentialDraft } from '../draft.js';
import { uiLanguageFor, type UiLanguage } from '../vocabulary.js';
import { describeDraft, type DescriptionModel } from './model.js';

const MARGIN = 42;
const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const INK = rgb(0.11, 0.11, 0.12);
const MUTED = rgb(0.43, 0.43, 0.45);
/** The most characters of one text the description prints (a value longer than a few pages is cut with "…"). */
const TEXT_LIMIT = 5_000;

/** Breaks text into lines no wider than `width`, splitting over-long words where they overflow (linear time, `@canvas/typeface` F4). */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const { lines } = wrapLines(text, { measure: (part, at) => font.widthOfTextAtSize(part, at), size, width });
  const kept = lines.filter((line) => line !== '');
  return kept.length > 0 ? kept : [''];
}

/** One text as printed: spaces collapsed, cut at {@link TEXT_LIMIT}. */
function printable(text: string): string {
  const { text: kept, cut } = capText(text.replace(/\s+/g, ' '), TEXT_LIMIT);
  return cut ? `${kept}…` : kept;
}

/** Every text of the description, for the font subsets. */
function* modelTexts(model: DescriptionModel): Generator<string> {
  yield model.title;
  yield model.summary;
  for (const fact of model.facts) yield* [fact.label, fact.value];
  for (const section of model.sections) yield* [section.heading, ...section.items];
  yield model.footnote;
  yield '-';
}

/** Writes flowing text top-down and starts a new A4 page whenever the current one is full. */
class PdfWriter {
  private page: PDFPage;
  private y: number;

  constructor(
    private readonly doc: PDFDocument,
    private readonly typeface: PdfTypeface,
  ) {
    this.page = doc.addPage(PageSizes.A4);
    this.y = PAGE_HEIGHT - MARGIN;
  }

  private ensureRoom(height: number): void {
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage(PageSizes.A4);
      this.y = PAGE_HEIGHT - MARGIN;
    }
  }

  private lines(text: string, size: number, bold: boolean, width: number): string[] {
    const measure = (part: string, at: number, isBold: boolean) => this.typeface.measure(part, at, isBold);
    const { lines } = wrapLines(this.typeface.sanitize(printable(text)), { measure, size, bold, width });
    const kept = lines.filter((line) => line !== '');
    return kept.length > 0 ? kept : [''];
  }

  space(height: number): void {
    this.y -= height;
  }

  text(text: string, options: { bold?: boolean; size: number; indent?: number; bullet?: boolean; color?: typeof INK }): void {
    const indent = options.indent ?? 0;
    const bold = options.bold ?? false;
    const lineHeight = options.size * 1.3;
    const lines = this.lines(text, options.size, bold, TEXT_WIDTH - indent);
    const style = { size: options.size, bold, color: options.color ?? INK };
    lines.forEach((line, index) => {
      this.ensureRoom(lineHeight);
      this.y -= lineHeight;
      if (options.bullet === true && index === 0) this.typeface.drawLine(this.page, '-', { ...style, x: MARGIN + indent - 9, y: this.y });
      this.typeface.drawLine(this.page, line, { ...style, x: MARGIN + indent, y: this.y });
    });
  }

  /** A label and a value on one line when they fit, the value wrapped under the label's column otherwise. */
  fact(label: string, value: string): void {
    const size = 9.5;
    const labelWidth = 165;
    const lineHeight = size * 1.3;
    const lines = this.lines(value, size, false, TEXT_WIDTH - labelWidth);
    this.ensureRoom(lineHeight);
    this.y -= lineHeight;
    this.typeface.drawLine(this.page, printable(label), { x: MARGIN, y: this.y, size, bold: true, color: INK });
    lines.forEach((line, index) => {
      if (index > 0) {
        this.ensureRoom(lineHeight);
        this.y -= lineHeight;
      }
      this.typeface.drawLine(this.page, line, { x: MARGIN + labelWidth, y: this.y, size, color: INK });
    });
  }
}

/**
 * The description as a PDF (SPEC D4): A4, the export typeface (Noto Sans, subset-embedded by
 * `@canvas/typeface`, so names in Latin Extended and Greek print as written; nothing fetched),
 * wrapped text, and as many pages as the content needs. Returns the file's bytes.
 */
export async function toDescriptionPdf(
  draft: MicroCredentialDraft,
  lang: UiLanguage = uiLanguageFor(draft.language),
): Promise<Uint8Array> {
  const model = describeDraft(draft, lang);
  // No automatic metadata: creation and modification dates would make every export differ.
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.setTitle(model.title);
  doc.setLanguage(model.lang);
  doc.setCreator('Canvas Sessions');
  const writer = new PdfWriter(doc, await PdfTypeface.embed(doc, [...modelTexts(model)].map(printable)));

  writer.text(model.title, { bold: true, size: 17 });
  writer.space(4);
  writer.text(model.summary, { size: 10 });
  writer.space(6);
  for (const fact of model.facts) writer.fact(fact.label, fact.value);
  for (const section of model.sections) {
    writer.space(7);
    writer.text(section.heading, { bold: true, size: 11.5 });
    writer.space(1);
    for (const item of section.items) writer.text(item, { size: 9.5, indent: 12, bullet: true });
  }
  writer.space(10);
  writer.text(model.footnote, { size: 8.5, color: MUTED });
  return doc.save();
}
