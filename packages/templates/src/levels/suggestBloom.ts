import { BLOOM_LEVELS } from '../reference/bloom.js';
import { LANGUAGES, type Lang } from '../localized.js';
import type { BloomLevelNumber } from './noteLevels.js';

/** A Bloom level offered for a note because its text starts with a verb of that level's list. */
export interface BloomSuggestion {
  level: BloomLevelNumber;
  /** The verb of the list, as listed (e.g. `analyse`). */
  verb: string;
  /** The list's language. */
  lang: Lang;
}

/**
 * Words a learning outcome often starts with before its verb ("Learners will be able to …",
 * "Die Lernenden können …"); they are skipped, so the verb after them counts as the first word.
 */
const LEAD_IN: Record<Lang, string[]> = {
  en: ['the', 'learners', 'learner', 'students', 'student', 'participants', 'participant', 'they', 'can', 'will', 'be', 'able', 'to'],
  de: ['die', 'der', 'lernenden', 'lernende', 'teilnehmenden', 'studierenden', 'sie', 'können', 'kann', 'sind', 'in', 'der', 'lage', 'zu'],
  // "L'apprenant" splits at the apostrophe into "l" and "apprenant".
  fr: ['les', 'le', 'la', 'l', 'apprenant', 'apprenants', 'participants', 'ils', 'elles', 'peut', 'peuvent', 'sera', 'seront', 'capable', 'capables', 'de', 'd', 'être', 'en', 'mesure'],
  es: ['los', 'las', 'el', 'la', 'estudiantes', 'estudiante', 'participantes', 'aprendices', 'puede', 'pueden', 'podrá', 'podrán', 'ser', 'será', 'serán', 'capaz', 'capaces', 'de'],
};

/** British and American spellings of the same verb (`analyze`, `organize`) compare equal. */
function fold(word: string): string {
  return word.replace(/yz(e|es|ed|ing)?$/, 'ys$1').replace(/iz(e|es|ed|ing)?$/, 'is$1');
}

/** The forms of a listed verb a note may start with: the verb and its third person. */
function forms(verb: string, lang: Lang): string[] {
  if (lang === 'de') {
    const stem = verb.endsWith('en') ? verb.slice(0, -2) : verb.endsWith('n') ? verb.slice(0, -1) : verb;
    return [verb, `${stem}t`, `${stem}et`, `${stem}e`];
  }
  if (lang === 'fr' || lang === 'es') return romanceForms(unaccented(verb), lang);
  const third = verb.endsWith('y') ? `${verb.slice(0, -1)}ies` : /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  return [verb, third].map(fold);
}

/** French and Spanish conjugations move accents (evaluar → evalúa): both sides are compared without them. */
function unaccented(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

function romanceForms(verb: string, lang: 'fr' | 'es'): string[] {
  if (lang === 'fr') {
    // analyser → analyse, analysent; définir → définit; produire → produit.
    const stem = verb.slice(0, -2);
    if (verb.endsWith('er')) return [verb, `${stem}e`, `${stem}ent`];
    if (verb.endsWith('ir')) return [verb, `${stem}it`, `${stem}issent`];
    if (verb.endsWith('re')) return [verb, `${stem}t`, verb.slice(0, -1)];
    return [verb];
  }
  // analizar → analiza, analizan; describir → describe, describen.
  const stem = verb.slice(0, -2);
  if (verb.endsWith('ar')) return [verb, `${stem}a`, `${stem}an`];
  if (verb.endsWith('er') || verb.endsWith('ir')) return [verb, `${stem}e`, `${stem}en`];
  return [verb];
}

/**
 * The words that may be the outcome's verb: the first word after any lead-in words, lower case,
 * without punctuation; in German after a modal ("Die Lernenden können Risiken bewerten") also the
 * last word of the first clause, where German puts the infinitive.
 */
function candidateWords(text: string, lang: Lang): string[] {
  const clause = text.split(/[.;:!?,\n]/u)[0] ?? '';
  const words = clause
    .toLocaleLowerCase(lang)
    .split(/[^\p{L}\p{M}-]+/u)
    .filter((w) => w !== '');
  // At most six lead-in words ("the learners will be able to"), so a sentence is never skipped whole.
  let i = 0;
  while (i < words.length && i < 6 && LEAD_IN[lang].includes(words[i]!)) i++;
  const first = words[i];
  if (first === undefined) return [];
  const modal = lang === 'de' && words.slice(0, i).some((w) => w === 'können' || w === 'kann');
  const last = words[words.length - 1]!;
  return modal && last !== first ? [first, last] : [first];
}

/**
 * Suggests a Bloom level when a note's text starts with a verb from one of the levels' lists
 * (SPEC L5): the workshop language's lists first, then the others. Only a suggestion: the caller
 * shows it and the participant decides; nothing is set from here. `null` when no list verb leads.
 */
export function suggestBloomLevel(text: string, lang: Lang): BloomSuggestion | null {
  const order: Lang[] = [lang, ...LANGUAGES.filter((l) => l !== lang)];
  for (const listLang of order) {
    for (const word of candidateWords(text, listLang)) {
      const folded = listLang === 'en' ? fold(word) : listLang === 'de' ? word : unaccented(word);
      for (const level of BLOOM_LEVELS) {
        const verbs = level.verbs[listLang];
        const verb = verbs.find((v) => forms(v, listLang).includes(folded));
        if (verb !== undefined) return { level: level.level, verb, lang: listLang };
      }
    }
  }
  return null;
}
