import type { MicroCredentialDraft } from '../draft.js';
import { t } from '../labels.js';
import { describeSections, formatNumber, type Section } from '../sections.js';
import {
  DELIVERY_MODE_LABELS,
  LEARNING_SETTING_LABELS,
  QUALITY_ASSURANCE_LABELS,
  STACKABILITY_LABELS,
  SUPERVISION_LABELS,
  countryName,
  languageName,
  type UiLanguage,
} from '../vocabulary.js';

/** One row of the key-facts table. */
export interface Fact {
  readonly label: string;
  readonly value: string;
}

/**
 * What the printable description shows, independent of the output format, so that the HTML page and
 * the PDF cannot drift apart (SPEC D1).
 */
export interface DescriptionModel {
  readonly lang: UiLanguage;
  readonly title: string;
  readonly summary: string;
  readonly facts: readonly Fact[];
  readonly sections: readonly Section[];
  readonly footnote: string;
}

const FOOTNOTE = {
  en: 'This page describes the offer. The learner and the date of issuing are added when the credential is issued.',
  de: 'Diese Seite beschreibt das Angebot. Lernende Person und Ausstellungsdatum werden bei der Ausstellung ergänzt.',
} as const;

/** Builds the format-independent description of a draft in a UI language. */
export function describeDraft(draft: MicroCredentialDraft, lang: UiLanguage): DescriptionModel {
  const facts: Fact[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value !== undefined && value !== '') facts.push({ label, value });
  };
  add(t('eqfLevel', lang), draft.eqfLevel === undefined ? undefined : String(draft.eqfLevel));
  add(
    t('workload', lang),
    [
      ...(draft.ects === undefined ? [] : [`${formatNumber(draft.ects, lang)} ECTS`]),
      ...(draft.workloadHours === undefined ? [] : [`${formatNumber(draft.workloadHours, lang)} ${t('hours', lang)}`]),
    ].join(' / '),
  );
  add(t('participation', lang), draft.deliveryMode === undefined ? undefined : DELIVERY_MODE_LABELS[draft.deliveryMode][lang]);
  add(t('learningSetting', lang), draft.learningSetting === undefined ? undefined : LEARNING_SETTING_LABELS[draft.learningSetting][lang]);
  add(t('language', lang), languageName(draft.language));
  add(t('awardingBody', lang), draft.awardingBody);
  add(t('country', lang), draft.country === undefined ? undefined : countryName(draft.country, lang));
  add(t('qualityAssurance', lang), draft.qualityAssurance === undefined ? undefined : QUALITY_ASSURANCE_LABELS[draft.qualityAssurance][lang]);
  add(t('supervision', lang), draft.supervision === undefined ? undefined : SUPERVISION_LABELS[draft.supervision][lang]);
  add(t('stackability', lang), draft.stackability === undefined ? undefined : STACKABILITY_LABELS[draft.stackability][lang]);
  return {
    lang,
    title: draft.title ?? t('untitled', lang),
    summary: draft.summary,
    facts,
    sections: describeSections(draft, lang),
    footnote: FOOTNOTE[lang],
  };
}
