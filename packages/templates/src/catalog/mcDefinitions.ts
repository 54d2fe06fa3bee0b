import type { Template } from '../schema.js';

/**
 * Unit 1.1 – groups talk through the two definitions the mentor shows (the European Commission's and
 * the Council's) and collect impressions, key words and answers to the mentor's questions before a
 * spokesperson reports back. There is no solution: the definitions are the mentor's material.
 */
export const mcDefinitions: Template = {
  schemaVersion: 1,
  id: 'mc-definitions',
  version: '1.0.0',
  title: { en: 'What is a micro-credential?', de: 'Was ist ein Micro-Credential?' },
  unit: '1.1',
  activity: {
    en: 'Discuss two definitions of micro-credentials',
    de: 'Zwei Definitionen von Micro-Credentials besprechen',
  },
  durationMinutes: 15,
  instructions: {
    en: 'The mentor shows two definitions (about 3 minutes). Your group then has about 10 minutes: note what strikes you, the words that carry each definition and your answers to the mentor\'s questions. Choose one person to report (about 3 minutes).',
    de: 'Die Moderation zeigt zwei Definitionen (etwa 3 Minuten). Danach hat eure Gruppe etwa 10 Minuten: Notiert, was euch auffällt, die tragenden Wörter jeder Definition und eure Antworten auf die Fragen der Moderation. Bestimmt eine Person, die berichtet (etwa 3 Minuten).',
  },
  kind: 'group',
  frame: { w: 1600, h: 1000 },
  areas: [
    {
      id: 'impressions',
      label: { en: 'First impressions', de: 'Erste Eindrücke' },
      questions: [
        {
          en: 'What surprised you, and what did you already expect?',
          de: 'Was hat euch überrascht, und was habt ihr schon erwartet?',
        },
      ],
      rect: { x: 0, y: 120, w: 800, h: 440 },
      accepts: 'notes',
      color: 'yellow',
    },
    {
      id: 'key-words',
      label: { en: 'Key words', de: 'Schlüsselwörter' },
      questions: [
        {
          en: 'Which words do both definitions rely on? Where do they differ?',
          de: 'Auf welche Wörter stützen sich beide Definitionen? Wo unterscheiden sie sich?',
        },
      ],
      rect: { x: 800, y: 120, w: 800, h: 440 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'mentor-questions',
      label: { en: "The mentor's questions", de: 'Fragen der Moderation' },
      questions: [
        {
          en: 'One note per answer; write the question it answers at the top. Add questions of your own.',
          de: 'Eine Antwort pro Zettel; schreibt die beantwortete Frage darüber. Ergänzt eigene Fragen.',
        },
      ],
      rect: { x: 0, y: 560, w: 1000, h: 440 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'report',
      label: { en: 'Our spokesperson reports', de: 'Das berichtet unsere Sprecherin oder unser Sprecher' },
      questions: [
        {
          en: 'Which two or three conclusions should the whole room hear?',
          de: 'Welche zwei oder drei Ergebnisse soll der ganze Raum hören?',
        },
      ],
      rect: { x: 1000, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'orange',
    },
  ],
};
