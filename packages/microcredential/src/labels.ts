import type { Label, UiLanguage } from './vocabulary.js';

/**
 * Headings and short phrases shared by the OB 3.0 criteria narrative, the ELM notes and the printable
 * description, so that one element is called the same everywhere.
 */
export const TEXT = {
  untitled: { en: 'Untitled micro-credential', de: 'Unbenanntes Microcredential' },
  learningOutcomes: { en: 'Learning outcomes', de: 'Lernergebnisse' },
  competences: { en: 'Competences', de: 'Kompetenzen' },
  prerequisites: { en: 'Prerequisites', de: 'Zugangsvoraussetzungen' },
  didacticMethods: { en: 'Didactic methods', de: 'Didaktische Methoden' },
  assessment: { en: 'Assessment', de: 'Prüfung' },
  assessmentTypes: { en: 'Types', de: 'Arten' },
  supervision: { en: 'Supervision and identity verification', de: 'Aufsicht und Identitätsprüfung' },
  participation: { en: 'Form of participation', de: 'Form der Teilnahme' },
  workload: { en: 'Workload', de: 'Arbeitsaufwand' },
  hours: { en: 'hours', de: 'Stunden' },
  qualityAssurance: { en: 'Quality assurance', de: 'Qualitätssicherung' },
  stackability: { en: 'Stackability', de: 'Kombinierbarkeit' },
  stackableTowards: { en: 'Towards', de: 'Hin zu' },
  furtherInformation: { en: 'Further information', de: 'Weitere Informationen' },
  eqfLevel: { en: 'EQF level', de: 'EQR-Niveau' },
  learningSetting: { en: 'Learning setting', de: 'Lernkontext' },
  language: { en: 'Language', de: 'Sprache' },
  awardingBody: { en: 'Awarding body', de: 'Vergebende Stelle' },
  country: { en: 'Country of the issuer', de: 'Land der ausstellenden Stelle' },
  learningActivities: { en: 'Learning activities', de: 'Lernaktivitäten' },
} as const satisfies Record<string, Label>;

/** The label in one UI language. */
export function t(key: keyof typeof TEXT, lang: UiLanguage): string {
  return TEXT[key][lang];
}
