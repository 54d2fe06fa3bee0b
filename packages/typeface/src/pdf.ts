import type { Color, PDFDocument, PDFFont, PDFPage } from 'pdf-lib';
import { toDrawable } from './drawable.js';
import { faceBytes, type FaceName } from './faces.js';
import { loadFontkit, typefaceMetrics, type TypefaceMetrics } from './metrics.js';
import { ELLIPSIS } from './wrap.js';

/** Ligatures and kerning off: the PDF then advances exactly by the widths the layout measured (SPEC F2.1). */
const FEATURES = { liga: false, clig: false, dlig: false, calt: false, kern: false };

/** Options for {@link PdfTypeface.drawLine}. */
export interface DrawLineOptions {
  x: number;
  y: number;
  size: number;
  bold?: boolean;
  color?: Color;
  /** Where `x` is: the line's left edge (default), centre or right edge. */
  anchor?: 'start' | 'middle' | 'end';
}

/**
 * The typeface embedded in one pdf-lib document (SPEC F5): Noto Sans for text and, only when the
 * document needs them, DejaVu Sans for the symbols Noto lacks. Each face is cut down to the
 * characters the document draws by HarfBuzz's subsetter (`subset-font`) and embedded whole:
 * pdf-lib's own subsetter loses glyphs of Noto Sans (they render blank), HarfBuzz's does not.
 * Lines are drawn as runs of one face each, placed by the same metrics the layout used.
 */
export class PdfTypeface {
  private constructor(
    private readonly fonts: ReadonlyMap<FaceName, PDFFont>,
    /** Every character the embedded subsets hold. */
    private readonly drawable: ReadonlySet<string>,
    readonly metrics: TypefaceMetrics,
  ) {}

  /**
   * Embeds the faces into `doc`, holding the characters of `sample`: every text the document will
   * draw. A character drawn later that is not in the sample is drawn as "?" (SPEC F5.1).
   */
  static async embed(doc: PDFDocument, sample: Iterable<string>): Promise<PdfTypeface> {
    const metrics = typefaceMetrics();
    // Loaded here, not at import: only the threads that make PDFs need HarfBuzz (subset-font).
    const { default: subsetFont } = await import('subset-font');
    doc.registerFontkit(loadFontkit());
    const chars = { text: new Set<string>(['?', ' ', ELLIPSIS]), symbols: new Set<string>() };
    for (const text of sample) {
      for (const char of sanitizeFor(metrics, text)) {
        const coverage = metrics.coverageOf(char);
        if (coverage !== null) chars[coverage].add(char);
      }
    }
    const faces: [FaceName, Set<string>][] = [
      ['text', chars.text],
      ['textBold', chars.text],
    ];
    if (chars.symbols.size > 0) faces.push(['symbols', chars.symbols], ['symbolsBold', chars.symbols]);
    const fonts = new Map<FaceName, PDFFont>();
    for (const [face, wanted] of faces) {
      const bytes = faceBytes(face);
      // fontverter (inside subset-font) reads a Buffer, not a plain Uint8Array. Layout tables are
      // dropped: lines are drawn unshaped (F2.1), and pdf-lib encodes them much faster without.
      const subset = await subsetFont(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), [...wanted].join(''), { targetFormat: 'truetype', noHinting: true, dropTables: ['GSUB', 'GPOS', 'GDEF'] });
      fonts.set(face, await doc.embedFont(subset, { subset: false, features: FEATURES }));
    }
    return new PdfTypeface(fonts, new Set([...chars.text, ...chars.symbols]), metrics);
  }

  /** Text made drawable by the typeface (SPEC F3). */
  sanitize(text: string): string {
    return sanitizeFor(this.metrics, text);
  }

  /** Width of (sanitised) text, as drawn. */
  measure(text: string, size: number, bold = false): number {
    return this.metrics.measure(text, size, bold);
  }

  /** Draws one line of text, in runs of one face each. */
  drawLine(page: PDFPage, text: string, options: DrawLineOptions): void {
    let clean = '';
    for (const char of this.sanitize(text)) clean += char === '\n' ? ' ' : this.drawable.has(char) ? char : '?';
    if (clean.trim() === '') return;
    const bold = options.bold ?? false;
    const { size } = options;
    const anchor = options.anchor ?? 'start';
    let x = options.x;
    if (anchor !== 'start') {
      const width = this.measure(clean, size, bold);
      x -= anchor === 'middle' ? width / 2 : width;
    }
    for (const run of runs(clean, this.metrics)) {
      const face: FaceName = run.coverage === 'symbols' ? (bold ? 'symbolsBold' : 'symbols') : bold ? 'textBold' : 'text';
      page.drawText(run.text, { x, y: options.y, size, font: this.fonts.get(face)!, ...(options.color ? { color: options.color } : {}) });
      x += this.measure(run.text, size, bold);
    }
  }
}

function sanitizeFor(metrics: TypefaceMetrics, text: string): string {
  return toDrawable(text, (char) => metrics.coverageOf(char) !== null);
}

/** Splits a line into runs that one face draws. */
function runs(text: string, metrics: TypefaceMetrics): { text: string; coverage: 'text' | 'symbols' }[] {
  const out: { text: string; coverage: 'text' | 'symbols' }[] = [];
  for (const char of text) {
    const coverage = metrics.coverageOf(char) === 'symbols' ? 'symbols' : 'text';
    const last = out[out.length - 1];
    if (last && last.coverage === coverage) last.text += char;
    else out.push({ text: char, coverage });
  }
  return out;
}
