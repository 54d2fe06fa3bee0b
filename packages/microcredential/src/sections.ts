import { issuerCountriesOf, type LearningOutcome, type MicroCredentialDraft } from './draft.js';
import { t } from './labels.js';
import {
  ASSESSMENT_TYPE_LABELS,
  ASSESSOR_LABELS,
  BLOOM_LEVEL_LABELS,
  DELIVERY_MODE_LABELS,
  LEARNING_OPPORTUNITY_TYPE_LABELS,
  LEARNING_SETTING_LABELS,
  QF_EHEA_CYCLE_LABELS,
  QUALITY_ASSURANCE_LABELS,
  STACKABILITY_LABELS,
  SUPERVISION_LABELS,
  WORK_BASED_LEARNING_LABELS,
  countryName,
  iscedFieldLabel,
  languageNameIn,
  type UiLanguage,
} from './vocabulary.js';

/** One titled block of the human-readable description: a heading and its list items. */
export interface Section {
  readonly heading: string;
  readonly items: readonly string[];
}

/** Formats a number the way the language writes it (2.5 / 2,5). */
export function formatNumber(value: number, lang: UiLanguage): string {
  return new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

/**
 * The levels a note carries, in words a reader outside the workshop understands, e.g.
 * "Bloom's taxonomy: Create; EQF level 5"; `undefined` when the note carries none (SPEC M3).
 */
export function levelsOf(outcome: Pick<LearningOutcome, 'bloomLevel' | 'eqfLevel'>, lang: UiLanguage): string | undefined {
  const parts: string[] = [];
  if (outcome.bloomLevel !== undefined) parts.push(`${t('bloom', lang)}: ${BLOOM_LEVEL_LABELS[outcome.bloomLevel][lang]}`);
  if (outcome.eqfLevel !== undefined) parts.push(`${t('eqfLevel', lang)} ${outcome.eqfLevel}`);
  return parts.length > 0 ? parts.join('; ') : undefined;
}

/** An outcome with its levels in brackets, as a list item. */
export function outcomeWithLevels(outcome: LearningOutcome, lang: UiLanguage): string {
  const levels = levelsOf(outcome, lang);
  return levels === undefined ? outcome.text : `${outcome.text} (${levels})`;
}

/** "Label: value", the one way a labelled value is written in every output (never run together). */
export function labelled(label: string, value: string): string {
  return `${label}: ${value}`;
}

/** Workload in words: "2 ECTS credits", "50 hours". */
export function workloadItems(draft: Pick<MicroCredentialDraft, 'ects' | 'workloadHours'>, lang: UiLanguage): string[] {
  return [
    ...(draft.ects === undefined ? [] : [`${formatNumber(draft.ects, lang)} ECTS`]),
    ...(draft.workloadHours === undefined ? [] : [`${formatNumber(draft.workloadHours, lang)} ${t('hours', lang)}`]),
  ];
}

/** The awarding bodies with their countries, e.g. "Example College (Austria); Example University". */
export function awardingBodyNames(draft: Pick<MicroCredentialDraft, 'awardingBodies'>, lang: UiLanguage): string {
  return draft.awardingBodies.map((body) => (body.country === undefined ? body.name : `${body.name} (${countryName(body.country, lang)})`)).join('; ');
}

/** The issuer's countries (names) and region, e.g. "Germany, Austria (Bavaria)". */
export function issuerPlace(
  draft: Pick<MicroCredentialDraft, 'issuer' | 'awardingBodies' | 'issuerCountries' | 'issuerRegion'>,
  lang: UiLanguage,
): string | undefined {
  const countries = issuerCountriesOf(draft).map((code) => countryName(code, lang)).join(', ');
  if (countries === '') return draft.issuerRegion;
  return draft.issuerRegion === undefined ? countries : `${countries} (${draft.issuerRegion})`;
}

/**
 * The elements a reader needs to judge the offer, in a fixed order (SPEC B3, D1): learning outcomes,
 * competences, level, prerequisites, didactic methods, assessment, form of participation, workload,
 * awarding, quality assurance, stackability, further information. Empty sections are left out, and
 * every labelled value is written "Label: value".
 */
export function describeSections(draft: MicroCredentialDraft, lang: UiLanguage): Section[] {
  const sections: Section[] = [];
  const add = (heading: string, items: (string | undefined)[]) => {
    const kept = items.filter((item): item is string => item !== undefined && item !== '');
    if (kept.length > 0) sections.push({ heading, items: kept });
  };
  const when = <T>(value: T | undefined, render: (value: T) => string) => (value === undefined ? undefined : render(value));

  add(t('learningOutcomes', lang), draft.learningOutcomes.map((outcome) => outcomeWithLevels(outcome, lang)));
  add(t('competences', lang), draft.competences.map((competence) => outcomeWithLevels(competence, lang)));
  add(t('level', lang), [
    when(draft.eqfLevel, (level) => `${t('eqfLevel', lang)} ${level}`),
    when(draft.nqfLevel, (level) => labelled(t('nqfLevel', lang), level)),
    when(draft.qfEheaCycle, (cycle) => labelled(t('qfEheaCycle', lang), QF_EHEA_CYCLE_LABELS[cycle][lang])),
  ]);
  add(t('opportunityType', lang), [
    when(draft.learningOpportunityType, (type) => LEARNING_OPPORTUNITY_TYPE_LABELS[type][lang]),
    when(draft.iscedField, (code) => labelled(t('fieldOfEducation', lang), `${code} ${iscedFieldLabel(code, lang)}`)),
  ]);
  add(t('prerequisites', lang), draft.prerequisites);
  add(t('didacticMethods', lang), draft.didacticMethods);
  add(t('assessment', lang), [
    draft.assessmentTypes.length === 0
      ? undefined
      : labelled(t('assessmentTypes', lang), draft.assessmentTypes.map((type) => ASSESSMENT_TYPE_LABELS[type][lang]).join(', ')),
    draft.assessors.length === 0
      ? undefined
      : labelled(t('assessors', lang), draft.assessors.map((who) => ASSESSOR_LABELS[who][lang]).join(', ')),
    when(draft.gradingScheme, (grading) => labelled(t('gradingScheme', lang), grading)),
    ...draft.assessmentNarrative,
    when(draft.supervision, (supervision) => labelled(t('supervision', lang), SUPERVISION_LABELS[supervision][lang])),
    ...draft.supervisionNotes,
  ]);
  add(t('participation', lang), [
    when(draft.deliveryMode, (mode) => DELIVERY_MODE_LABELS[mode][lang]),
    when(draft.workBasedLearning, (wbl) => labelled(t('workBasedLearning', lang), WORK_BASED_LEARNING_LABELS[wbl][lang])),
    when(draft.learningSetting, (setting) => LEARNING_SETTING_LABELS[setting][lang]),
    draft.languages.length === 0
      ? undefined
      : labelled(t('languages', lang), draft.languages.map((code) => languageNameIn(code, lang)).join(', ')),
    ...draft.deliveryNotes,
  ]);
  add(t('workload', lang), [...workloadItems(draft, lang), ...draft.workloadNotes]);
  add(t('awarding', lang), [
    draft.awardingBodies.length === 0 ? undefined : labelled(t('awardingBodies', lang), awardingBodyNames(draft, lang)),
    // The issuer is named separately only when it is not the (first) awarding body.
    draft.issuer === undefined || draft.issuer === draft.awardingBodies[0]?.name ? undefined : labelled(t('issuer', lang), draft.issuer),
    when(issuerPlace(draft, lang), (place) => labelled(t('country', lang), place)),
  ]);
  add(t('qualityAssurance', lang), [
    when(draft.qualityAssurance, (qa) => QUALITY_ASSURANCE_LABELS[qa][lang]),
    ...draft.qualityAssuranceNotes,
  ]);
  add(t('stackability', lang), [
    when(draft.stackability, (stackability) => STACKABILITY_LABELS[stackability][lang]),
    ...draft.stackableTowards.map((target) => labelled(t('stackableTowards', lang), target)),
  ]);
  add(t('furtherInformation', lang), [...draft.furtherInformation, when(draft.homepage, (url) => labelled(t('homepage', lang), url))]);
  return sections;
}

/** The sections as Markdown: `## Heading` followed by `- item` lines, blocks separated by a blank line. */
export function sectionsToMarkdown(sections: readonly Section[]): string {
  return sections
    .map((section) => [`## ${section.heading}`, ...section.items.map((item) => `- ${item}`)].join('\n'))
    .join('\n\n');
}
