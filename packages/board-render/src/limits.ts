import { capText, ELLIPSIS } from '@canvas/typeface';

/**
 * The most text of each kind a render lays out (SPEC R2). More can never be shown in the box it
 * goes into, and laying out less keeps an export fast whatever a board holds: a note of one
 * 100,000-character word renders like a note of its first 2,000 characters and "…". The data
 * exports (JSON, Markdown, CSV) keep the whole text.
 */
export const RENDER_LIMITS = {
  /** Text of a sticky note, a text shape or a geo shape's label. */
  shapeText: 2_000,
  /** A name or a one-line heading: author, board title, subtitle, field label. */
  name: 200,
  /** A structured field's value (at most three lines are drawn). */
  fieldValue: 1_000,
  /** A template's own words: title, instructions, area labels, guiding questions. */
  templateText: 1_000,
} as const;

/** `text` cut to `max` characters, ending with "…" when something was left out. */
export function capped(text: string, max: number): string {
  const { text: kept, cut } = capText(text, max);
  return cut ? `${kept.trimEnd()}${ELLIPSIS}` : kept;
}
