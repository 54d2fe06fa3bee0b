import { PDFDocument, PageSizes, StandardFonts, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import type { MicroCredentialDraft } from '../draft.js';
import { uiLanguageFor, type UiLanguage } from '../vocabulary.js';
import { describeDraft } from './model.js';

const MARGIN = 42;
const [PAGE_WIDTH, PAGE_HEIGHT] = PageSizes.A4;
const TEXT_WIDTH = PAGE_WIDTH - 2 * MARGIN;
const INK = rgb(0.11, 0.11, 0.12);
const MUTED = rgb(0.43, 0.43, 0.45);

/**
 * Replaces characters the standard fonts cannot encode (they cover WinAnsi only) with "?", because
 * pdf-lib throws on them and a participant's emoji must not break the export.
 */
function encodable(text: string, characters: ReadonlySet<number>): string {
  let out = '';
  for (const char of text.replace(/\s+/g, ' ')) {
    out += characters.has(char.codePointAt(0)!) ? char : '?';
  }
  return out;
}

/** Breaks text into lines no wider than `width`, splitting over-long words where they overflow. */
export function wrapText(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => font.widthOfTextAtSize(candidate, size) <= width;
  for (const word of text.split(' ').filter((part) => part !== '')) {
    const candidate = line === '' ? word : `${line} ${word}`;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line !== '') lines.push(line);
    line = '';
    let rest = word;
    while (!fits(rest)) {
      let cut = rest.length - 1;
      while (cut > 1 && !fits(rest.slice(0, cut))) cut--;
      lines.push(rest.slice(0, cut));
      rest = rest.slice(cut);
    }
    line = rest;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** Writes flowing text top-down and starts a new A4 page whenever the current one is full. */
class PdfWriter {
  private page: PDFPage;
  private y: number;
  private readonly characters: ReadonlySet<number>;

  constructor(
    private readonly doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
  ) {
    this.page = doc.addPage(PageSizes.A4);
    this.y = PAGE_HEIGHT - MARGIN;
    // Both standard fonts share the WinAnsi character set.
    this.characters = new Set(regular.getCharacterSet());
  }

  private ensureRoom(height: number): void {
    if (this.y - height < MARGIN) {
      this.page = this.doc.addPage(PageSizes.A4);
      this.y = PAGE_HEIGHT - MARGIN;
    }
  }

  space(height: number): void {
    this.y -= height;
  }

  text(text: string, options: { font: PDFFont; size: number; indent?: number; bullet?: boolean; color?: typeof INK }): void {
    const indent = options.indent ?? 0;
    const lineHeight = options.size * 1.3;
    const clean = encodable(text, this.characters);
    const lines = wrapText(clean, options.font, options.size, TEXT_WIDTH - indent);
    lines.forEach((line, index) => {
      this.ensureRoom(lineHeight);
      this.y -= lineHeight;
      if (options.bullet === true && index === 0) {
        this.page.drawText('-', { x: MARGIN + indent - 9, y: this.y, size: options.size, font: options.font, color: options.color ?? INK });
      }
      this.page.drawText(line, { x: MARGIN + indent, y: this.y, size: options.size, font: options.font, color: options.color ?? INK });
    });
  }

  /** A label and a value on one line when they fit, the value wrapped under the label's column otherwise. */
  fact(label: string, value: string): void {
    const size = 9.5;
    const labelWidth = 165;
    const lineHeight = size * 1.3;
    const lines = wrapText(encodable(value, this.characters), this.regular, size, TEXT_WIDTH - labelWidth);
    this.ensureRoom(lineHeight);
    this.y -= lineHeight;
    this.page.drawText(encodable(label, this.characters), { x: MARGIN, y: this.y, size, font: this.bold, color: INK });
    lines.forEach((line, index) => {
      if (index > 0) {
        this.ensureRoom(lineHeight);
        this.y -= lineHeight;
      }
      this.page.drawText(line, { x: MARGIN + labelWidth, y: this.y, size, font: this.regular, color: INK });
    });
  }
}

/**
 * The description as a PDF (SPEC D4): A4, the standard Helvetica fonts (nothing embedded, nothing
 * fetched), wrapped text, and as many pages as the content needs. Returns the file's bytes.
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
  const writer = new PdfWriter(
    doc,
    await doc.embedFont(StandardFonts.Helvetica),
    await doc.embedFont(StandardFonts.HelveticaBold),
  );

  writer.text(model.title, { font: writer.bold, size: 17 });
  writer.space(4);
  writer.text(model.summary, { font: writer.regular, size: 10 });
  writer.space(6);
  for (const fact of model.facts) writer.fact(fact.label, fact.value);
  for (const section of model.sections) {
    writer.space(7);
    writer.text(section.heading, { font: writer.bold, size: 11.5 });
    writer.space(1);
    for (const item of section.items) writer.text(item, { font: writer.regular, size: 9.5, indent: 12, bullet: true });
  }
  writer.space(10);
  writer.text(model.footnote, { font: writer.regular, size: 8.5, color: MUTED });
  return doc.save();
}
