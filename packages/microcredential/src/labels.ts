import type { Label, UiLanguage } from './vocabulary.js';

/**
 * Headings and short phrases shared by the OB 3.0 criteria narrative, the ELM notes and the printable
 * description, so that one element is called the same everywhere. The Annex I element names come
 * from the glossary in `@canvas/templates` (`ANNEX_I_ELEMENTS`); these are the words around them.
 */
export const TEXT = {
  untitled: { en: 'Untitled micro-credential', de: 'Unbenanntes Microcredential' },
  learningOutcomes: { en: 'Learning outcomes', de: 'Lernergebnisse' },
  competences: { en: 'Competences', de: 'Kompetenzen' },
  prerequisites: { en: 'Prerequisites', de: 'Zugangsvoraussetzungen' },
  didacticMethods: { en: 'Didactic methods', de: 'Didaktische Methoden' },
  assessment: { en: 'Assessment', de: 'Bewertung' },
  assessmentTypes: { en: 'Type of assessment', de: 'Art der Bewertung' },
  assessors: { en: 'Assessed by', de: 'Bewertet von' },
  gradingScheme: { en: 'Grading', de: 'Bewertungsmaßstab' },
  supervision: { en: 'Supervision and identity verification', de: 'Beaufsichtigung und Identitätsprüfung' },
  participation: { en: 'Form of participation', de: 'Form der Teilnahme' },
  workBasedLearning: { en: 'Work-based learning', de: 'Lernen am Arbeitsplatz' },
  languages: { en: 'Language(s) of instruction', de: 'Unterrichtssprache(n)' },
  workload: { en: 'Notional workload', de: 'Fiktive Arbeitsbelastung' },
  hours: { en: 'hours', de: 'Stunden' },
  level: { en: 'Level', de: 'Niveau' },
  nqfLevel: { en: 'NQF level', de: 'NQR-Niveau' },
  qfEheaCycle: { en: 'QF-EHEA cycle', de: 'QR-EHR-Zyklus' },
  fieldOfEducation: { en: 'Field of education (ISCED-F 2013)', de: 'Ausbildungsfeld (ISCED-F 2013)' },
  opportunityType: { en: 'Type of learning opportunity', de: 'Art des Lernangebots' },
  qualityAssurance: { en: 'Quality assurance', de: 'Qualitätssicherung' },
  stackability: { en: 'Integration and stackability', de: 'Integration und Kombinierbarkeit' },
  stackableTowards: { en: 'Stackable towards', de: 'Kombinierbar zu' },
  furtherInformation: { en: 'Further information', de: 'Weitere Informationen' },
  homepage: { en: 'Web page', de: 'Webseite' },
  eqfLevel: { en: 'EQF level', de: 'EQR-Niveau' },
  bloom: { en: "Bloom's taxonomy", de: 'Bloom-Taxonomie' },
  learningSetting: { en: 'Learning setting', de: 'Lernkontext' },
  language: { en: 'Language of this description', de: 'Sprache dieser Beschreibung' },
  awarding: { en: 'Awarding', de: 'Vergabe' },
  awardingBodies: { en: 'Awarding body(ies)', de: 'Vergebende Stelle(n)' },
  issuer: { en: 'Issuer', de: 'Aussteller' },
  country: { en: 'Country(ies)/region(s) of the issuer', de: 'Land/Länder/Region(en) des Ausstellers' },
  learningActivities: { en: 'Learning activities', de: 'Lernaktivitäten' },
  peerAssessment: { en: 'Peer assessment', de: 'Peer-Bewertung' },
} as const satisfies Record<string, Label>;

/** The label in one UI language. */
export function t(key: keyof typeof TEXT, lang: UiLanguage): string {
  return TEXT[key][lang];
}
