import type { Template } from '../schema.js';

/**
 * Unit 2.1 – an empty outline where groups list the elements that describe a micro-credential. The
 * mentor's solution (`solutions.ts`, server only) is the element list of the EU Council
 * Recommendation (2022/C 243/02, Annex I).
 */
export const mcElements: Template = {
  schemaVersion: 1,
  id: 'mc-elements',
  version: '1.0.0',
  title: { en: 'Elements of a micro-credential', de: 'Elemente eines Microcredentials' },
  unit: '2.1',
  activity: {
    en: 'Identify the elements of a micro-credential',
    de: 'Die Elemente eines Microcredentials bestimmen',
  },
  durationMinutes: 15,
  instructions: {
    en: 'First step of the quality model: identify. In small groups, write one element per note that a micro-credential description must or may contain, and sort it into the outline. A spokesperson reports back, then the mentor reveals the solution.',
    de: 'Erster Schritt des Qualitätsmodells: bestimmen. Schreibt in kleinen Gruppen je ein Element auf ein Post-it, das die Beschreibung eines Microcredentials enthalten muss oder kann, und ordnet es in die Vorlage ein. Eine Person berichtet, danach zeigt die Moderation die Lösung.',
  },
  kind: 'group',
  frame: { w: 1600, h: 1000 },
  areas: [
    {
      id: 'mandatory',
      label: { en: 'Mandatory elements', de: 'Pflichtangaben' },
      questions: [
        {
          en: 'What must every micro-credential state so that others can trust and recognise it?',
          de: 'Was muss jedes Microcredential angeben, damit andere ihm vertrauen und es anerkennen können?',
        },
      ],
      rect: { x: 0, y: 120, w: 960, h: 880 },
      accepts: 'notes',
      color: 'yellow',
    },
    {
      id: 'optional',
      label: { en: 'Optional elements', de: 'Optionale Angaben' },
      questions: [
        {
          en: 'What can be added where it is relevant?',
          de: 'Was kann ergänzt werden, wenn es relevant ist?',
        },
      ],
      rect: { x: 960, y: 120, w: 640, h: 880 },
      accepts: 'notes',
      color: 'light-blue',
    },
  ],
};
