/**
 * Line breaking in time linear in the text length (SPEC F4): every character's advance is looked
 * up once (and kept per distinct character), words are measured by adding advances, and a word
 * too long for a line is split where the running sum overflows. The result is the same greedy
 * breaking as measuring each candidate prefix, without the quadratic cost.
 */

/** Width of `text` at font size `size`, in the same units as `size`. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

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

/** Widths of single characters, measured once each: the basis of every linear pass below. */
function charWidths(options: Pick<WrapOptions, 'measure' | 'size' | 'bold'>): (char: string) => number {
  const known = new Map<string, number>();
  const bold = options.bold ?? false;
  return (char) => {
    let width = known.get(char);
    if (width === undefined) {
      width = options.measure(char, options.size, bold);
      known.set(char, width);
    }
    return width;
  };
}

/**
 * Breaks text into lines no wider than `width`: paragraphs at `\n`, words at spaces and tabs, and
 * words that are too long on their own wherever they overflow (at least one character per line).
 * With `maxLines`, breaking stops once the lines are full, the rest is cut and the last line ends
 * with "…".
 */
export function wrapText(text: string, options: WrapOptions): WrappedText {
  const { width } = options;
  const widthOf = charWidths(options);
  const space = widthOf(' ');
  const maxLines = options.maxLines ?? Infinity;
  const lines: string[] = [];
  let splitWords = false;
  // One line past the limit is enough to know that the text was cut.
  const full = () => lines.length > maxLines;

  outer: for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    let line = '';
    let lineWidth = 0;
    for (const word of paragraph.split(/[ \t]+/)) {
      if (word === '') continue;
      let wordWidth = 0;
      const chars = [...word];
      for (const char of chars) wordWidth += widthOf(char);
      const candidate = line === '' ? wordWidth : lineWidth + space + wordWidth;
      if (candidate <= width) {
        line = line === '' ? word : `${line} ${word}`;
        lineWidth = candidate;
        continue;
      }
      if (line !== '') {
        lines.push(line);
        if (full()) break outer;
      }
      if (wordWidth <= width) {
        line = word;
        lineWidth = wordWidth;
        continue;
      }
      // A word wider than the line: split where the running width overflows.
      splitWords = true;
      let start = 0;
      let run = 0;
      for (let i = 0; i < chars.length; i++) {
        const w = widthOf(chars[i]!);
        if (run + w > width && i > start) {
          lines.push(chars.slice(start, i).join(''));
          if (full()) break outer;
          start = i;
          run = 0;
        }
        run += w;
      }
      line = chars.slice(start).join('');
      lineWidth = run;
    }
    lines.push(line);
    if (full()) break;
  }
  if (lines.length <= maxLines) return { lines, truncated: false, splitWords };
  const kept = lines.slice(0, Math.max(0, maxLines));
  if (kept.length === 0) return { lines: [], truncated: true, splitWords };
  kept[kept.length - 1] = withEllipsis(kept[kept.length - 1]!, options);
  return { lines: kept, truncated: true, splitWords };
}

/** `line` shortened until `line…` fits the width: one pass over the characters (SPEC F4.3). */
export function withEllipsis(line: string, options: Pick<WrapOptions, 'measure' | 'size' | 'bold' | 'width'>): string {
  const widthOf = charWidths(options);
  const room = options.width - widthOf(ELLIPSIS);
  const chars = [...line.trimEnd()];
  let used = 0;
  let keep = 0;
  while (keep < chars.length && used + widthOf(chars[keep]!) <= room) used += widthOf(chars[keep++]!);
  return chars.slice(0, keep).join('').trimEnd() + ELLIPSIS;
}

/** One line, cut with an ellipsis when it does not fit. */
export function fitLine(text: string, options: Pick<WrapOptions, 'measure' | 'size' | 'bold' | 'width'>): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const widthOf = charWidths(options);
  let total = 0;
  for (const char of line) {
    total += widthOf(char);
    if (total > options.width) return withEllipsis(line, options);
  }
  return line;
}

/**
 * The first `max` characters (code points) of `text`, for a render that can never show more
 * (SPEC F4.4). `cut` says whether anything was left out; the caller then ends the text with "…".
 */
export function capText(text: string, max: number): { text: string; cut: boolean } {
  // Cheap test first: UTF-16 length is an upper bound of the code point count.
  if (text.length <= max) return { text, cut: false };
  let end = 0;
  let count = 0;
  while (end < text.length && count < max) {
    const code = text.charCodeAt(end);
    end += code >= 0xd800 && code <= 0xdbff && end + 1 < text.length ? 2 : 1;
    count++;
  }
  return end >= text.length ? { text, cut: false } : { text: text.slice(0, end), cut: true };
}
