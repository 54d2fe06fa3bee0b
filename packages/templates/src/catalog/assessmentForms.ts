import type { Template } from '../schema.js';

/**
 * Unit 2.2 – an empty scheme for the "award" step: which tasks can show the competences, and who
 * assesses them. The solution is a mentor's reference answer, not an exhaustive list.
 */
export const assessmentForms: Template = {
  schemaVersion: 1,
  id: 'assessment-forms',
  version: '1.0.0',
  title: { en: 'Forms of assessment', de: 'Prüfungsformen' },
  unit: '2.2',
  activity: {
    en: 'Forms of assessment: task types and who assesses',
    de: 'Prüfungsformen: Aufgabentypen und wer bewertet',
  },
  durationMinutes: 15,
  instructions: {
    en: 'Third step of the quality model: award. In small groups, note which kinds of tasks can prove the knowledge and skills gained, and who takes part in assessing them. A spokesperson reports back, then the mentor reveals the solution.',
    de: 'Dritter Schritt des Qualitätsmodells: vergeben. Notiert in kleinen Gruppen, mit welchen Aufgaben sich erworbenes Wissen und Können nachweisen lässt und wer an der Bewertung beteiligt ist. Eine Person berichtet, danach zeigt die Moderation die Lösung.',
  },
  kind: 'group',
  frame: { w: 1600, h: 1000 },
  areas: [
    {
      id: 'task-types',
      label: { en: 'Types of tasks assessed', de: 'Geprüfte Aufgabentypen' },
      questions: [
        {
          en: 'Which tasks let learners demonstrate the required knowledge and skills?',
          de: 'Mit welchen Aufgaben können Lernende das geforderte Wissen und Können zeigen?',
        },
      ],
      rect: { x: 0, y: 120, w: 800, h: 880 },
      accepts: 'notes',
      color: 'yellow',
    },
    {
      id: 'assessors',
      label: { en: 'Who assesses', de: 'Wer bewertet' },
      questions: [
        {
          en: 'Who is involved in the evaluation, and how independent are they?',
          de: 'Wer ist an der Bewertung beteiligt und wie unabhängig ist diese Person?',
        },
      ],
      rect: { x: 800, y: 120, w: 800, h: 880 },
      accepts: 'notes',
      color: 'light-green',
    },
  ],
};
