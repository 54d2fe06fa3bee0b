import type { LocalizedText } from '../localized.js';

/** A value of a controlled vocabulary: what the canvas stores, its labels, its Europass concept. */
export interface VocabularyEntry {
  /** Stored in the board's fields and exported as-is. */
  readonly value: string;
  readonly label: LocalizedText;
  /** The Europass / EU Vocabularies concept, when the scheme has one. */
  readonly uri?: string;
}

/** Concept schemes of the Europass controlled vocabularies (ELM v3). */
export const EUROPASS_SCHEMES = {
  learningOpportunity: 'http://data.europa.eu/snb/learning-opportunity/25831c2',
  assessment: 'http://data.europa.eu/snb/assessment/25831c2',
  learningAssessment: 'http://data.europa.eu/snb/learning-assessment/25831c2',
  iscedF: 'http://data.europa.eu/snb/isced-f/25831c2',
} as const;

const lo = (id: string) => `http://data.europa.eu/snb/learning-opportunity/${id}`;
const as = (id: string) => `http://data.europa.eu/snb/assessment/${id}`;

/**
 * Types of learning opportunity (Europass controlled list `learning-opportunity`), the most common
 * for micro-credentials first. German labels are our renderings.
 */
export const LEARNING_OPPORTUNITY_TYPES: readonly VocabularyEntry[] = Object.freeze([
  { value: 'short-learning-programme', uri: lo('74a4a268e8'), label: { en: 'Short learning programme', de: 'Kurzes Lernprogramm' } },
  { value: 'course', uri: lo('05053c1cbe'), label: { en: 'Course', de: 'Kurs' } },
  { value: 'programme-module', uri: lo('0f7dac46ca'), label: { en: 'Programme module', de: 'Modul eines Bildungsprogramms' } },
  { value: 'mooc', uri: lo('17744a2647'), label: { en: 'MOOC', de: 'MOOC' } },
  { value: 'apprenticeship', uri: lo('63f9f6180c'), label: { en: 'Apprenticeship', de: 'Ausbildung (Lehre)' } },
  { value: 'internship', uri: lo('77b99de990'), label: { en: 'Internship', de: 'Praktikum' } },
  { value: 'mentoring', uri: lo('11252a5207'), label: { en: 'Mentoring', de: 'Mentoring' } },
  { value: 'educational-programme', uri: lo('79343569f3'), label: { en: 'Educational programme', de: 'Bildungsprogramm' } },
  { value: 'class', uri: lo('7e1ac538db'), label: { en: 'Class', de: 'Lehrveranstaltung' } },
  { value: 'challenge', uri: lo('c_170b037d'), label: { en: 'Challenge', de: 'Challenge' } },
  { value: 'service-learning', uri: lo('8b965da2d4'), label: { en: 'Service learning', de: 'Service-Learning' } },
  { value: 'study-visit', uri: lo('65a4cf5de2'), label: { en: 'Study visit', de: 'Studienbesuch' } },
  { value: 'thesis', uri: lo('b2434ca358'), label: { en: 'Thesis', de: 'Abschlussarbeit' } },
]);

/**
 * What is assessed, and how: the Europass assessment types (`assessment` scheme). "Peer assessment",
 * "peer review" and "level of attendance" are left out here: the first two say who assesses (see
 * {@link ASSESSORS}), and attendance does not assess learning outcomes.
 */
