/**
 * `@canvas/typeface`: the one typeface of every export. Layout measures text with
 * {@link typefaceWidth} (SVG and PDF alike), {@link wrapText} breaks lines in linear time,
 * {@link PdfTypeface} embeds subsets of the faces into a pdf-lib document and draws lines with
 * them, and {@link toDrawable} replaces what no face can draw. Rules: SPEC.md.
 */
export { FACES, faceBytes, type FaceName } from './faces.js';
export { TypefaceMetrics, typefaceMetrics, typefaceWidth, type Coverage } from './metrics.js';
export { toDrawable } from './drawable.js';
export { wrapText, withEllipsis, fitLine, capText, ELLIPSIS, type MeasureText, type WrapOptions, type WrappedText } from './wrap.js';
export { PdfTypeface, type DrawLineOptions } from './pdf.js';

/** The CSS font-family of SVG exports: the typeface first, then metric-compatible or narrower fallbacks. */
export const FONT_FAMILY = "'Noto Sans', Helvetica, Arial, sans-serif";
