import { LANGUAGES, type Lang } from '@canvas/i18n';
import { z } from 'zod';

/** A workshop's language: one of @canvas/i18n's catalogues. */
export const languageSchema = z.enum(LANGUAGES as [Lang, ...Lang[]]);
export type Language = z.infer<typeof languageSchema>;

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an id of letters, digits, - or _');

/** Join codes avoid look-alike characters (0/O, 1/I/L) so they can be read out in a room. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
/** New codes have 8 characters; workshops created before keep their 6-character codes. */
export const JOIN_CODE_LENGTH = 8;
export const joinCodeSchema = z
  .string()
  .transform((code) => code.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^(?:[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}|[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6})$/, 'must be 8 letters or digits, like KX7M-3P9Q'));

/**
 * Bidirectional controls (embeddings, overrides, isolates, directional marks) make a name display
 * as other text ("U+202E gpj.exe" shows as "exe.jpg"): names, group names and titles drop them.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** A name or title as people type it: bidi controls removed, trimmed, 1…max characters. */
export const nameTextSchema = (max: number) =>
  z
    .string()
    .transform(stripBidiControls)
    .pipe(z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`));

export const displayNameSchema = z
  .string()
  .transform(stripBidiControls)
  .pipe(
    z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(40, 'must be at most 40 characters')
      .refine((name) => !/[\u0000-\u001f<>]/.test(name), 'must not contain < > or control characters'),
  );

export const hexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a colour like #1e88e5');

/** tldraw's note colours, handed to members of a group in join order so they are easy to tell apart. */
export const MEMBER_COLORS = ['yellow', 'light-blue', 'light-green', 'light-red', 'violet', 'orange', 'light-violet', 'green'] as const;
export type MemberColor = (typeof MEMBER_COLORS)[number];
/** Cursor colours matching the note colours above. */
export const MEMBER_CURSOR_HEX: Record<MemberColor, string> = {
  yellow: '#e0a100',
  'light-blue': '#2f80ed',
  'light-green': '#2e9e5b',
  'light-red': '#e03131',
  violet: '#7048e8',
  orange: '#e8590c',
  'light-violet': '#ae3ec9',
  green: '#087f5b',
};

export const GROUP_COLORS = ['#1e88e5', '#43a047', '#f4511e', '#8e24aa', '#00897b', '#fdd835', '#6d4c41', '#d81b60', '#3949ab', '#7cb342'] as const;

/** The error body of every 4xx/5xx answer. `field` names the offending input when there is one. */
export const apiErrorSchema = z.object({
  error: z.string(),
  message: z.string(),
  field: z.string().optional(),
  details: z.unknown().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;
