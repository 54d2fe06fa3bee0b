import type { LearningOutcome, MicroCredentialDraft } from './draft.js';
import { formatNumber } from './sections.js';
import { uiLanguageFor, type UiLanguage } from './vocabulary.js';

/** The parts of a draft the generated description is written from. */
export type SummaryInput = Pick<
  MicroCredentialDraft,
  'title' | 'eqfLevel' | 'nqfLevel' | 'qfEheaCycle' | 'ects' | 'workloadHours' | 'deliveryMode' | 'awardingBodies' | 'learningOutcomes'
>;

/**
 * Lead-ins groups often start every outcome with. The description introduces the list once, so they
 * are dropped from each item ("Learners can design…" → "design…"); anything else is kept as written.
 */
const LEAD_IN: Record<UiLanguage, RegExp> = {
  en: /^(?:on completion,?\s+)?(?:the\s+)?(?:learners?|participants?|students?|trainees?)\s+(?:can|will\s+be\s+able\s+to|are\s+able\s+to|is\s+able\s+to|should\s+be\s+able\s+to)\s+/iu,
  de: /^(?:die\s+)?(?:lernenden|teilnehmenden|studierenden|auszubildenden)\s+können\s+/iu,
};

/** The QF-EHEA cycle as a phrase inside a sentence. */
const CYCLE: Record<UiLanguage, Record<NonNullable<MicroCredentialDraft['qfEheaCycle']>, string>> = {
  en: {
    'short-cycle': 'QF-EHEA short cycle',
    'first-cycle': 'QF-EHEA first cycle',
    'second-cycle': 'QF-EHEA second cycle',
    'third-cycle': 'QF-EHEA third cycle',
  },
  de: {
    'short-cycle': 'QR-EHR-Kurzzyklus',
    'first-cycle': 'QR-EHR erster Zyklus',
    'second-cycle': 'QR-EHR zweiter Zyklus',
    'third-cycle': 'QR-EHR dritter Zyklus',
  },
};

const MODE: Record<UiLanguage, Record<NonNullable<MicroCredentialDraft['deliveryMode']>, string>> = {
  en: { online: 'offered online', blended: 'offered in blended form', 'in-person': 'offered in person' },
  de: { online: 'online angeboten', blended: 'als Blended Learning angeboten', 'in-person': 'in Präsenz angeboten' },
};

/** One outcome as an item of the description's list: lead-in dropped, end punctuation dropped. */
function outcomeItem(outcome: LearningOutcome, lang: UiLanguage): string {
  const text = outcome.text.replace(/\s+/gu, ' ').replace(/[.;:,\s]+$/u, '');
  const stripped = text.replace(LEAD_IN[lang], '');
  const item = stripped === '' ? text : stripped;
  // English items continue a sentence, so a capital first letter is lowered unless it starts a word
  // in capitals (an acronym such as "EU"). German items all start with a capital, because a noun
  // would keep its capital anyway and mixed starts read as typos.
  if (lang === 'en' && /^\p{Lu}\p{Ll}/u.test(item)) return item[0]!.toLowerCase() + item.slice(1);
  if (lang === 'de') return item[0]!.toUpperCase() + item.slice(1);
  return item;
}

function listOf(items: readonly string[], lang: UiLanguage): string {
  return new Intl.ListFormat(lang, { type: 'conjunction' }).format(items);
}

function levelPhrase(draft: SummaryInput, lang: UiLanguage): string | undefined {
  const extras: string[] = [];
  if (draft.nqfLevel !== undefined) extras.push(lang === 'de' ? `NQR: ${draft.nqfLevel}` : `NQF: ${draft.nqfLevel}`);
  if (draft.qfEheaCycle !== undefined) extras.push(CYCLE[lang][draft.qfEheaCycle]);
  if (draft.eqfLevel !== undefined) {
    const base = lang === 'de' ? `auf EQR-Niveau ${draft.eqfLevel}` : `at EQF level ${draft.eqfLevel}`;
    return extras.length > 0 ? `${base} (${extras.join('; ')})` : base;
  }
  if (extras.length === 0) return undefined;
  return lang === 'de' ? `mit der Einstufung ${extras.join('; ')}` : `placed at ${extras.join('; ')}`;
}

function workloadPhrase(draft: SummaryInput, lang: UiLanguage): string | undefined {
  const credits =
    draft.ects === undefined
      ? undefined
      : lang === 'de'
        ? `${formatNumber(draft.ects, lang)} ${draft.ects === 1 ? 'ECTS-Punkt' : 'ECTS-Punkten'}`
        : `${formatNumber(draft.ects, lang)} ECTS ${draft.ects === 1 ? 'credit' : 'credits'}`;
  const hours =
    draft.workloadHours === undefined
      ? undefined
      : `${formatNumber(draft.workloadHours, lang)} ${lang === 'de' ? (draft.workloadHours === 1 ? 'Stunde' : 'Stunden') : draft.workloadHours === 1 ? 'hour' : 'hours'}`;
  const amount = credits !== undefined && hours !== undefined ? `${credits} (${hours})` : (credits ?? hours);
  if (amount === undefined) return undefined;
  return lang === 'de' ? `mit einer fiktiven Arbeitsbelastung von ${amount}` : `with a notional workload of ${amount}`;
}

/**
 * The generated description (SPEC M14), written as a quality-assurance committee reads a course
 * description: one sentence of key facts (level, workload, form of participation, awarding bodies)
 * and the intended learning outcomes, each once, without the "Learners can" each note may start with. It never invents a fact; an empty draft says
 * that it is empty.
 */
export function summaryOf(draft: SummaryInput, language: string): string {
  const lang = uiLanguageFor(language);
  const sentences: string[] = [];
  const base = [levelPhrase(draft, lang), workloadPhrase(draft, lang)].filter((part): part is string => part !== undefined);
  const clauses: string[] = [];
  if (draft.deliveryMode !== undefined) clauses.push(MODE[lang][draft.deliveryMode]);
  if (draft.awardingBodies.length > 0) {
    clauses.push(`${lang === 'de' ? 'vergeben von' : 'awarded by'} ${listOf(draft.awardingBodies.map((body) => body.name), lang)}`);
  }
  if (draft.title !== undefined || base.length > 0 || clauses.length > 0) {
    const kind = lang === 'de' ? 'ein Microcredential' : 'a micro-credential';
    // Without a title the sentence starts with the kind itself ("A micro-credential with …").
    const subject = draft.title === undefined ? kind[0]!.toUpperCase() + kind.slice(1) : `${draft.title} ${lang === 'de' ? 'ist' : 'is'} ${kind}`;
    const head = `${subject}${base.map((part) => ` ${part}`).join('')}`;
    sentences.push(`${[head, ...clauses].join(', ')}.`);
  }
  if (draft.learningOutcomes.length > 0) {
    const items = draft.learningOutcomes.map((outcome) => outcomeItem(outcome, lang)).join('; ');
    // A neutral lead-in, because groups write outcomes both as verb phrases and as noun phrases.
    sentences.push(lang === 'de' ? `Angestrebte Lernergebnisse: ${items}.` : `Intended learning outcomes: ${items}.`);
  }
  if (sentences.length === 0) {
    return lang === 'de'
      ? 'Entwurf eines Microcredentials; es sind noch keine Elemente ausgefüllt.'
      : 'Draft of a micro-credential; no elements have been filled in yet.';
  }
  return sentences.join(' ');
}
