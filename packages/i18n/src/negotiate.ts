import { LANGUAGES, type Lang } from './catalogue.js';

/**
 * The first supported language among a browser's preferences (`navigator.languages`, or the tags of
 * an Accept-Language header in order), matching on the primary subtag ("de-AT" → "de"); English
 * when none matches.
 */
export function negotiateLanguage(preferences: readonly string[] | undefined | null): Lang {
  for (const tag of preferences ?? []) {
    const primary = tag.trim().toLowerCase().split(/[-_;]/)[0];
    const found = LANGUAGES.find((code) => code === primary);
    if (found) return found;
  }
  return 'en';
}
