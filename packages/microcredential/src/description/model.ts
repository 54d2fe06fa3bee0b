import { issuerOf, type MicroCredentialDraft } from '../draft.js';
import { t } from '../labels.js';
import { awardingBodyNames, describeSections, issuerPlace, workloadItems, type Section } from '../sections.js';
import {
  DELIVERY_MODE_LABELS,
  LEARNING_OPPORTUNITY_TYPE_LABELS,
  LEARNING_SETTING_LABELS,
  QF_EHEA_CYCLE_LABELS,
  QUALITY_ASSURANCE_LABELS,
  STACKABILITY_LABELS,
  SUPERVISION_LABELS,
  WORK_BASED_LEARNING_LABELS,
  iscedFieldLabel,
  languageNameIn,
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
  add(t('opportunityType', lang), draft.learningOpportunityType === undefined ? undefined : LEARNING_OPPORTUNITY_TYPE_LABELS[draft.learningOpportunityType][lang]);
  add(t('fieldOfEducation', lang), draft.iscedField === undefined ? undefined : `${draft.iscedField} ${iscedFieldLabel(draft.iscedField, lang)}`);
  add(t('eqfLevel', lang), draft.eqfLevel === undefined ? undefined : String(draft.eqfLevel));
  add(t('nqfLevel', lang), draft.nqfLevel);
  add(t('qfEheaCycle', lang), draft.qfEheaCycle === undefined ? undefined : QF_EHEA_CYCLE_LABELS[draft.qfEheaCycle][lang]);
  add(t('workload', lang), workloadItems(draft, lang).join(' / '));
  add(
    t('participation', lang),
    [
      ...(draft.deliveryMode === undefined ? [] : [DELIVERY_MODE_LABELS[draft.deliveryMode][lang]]),
      ...(draft.workBasedLearning === undefined ? [] : [WORK_BASED_LEARNING_LABELS[draft.workBasedLearning][lang]]),
    ].join(', '),
  );
  add(t('learningSetting', lang), draft.learningSetting === undefined ? undefined : LEARNING_SETTING_LABELS[draft.learningSetting][lang]);
  add(t('languages', lang), draft.languages.map((code) => languageNameIn(code, lang)).join(', '));
  add(t('awardingBodies', lang), awardingBodyNames(draft, lang));
  const issuer = issuerOf(draft);
  if (issuer !== undefined && issuer !== draft.awardingBodies[0]?.name) add(t('issuer', lang), issuer);
  add(t('country', lang), issuerPlace(draft, lang));
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
