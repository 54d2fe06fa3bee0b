import type { MicroCredentialDraft } from './draft.js';
import { t } from './labels.js';
import {
  ASSESSMENT_TYPE_LABELS,
  BLOOM_LEVEL_LABELS,
  DELIVERY_MODE_LABELS,
  LEARNING_SETTING_LABELS,
  QUALITY_ASSURANCE_LABELS,
  STACKABILITY_LABELS,
  SUPERVISION_LABELS,
  type BloomLevel,
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

/** " (Bloom: Apply)" or "" when no level was set. */
export function bloomSuffix(level: BloomLevel | undefined, lang: UiLanguage): string {
  return level === undefined ? '' : ` (Bloom: ${BLOOM_LEVEL_LABELS[level][lang]})`;
}

/**
 * The elements a reader needs to judge the offer, in a fixed order (SPEC O5): learning outcomes,
 * competences, prerequisites, didactic methods, assessment, form of participation, workload, quality
 * assurance, stackability, further information. Empty sections are left out.
 */
export function describeSections(draft: MicroCredentialDraft, lang: UiLanguage): Section[] {
  const sections: Section[] = [];
  const add = (heading: string, items: string[]) => {
    if (items.length > 0) sections.push({ heading, items });
  };

  add(
    t('learningOutcomes', lang),
    draft.learningOutcomes.map((outcome) => outcome.text + bloomSuffix(outcome.bloomLevel, lang)),
  );
  add(
    t('competences', lang),
    draft.competences.map((competence) => competence.text + bloomSuffix(competence.bloomLevel, lang)),
  );
  add(t('prerequisites', lang), draft.prerequisites);
  add(t('didacticMethods', lang), draft.didacticMethods);
  add(t('assessment', lang), [
    ...(draft.assessmentTypes.length > 0
      ? [`${t('assessmentTypes', lang)}: ${draft.assessmentTypes.map((type) => ASSESSMENT_TYPE_LABELS[type][lang]).join(', ')}`]
      : []),
    ...draft.assessmentNarrative,
    ...(draft.supervision === undefined ? [] : [`${t('supervision', lang)}: ${SUPERVISION_LABELS[draft.supervision][lang]}`]),
    ...draft.supervisionNotes,
  ]);
  add(t('participation', lang), [
    ...(draft.deliveryMode === undefined ? [] : [DELIVERY_MODE_LABELS[draft.deliveryMode][lang]]),
    ...(draft.learningSetting === undefined ? [] : [LEARNING_SETTING_LABELS[draft.learningSetting][lang]]),
    ...draft.deliveryNotes,
  ]);
  add(t('workload', lang), [
    ...(draft.ects === undefined ? [] : [`${formatNumber(draft.ects, lang)} ECTS`]),
    ...(draft.workloadHours === undefined ? [] : [`${formatNumber(draft.workloadHours, lang)} ${t('hours', lang)}`]),
    ...draft.workloadNotes,
  ]);
  add(t('qualityAssurance', lang), [
    ...(draft.qualityAssurance === undefined ? [] : [QUALITY_ASSURANCE_LABELS[draft.qualityAssurance][lang]]),
    ...draft.qualityAssuranceNotes,
  ]);
  add(t('stackability', lang), [
    ...(draft.stackability === undefined ? [] : [STACKABILITY_LABELS[draft.stackability][lang]]),
    ...draft.stackableTowards.map((target) => `${t('stackableTowards', lang)}: ${target}`),
  ]);
  add(t('furtherInformation', lang), draft.furtherInformation);
  return sections;
}

/** The sections as Markdown: `## Heading` followed by `- item` lines, blocks separated by a blank line. */
export function sectionsToMarkdown(sections: readonly Section[]): string {
  return sections
    .map((section) => [`## ${section.heading}`, ...section.items.map((item) => `- ${item}`)].join('\n'))
    .join('\n\n');
}
