import type { Template } from '../schema.js';

/**
 * Unit 5.1, first task – pairs take two of the ten principles, find a definition and an example for
 * each, and the room orders the steps from an idea to an issued credential; the mentor then walks
 * through a national example (Ireland). The awarding canvas is the second task of the same unit.
 */
export const mcDesignSteps: Template = {
  schemaVersion: 1,
  id: 'mc-design-steps',
  version: '1.0.0',
  title: { en: 'Principles and steps', de: 'Grundsätze und Schritte' },
  unit: '5.1',
  activity: {
    en: 'Identify the steps to design and issue a micro-credential',
    de: 'Die Schritte zum Gestalten und Ausstellen eines Micro-Credentials bestimmen',
  },
  durationMinutes: 30,
  instructions: {
    en: 'Work in pairs: the mentor gives each pair two of the ten principles. Find a definition and a real example for each and put them under "Principles". Together, order the steps from an idea to an issued credential from left to right. A spokesperson reports; the mentor adds how it works in Ireland.',
    de: 'Arbeitet zu zweit: Die Moderation gibt jedem Paar zwei der zehn Grundsätze. Sucht zu jedem eine Definition und ein echtes Beispiel und legt sie unter „Grundsätze“. Ordnet gemeinsam die Schritte von der Idee bis zum ausgestellten Nachweis von links nach rechts. Eine Person berichtet; die Moderation ergänzt, wie es in Irland funktioniert.',
  },
  kind: 'group',
  frame: { w: 1800, h: 1000 },
  areas: [
    {
      id: 'principles',
      label: { en: 'Principles: definition and example', de: 'Grundsätze: Definition und Beispiel' },
      questions: [
        {
          en: 'What does your principle mean in your own words? Where have you seen it applied?',
          de: 'Was bedeutet euer Grundsatz in eigenen Worten? Wo habt ihr ihn angewendet gesehen?',
        },
      ],
      rect: { x: 0, y: 120, w: 960, h: 880 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'steps',
      label: { en: 'Steps from idea to issued credential', de: 'Schritte von der Idee zum ausgestellten Nachweis' },
      questions: [
        {
          en: 'What has to happen first, what next? Who is responsible for each step?',
          de: 'Was muss zuerst geschehen, was danach? Wer ist für welchen Schritt zuständig?',
        },
      ],
      rect: { x: 960, y: 120, w: 840, h: 500 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'national-example',
      label: { en: 'What the national example shows', de: 'Was das Länderbeispiel zeigt' },
      questions: [
        {
          en: 'What did you notice in the Irish example that your country or institution could use?',
          de: 'Was ist euch am irischen Beispiel aufgefallen, das euer Land oder eure Einrichtung nutzen könnte?',
        },
      ],
      rect: { x: 960, y: 620, w: 840, h: 380 },
      accepts: 'notes',
      color: 'yellow',
    },
  ],
};
