import { CATALOGUES, LANGUAGES, type Catalogue, type Lang } from './catalogue.js';

/** One language's glossary: the names of the product's terms and the Annex I elements. */
export type Glossary = Catalogue['glossary'];

/** An Annex I element id, e.g. `level` or `awarding-body`. */
export type AnnexIId = keyof Glossary['annexI'];

/** The same text in every language, as the canvases store it (`{ en, de, fr, es }`). */
export type InEveryLanguage = Record<Lang, string>;

/**
 * A glossary entry in every language at once, for data that carries all its translations (the
 * canvases, the checklist's element list). `pick` reads the entry from one language's glossary.
 */
export function glossaryText(pick: (glossary: Glossary) => string): InEveryLanguage {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, pick(CATALOGUES[lang].glossary)])) as InEveryLanguage;
}

/** The name of an Annex I element in every language (`form`: the Recommendation's wording or the short form). */
export function annexIName(id: AnnexIId, form: 'label' | 'short'): InEveryLanguage {
  return glossaryText((glossary) => glossary.annexI[id][form]);
}
