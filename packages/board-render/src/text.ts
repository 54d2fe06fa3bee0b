/**
 * Text measuring and wrapping, shared by the SVG and the PDF renderer so that both break lines at
 * the same places. The SVG renderer measures with Helvetica's metrics (below); the PDF renderer
 * passes pdf-lib's exact font widths.
 */

/** Width of `text` at font size `size`, in the same units as `size`. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

/** How the layout measures and cleans text for one output format. */
export interface TextMetrics {
  measure: MeasureText;
  /** Makes text drawable by the output (the PDF's standard fonts encode WinAnsi only). */
  sanitize(text: string): string;
}

// Advance widths of Helvetica (regular and bold) for ASCII 32–126, in 1/1000 em, from Adobe's AFM files.
const REGULAR = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778,
  722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222,
  500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];
const BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 333, 333, 584, 584, 584, 611, 975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778, 667, 778,
  722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556, 333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278,
  556, 278, 889, 611, 611, 611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
];

function glyphWidth(char: string, table: readonly number[]): number {
  const code = char.codePointAt(0)!;
  if (code >= 32 && code <= 126) return table[code - 32]!;
  // Accented Latin letters are as wide as their base letter; anything else gets an average width.
  const base = char.normalize('NFKD').charAt(0);
  const baseCode = base.codePointAt(0) ?? 0;
  if (base !== char && baseCode >= 32 && baseCode <= 126) return table[baseCode - 32]!;
  if (code > 0xffff) return 1000; // emoji and other astral symbols are drawn about 1 em wide
  return 556;
}

/** Helvetica's width of `text`, used for the SVG (whose viewers draw Helvetica, Arial or a metric clone). */
export const helveticaWidth: MeasureText = (text, size, bold) => {
  const table = bold ? BOLD : REGULAR;
  let units = 0;
  for (const char of text) units += glyphWidth(char, table);
  return (units / 1000) * size;
};

/** Options for {@link wrapText}. */
export interface WrapOptions {
  measure: MeasureText;
  size: number;
  bold?: boolean;
  /** Maximum line width. */
  width: number;
  /** When more lines would be needed, the last kept line ends with an ellipsis. */
  maxLines?: number;
}

/** The result of {@link wrapText}. */
export interface WrappedText {
  lines: string[];
  /** True when text was cut to honour `maxLines`. */
  truncated: boolean;
  /** True when a word was too long for a line and had to be split. */
  splitWords: boolean;
}

export const ELLIPSIS = '…';

/**
 * Breaks text into lines no wider than `width`: paragraphs at `\n`, words at spaces, and words that
 * are too long on their own wherever they overflow. With `maxLines`, the rest is cut and the last
 * line ends with "…".
 */
export function wrapText(text: string, options: WrapOptions): WrappedText {
  const { measure, size, width } = options;
  const bold = options.bold ?? false;
  const fits = (candidate: string) => measure(candidate, size, bold) <= width;
  const lines: string[] = [];
  let splitWords = false;
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (fits(candidate)) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      line = '';
      let rest = word;
      // A word wider than the line is split where it overflows (at least one character per line).
      while (!fits(rest) && [...rest].length > 1) {
        splitWords = true;
        const chars = [...rest];
        let cut = chars.length - 1;
        while (cut > 1 && !fits(chars.slice(0, cut).join(''))) cut--;
        lines.push(chars.slice(0, cut).join(''));
        rest = chars.slice(cut).join('');
      }
      line = rest;
    }
    lines.push(line);
  }
  const maxLines = options.maxLines ?? Infinity;
  if (lines.length <= maxLines) return { lines, truncated: false, splitWords };
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (kept.length === 0) return { lines: [], truncated: true, splitWords };
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1]!, options);
  return { lines: kept, truncated: true, splitWords };
}

/** `line` shortened until `line…` fits the width. */
export function withEllipsis(line: string, options: Pick<WrapOptions, 'measure' | 'size' | 'bold' | 'width'>): string {
  const chars = [...line.trimEnd()];
  while (chars.length > 0 && options.measure(chars.join('') + ELLIPSIS, options.size, options.bold ?? false) > options.width) chars.pop();
  return chars.join('').trimEnd() + ELLIPSIS;
}

/** One line, cut with an ellipsis when it does not fit. */
export function fitLine(text: string, options: Pick<WrapOptions, 'measure' | 'size' | 'bold' | 'width'>): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return options.measure(line, options.size, options.bold ?? false) <= options.width ? line : withEllipsis(line, options);
}
