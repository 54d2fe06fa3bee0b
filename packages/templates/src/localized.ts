import * as z from 'zod';

/** Languages the catalog is written in. English is the reference language; German is the second. */
export const LANGUAGES = ['en', 'de'] as const;

/** A language code understood by {@link localize}. */
export type Lang = (typeof LANGUAGES)[number];

/**
 * A user-facing text in several languages. English is required so that every text has a fallback;
 * German is optional so that imported templates can be English-only.
 */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().regex(/\S/, { error: 'English text must not be blank' }),
  de: z.string().regex(/\S/, { error: 'German text, when given, must not be blank' }).optional(),
});

/** A user-facing text: `{ en, de? }`. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Picks the text for `lang`, falling back to English when the translation is missing,
 * so a half-translated template still renders.
 */
export function localize(text: LocalizedText, lang: Lang = 'en'): string {
  return text[lang] ?? text.en;
}
