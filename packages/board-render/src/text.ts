/**
 * Text measuring and wrapping, shared by the SVG and the PDF renderer so that both break lines at
 * the same places. Both measure with the export typeface's metrics (`@canvas/typeface`, Noto Sans):
 * the PDF embeds that typeface, and the SVG names it first in its font list.
 */
import type { MeasureText } from '@canvas/typeface';

export { wrapText, fitLine, withEllipsis, ELLIPSIS, typefaceWidth, type MeasureText, type WrapOptions, type WrappedText } from '@canvas/typeface';

/** How the layout measures and cleans text for one output format. */
export interface TextMetrics {
  measure: MeasureText;
  /** Makes text drawable by the output (the PDF draws only what its embedded faces hold). */
  sanitize(text: string): string;
}
