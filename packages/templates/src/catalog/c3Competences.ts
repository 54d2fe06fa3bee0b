import type { Template } from '../schema.js';

/**
 * C3 – Define competences (Unit 4.1). The Bloom level is not a board field: each competence note
 * carries its own level in `meta.bloomLevel` (1–6), because one board usually holds several
 * competences at different levels.
 */
export const c3Competences: Template = {
  schemaVersion: 1,
  id: 'c3-competences',
  version: '1.0.0',
  title: { en: 'C3 Define competences', de: 'C3 Kompetenzen definieren' },
  unit: '4.1',
  activity: { en: 'Defining competences and learning outcomes', de: 'Kompetenzen und Lernergebnisse definieren' },
  durationMinutes: 90,
  instructions: {
    en: 'In groups of up to four, pick one key competence of your micro-credential. Name and describe it on a note and set its Bloom level, using the verb lists as a guide; consider its EQF level too. Then map your network, teaching methods and how you will measure success. Present the canvas at the end.',
    de: 'Wählt in Gruppen von höchstens vier Personen eine zentrale Kompetenz eures Microcredentials. Benennt und beschreibt sie auf einem Post-it und legt ihre Bloom-Stufe fest; die Verblisten helfen dabei. Überlegt auch die EQR-Stufe. Haltet danach euer Netzwerk, eure Lehrmethoden und eure Erfolgsmessung fest und stellt die Canvas zum Schluss vor.',
  },
  kind: 'group',
  // Unit 4.1: the group chooses the competence it carries forward.
  method: { vote: { dots: 3, scope: 'group' } },
  frame: { w: 1600, h: 1000 },
  areas: [
    {
      id: 'competences',
      label: { en: 'Competences: name, description, Bloom level', de: 'Kompetenzen: Name, Beschreibung, Bloom-Stufe' },
      questions: [
        {
          en: 'What is the competence called, and what will a learner be able to do?',
          de: 'Wie heißt die Kompetenz und was werden Lernende damit tun können?',
        },
        {
          en: 'Which Bloom level does the learning context reach? Choose a verb that matches it.',
          de: 'Welche Bloom-Stufe erreicht der Lernkontext? Wählt ein passendes Verb.',
        },
        {
          en: 'Which EQF level fits the learning outcome?',
          de: 'Welches EQR-Niveau passt zum Lernergebnis?',
        },
      ],
      rect: { x: 0, y: 120, w: 800, h: 880 },
      accepts: 'notes',
      color: 'yellow',
      levels: true,
    },
    {
      id: 'network',
      label: { en: 'Network', de: 'Netzwerk' },
      questions: [
        {
          en: 'Whom do you need to develop these competences (trainers, companies, experts)?',
          de: 'Wen braucht ihr, um diese Kompetenzen zu entwickeln (Lehrende, Unternehmen, Fachleute)?',
        },
        {
          en: 'How could you widen your network where it falls short?',
          de: 'Wie könnt ihr euer Netzwerk erweitern, wo es noch Lücken hat?',
        },
      ],
      rect: { x: 800, y: 120, w: 800, h: 300 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'teaching-methods',
      label: { en: 'Teaching methods', de: 'Lehrmethoden' },
      questions: [
        {
          en: 'How much time is there to practise the competence, and how deep will you go?',
          de: 'Wie viel Zeit bleibt zum Üben der Kompetenz und wie tief geht ihr ins Thema?',
        },
        {
          en: 'Which didactic methods give learners the best results?',
          de: 'Welche didaktischen Methoden bringen den Lernenden die besten Ergebnisse?',
        },
      ],
      rect: { x: 800, y: 420, w: 800, h: 290 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'success-metrics',
      label: { en: 'Measuring success', de: 'Erfolg messen' },
      questions: [
        {
          en: 'Which success factors and metrics show that the micro-credential works?',
          de: 'Welche Erfolgsfaktoren und Kennzahlen zeigen, dass das Microcredential wirkt?',
        },
        {
          en: 'How will you assess the competences, given your target group and the time available? (See Unit 2.2.)',
          de: 'Wie prüft ihr die Kompetenzen, passend zu Zielgruppe und verfügbarer Zeit? (Siehe Einheit 2.2.)',
        },
      ],
      rect: { x: 800, y: 710, w: 800, h: 290 },
      accepts: 'notes',
      color: 'orange',
    },
  ],
};
