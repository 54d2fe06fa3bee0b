import * as z from 'zod';
import { LANGUAGES, type Lang } from '@canvas/i18n';
import { CANVAS_TRANSLATIONS } from './translations/index.js';

/** Languages the product speaks (@canvas/i18n). English is the reference language. */
export { LANGUAGES, type Lang };

const text = (name: string) => z.string().regex(/\S/, { error: `${name} text, when given, must not be blank` }).optional();

/**
 * A user-facing text in several languages. English is required so that every text has a fallback;
 * the others are optional so that imported templates can be English-only.
 */
export const LocalizedTextSchema = z.strictObject({
  en: z.string().regex(/\S/, { error: 'English text must not be blank' }),
  de: text('German'),
  fr: text('French'),
  es: text('Spanish'),
});

/** A user-facing text: `{ en, de?, fr?, es? }`. */
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/**
 * Picks the text for `lang`: the text's own translation, else the language's canvas translations
 * (`translations/<lang>.ts`, keyed by the English text), else English, so a half-translated
 * (or imported, English-only) template still renders.
 */
export function localize(text: LocalizedText, lang: Lang | string = 'en'): string {
  return (text as Record<string, string | undefined>)[lang] ?? CANVAS_TRANSLATIONS[lang]?.[text.en] ?? text.en;
}
