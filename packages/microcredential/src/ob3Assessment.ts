import type { MicroCredentialDraft } from './draft.js';
import { labelled } from './sections.js';
import { t } from './labels.js';
import { ASSESSMENT_TYPE_LABELS, ASSESSOR_LABELS, type AssessmentType, type Label, type UiLanguage } from './vocabulary.js';

/** The JSON-LD context of the 1EdTech Open Badges Assessment Extension 2.0. */
export const OB3_ASSESSMENT_CONTEXT = 'https://purl.imsglobal.org/spec/ob-assessment/v2p0/context';

/** A `ResultDescription` typed as the extension's `AssessmentResultDescription`. */
export interface Ob3AssessmentResultDescription {
  id: string;
  type: ['ResultDescription', 'AssessmentResultDescription'];
  name: string;
  resultType: 'Result';
  description: string;
  assessmentType: 'Exam' | 'Performance' | 'Artifact';
  assessmentOutput: string;
  hasGroupParticipation: boolean;
  hasGroupEvaluation: boolean;
  evaluationMethod: string;
}

/** The extension's three assessment types, for each Europass type (SPEC B6). */
const METHOD: Readonly<Record<AssessmentType, Ob3AssessmentResultDescription['assessmentType']>> = {
  'written-examination': 'Exam',
  'oral-examination': 'Exam',
  quiz: 'Exam',
  'practical-assessment': 'Performance',
  'group-performance': 'Performance',
  'continuous-evaluation': 'Performance',
  'problem-based-learning': 'Performance',
  'project-work': 'Artifact',
  portfolio: 'Artifact',
  'artefact-assessment': 'Artifact',
  'marked-assignment': 'Artifact',
};

/** What the learner produces in each type of assessment: the extension's `assessmentOutput`. */
const OUTPUT: Readonly<Record<AssessmentType, Label>> = {
  'written-examination': { en: 'Written answers', de: 'Schriftliche Antworten' },
  'oral-examination': { en: 'Oral answers and explanations', de: 'Mündliche Antworten und Erläuterungen' },
  quiz: { en: 'Answers to quiz questions', de: 'Antworten auf Quizfragen' },
  'practical-assessment': { en: 'An observed practical performance', de: 'Eine beobachtete praktische Leistung' },
  'group-performance': { en: 'An observed performance of a group', de: 'Eine beobachtete Leistung einer Gruppe' },
  'continuous-evaluation': { en: 'Work and contributions throughout the course', de: 'Arbeiten und Beiträge während des gesamten Kurses' },
  'problem-based-learning': { en: 'A worked solution to a given problem', de: 'Eine ausgearbeitete Lösung einer gestellten Aufgabe' },
  'project-work': { en: 'Project results', de: 'Projektergebnisse' },
  portfolio: { en: 'A portfolio of the learner’s work', de: 'Ein Portfolio mit Arbeiten der lernenden Person' },
  'artefact-assessment': { en: 'A work piece, product or document', de: 'Ein Werkstück, Produkt oder Dokument' },
  'marked-assignment': { en: 'A submitted assignment', de: 'Eine eingereichte Aufgabe' },
};

/**
 * One `AssessmentResultDescription` per type of assessment (SPEC B6). The extension requires an
 * `evaluationMethod`: it is the C4 "how results are graded" field, else the C4 assessment notes. With
 * neither, there is nothing true to put there, so no result description is written and the
 * assessment stays in the criteria narrative and the tags.
 */
export function assessmentResultDescriptions(
  draft: MicroCredentialDraft,
  achievementId: string,
  lang: UiLanguage,
): Ob3AssessmentResultDescription[] {
  const evaluationMethod = draft.gradingScheme ?? (draft.assessmentNarrative.length > 0 ? draft.assessmentNarrative.join(' ') : undefined);
  if (evaluationMethod === undefined) return [];
  const assessedBy =
    draft.assessors.length === 0 ? undefined : labelled(t('assessors', lang), draft.assessors.map((who) => ASSESSOR_LABELS[who][lang]).join(', '));
  return draft.assessmentTypes.map((type) => {
    const name = ASSESSMENT_TYPE_LABELS[type][lang];
    const group = type === 'group-performance';
    return {
      id: `${achievementId}#assessment-${type}`,
      type: ['ResultDescription', 'AssessmentResultDescription'],
      name,
      // A generic result: the design does not fix a grade scale (OB's "Status" would mean the
      // status of the whole achievement, which an assessment component is not).
      resultType: 'Result',
      description: assessedBy === undefined ? `${name}.` : `${name}. ${assessedBy}.`,
      assessmentType: METHOD[type],
      assessmentOutput: OUTPUT[type][lang],
      hasGroupParticipation: group,
      hasGroupEvaluation: group,
      evaluationMethod,
    };
  });
}
