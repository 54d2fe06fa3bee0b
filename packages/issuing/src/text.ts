import { z } from 'zod';

/** C0/C1 controls and the Unicode bidi overrides/isolates that can disguise text (Trojan Source). */
// eslint-disable-next-line no-control-regex
const UNSAFE_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** Whether a text holds a control or bidi-override character. */
export function hasUnsafeCharacters(text: string): boolean {
  return UNSAFE_CHARACTERS.test(text);
}

/** A trimmed, non-empty single-line text of bounded length with no control or bidi characters. */
export function safeText(max: number) {
  return z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .refine((v) => !hasUnsafeCharacters(v), 'must not contain control or direction-changing characters');
}
