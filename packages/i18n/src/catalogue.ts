import { en } from './languages/en.js';
import { de } from './languages/de.js';
import { fr } from './languages/fr.js';
import { es } from './languages/es.js';

/** The shape every language file has: English's keys, with the same placeholders (function parameters). */
export type Catalogue = typeof en;

/**
 * Every language of the product, in the order switches list them. Adding a language: write
 * `languages/<code>.ts` (copy en.ts, translate the values; the type makes a missing key a compile
 * error) and add it here. See docs/i18n.md.
 */
export const CATALOGUES = { en, de, fr, es } as const satisfies Record<string, Catalogue>;

/** A language code the product speaks. */
export type Lang = keyof typeof CATALOGUES;

/** The codes of {@link CATALOGUES}, English first (the fallback). */
export const LANGUAGES = Object.keys(CATALOGUES) as Lang[];

/** Narrows any string to a supported language code. */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(CATALOGUES, value);
}

/** The catalogue of `lang`; an unknown or missing code falls back to English. */
export function catalogue(lang: string | null | undefined): Catalogue {
  return isLang(lang) ? CATALOGUES[lang] : en;
}

/** A supported language for any input, English when unknown. */
export function toLang(lang: string | null | undefined): Lang {
  return isLang(lang) ? lang : 'en';
}
