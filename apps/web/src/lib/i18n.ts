/**
 * The app's words come from @canvas/i18n (one catalogue file per language, with the glossary the
 * canvases, checklist and exports share). This module is the app's one import point for them, so
 * screens never hold literal UI text (apps/web/test/catalogue.test.ts checks that).
 */
import { catalogue, negotiateLanguage, toLang, type Catalogue, type Lang } from '@canvas/i18n';
import { useEffect, useState } from 'react';

export { catalogue, CATALOGUES, LANGUAGES, isLang, toLang, type Catalogue, type Lang } from '@canvas/i18n';

/** A participant screen's words (join + workshop messages) in the workshop's language. */
export type Words = Catalogue['workshop'] & Catalogue['join'];

/** The participant words of `language` (kept for screens written before the catalogue package). */
export function words(language: string | undefined): Words {
  const c = catalogue(language);
  return { ...c.join, ...c.workshop };
}

const STORAGE_KEY = 'canvas-sessions:ui-language';

/** The language of screens that belong to no workshop yet: the visitor's choice, else the browser's. */
export function browserLanguage(): Lang {
  try {
    const chosen = localStorage.getItem(STORAGE_KEY);
    if (chosen) return toLang(chosen);
  } catch {
    // Storage can be blocked; the browser's preference still applies.
  }
  return typeof navigator === 'undefined' ? 'en' : negotiateLanguage(navigator.languages?.length ? navigator.languages : [navigator.language]);
}

/**
 * `[lang, setLang]` for the start page and other screens outside a workshop: follows the browser's
 * language, remembers a switch, and keeps `<html lang>` true for screen readers.
 */
export function useBrowserLanguage(): [Lang, (lang: Lang) => void] {
  const [lang, setLang] = useState<Lang>(browserLanguage);
  useDocumentLanguage(lang);
  const choose = (next: Lang) => {
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered, still switched.
    }
    setLang(next);
  };
  return [lang, choose];
}

/** Sets `<html lang>` to the language a screen speaks. */
export function useDocumentLanguage(lang: string | undefined): void {
  useEffect(() => {
    document.documentElement.lang = catalogue(lang).meta.locale.split('-')[0]!;
  }, [lang]);
}