export const ASSESSMENT_METHODS: readonly VocabularyEntry[] = Object.freeze([
  { value: 'written-examination', uri: as('6e6cb2cc78'), label: { en: 'Written examination', de: 'Schriftliche Prüfung' } },
  { value: 'oral-examination', uri: as('d30284d7df'), label: { en: 'Oral examination', de: 'Mündliche Prüfung' } },
  { value: 'quiz', uri: as('b1b68f6735'), label: { en: 'Quiz', de: 'Quiz' } },
  { value: 'practical-assessment', uri: as('6a4db9f11d'), label: { en: 'Practical assessment', de: 'Praktische Prüfung' } },
  { value: 'project-work', uri: as('795dac4096'), label: { en: 'Project work', de: 'Projektarbeit' } },
  { value: 'portfolio', uri: as('4f03b91c0e'), label: { en: 'Portfolio', de: 'Portfolio' } },
  { value: 'artefact-assessment', uri: as('de4d165a6c'), label: { en: 'Artefact assessment', de: 'Bewertung eines Werkstücks oder Produkts' } },
  { value: 'marked-assignment', uri: as('2939dae15f'), label: { en: 'Marked assignment', de: 'Bewertete Hausarbeit oder Aufgabe' } },
  { value: 'group-performance', uri: as('56539a6507'), label: { en: 'Group performance', de: 'Gruppenleistung' } },
  { value: 'continuous-evaluation', uri: as('3484bd7e51'), label: { en: 'Continuous evaluation', de: 'Kontinuierliche Bewertung' } },
  { value: 'problem-based-learning', uri: as('c4256a2726'), label: { en: 'Problem-based assessment', de: 'Problembasierte Bewertung' } },
]);

/** The Europass "peer assessment" concept, used when peers assess. */
export const PEER_ASSESSMENT_URI = as('19a2e5e671');

/** Who assesses. Kept apart from {@link ASSESSMENT_METHODS}: a peer or a self-assessment is not a type of assessment. */
export const ASSESSORS: readonly VocabularyEntry[] = Object.freeze([
  { value: 'trainer', label: { en: 'Teachers or trainers of the course', de: 'Lehrende oder Ausbildende des Kurses' } },
  { value: 'external-examiner', label: { en: 'External examiners', de: 'Externe Prüfende' } },
  { value: 'workplace', label: { en: 'Workplace mentors or employers', de: 'Betriebliche Ausbildende oder Arbeitgeber' } },
  { value: 'peers', uri: PEER_ASSESSMENT_URI, label: { en: 'Peers (other learners)', de: 'Peers (andere Lernende)' } },
  { value: 'self', label: { en: 'The learners themselves (self-assessment)', de: 'Die Lernenden selbst (Selbsteinschätzung)' } },
]);

/** The Europass mode "Workbased" of the learning-assessment scheme. */
export const WORK_BASED_MODE_URI = 'http://data.europa.eu/snb/learning-assessment/729f3bed4b';

/** How much of the learning happens at a workplace (VET: work-based learning). */
export const WORK_BASED_LEARNING: readonly VocabularyEntry[] = Object.freeze([
  { value: 'none', label: { en: 'No work-based learning', de: 'Kein Lernen am Arbeitsplatz' } },
  { value: 'partly', uri: WORK_BASED_MODE_URI, label: { en: 'Partly work-based', de: 'Teilweise am Arbeitsplatz' } },
  { value: 'mainly', uri: WORK_BASED_MODE_URI, label: { en: 'Mainly work-based', de: 'Überwiegend am Arbeitsplatz' } },
]);

/** A cycle of the Qualifications Framework of the European Higher Education Area, with its EQF level. */
export interface QfEheaCycle extends VocabularyEntry {
  readonly eqfLevel: 5 | 6 | 7 | 8;
}

/** The QF-EHEA cycles; the EQF level is the one the EQF Recommendation (2017, Annex III) pairs it with. */
export const QF_EHEA_CYCLES: readonly QfEheaCycle[] = Object.freeze([
  { value: 'short-cycle', eqfLevel: 5, label: { en: 'Short cycle', de: 'Kurzstudiengang (Short Cycle)' } },
  { value: 'first-cycle', eqfLevel: 6, label: { en: 'First cycle (bachelor)', de: 'Erster Zyklus (Bachelor)' } },
  { value: 'second-cycle', eqfLevel: 7, label: { en: 'Second cycle (master)', de: 'Zweiter Zyklus (Master)' } },
  { value: 'third-cycle', eqfLevel: 8, label: { en: 'Third cycle (doctorate)', de: 'Dritter Zyklus (Promotion)' } },
]);
