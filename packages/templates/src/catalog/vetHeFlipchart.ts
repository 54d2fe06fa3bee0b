import type { Template } from '../schema.js';

/**
 * Unit 7 – the post-it flipchart that the whole workshop shares after reading a higher-education
 * micro-credential example. One board for everyone, hence `workshop-wide`.
 */
export const vetHeFlipchart: Template = {
  schemaVersion: 1,
  id: 'vet-he-flipchart',
  version: '1.0.0',
  title: { en: 'Micro-credentials in VET and HE', de: 'Microcredentials in Berufsbildung und Hochschule' },
  unit: '7',
  activity: {
    en: 'Post-it flipchart: VET and higher education',
    de: 'Post-it-Flipchart: Berufsbildung und Hochschule',
  },
  durationMinutes: 60,
  instructions: {
    en: 'Everyone writes on this one board. After reading the higher-education example, put one thought per note into the columns, then discuss the notes together; the mentor sums up the key issues.',
    de: 'Alle schreiben auf dieses eine Board. Notiert nach dem Lesen des Hochschulbeispiels je einen Gedanken pro Post-it in den Spalten und besprecht sie dann gemeinsam; die Moderation fasst die wichtigsten Punkte zusammen.',
  },
  kind: 'workshop-wide',
  frame: { w: 1800, h: 1000 },
  areas: [
    {
      id: 'different-for-vet',
      label: { en: 'What we would describe differently for VET', de: 'Was wir für die Berufsbildung anders beschreiben würden' },
      questions: [
        {
          en: 'If this were a VET micro-credential, what would you change in its description?',
          de: 'Wäre das ein Microcredential der Berufsbildung: Was würdet ihr an der Beschreibung ändern?',
        },
      ],
      rect: { x: 0, y: 120, w: 600, h: 880 },
      accepts: 'notes',
      color: 'light-red',
    },
    {
      id: 'stays-similar',
      label: { en: 'What stays similar', de: 'Was ähnlich bleibt' },
      questions: [
        {
          en: 'Which parts of the description would work the same way in VET?',
          de: 'Welche Teile der Beschreibung würden in der Berufsbildung genauso funktionieren?',
        },
      ],
      rect: { x: 600, y: 120, w: 600, h: 880 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'cooperation',
      label: {
        en: 'What matters most when VET and HE cooperate',
        de: 'Was bei der Zusammenarbeit von Berufsbildung und Hochschule am wichtigsten ist',
      },
      questions: [
        {
          en: 'What is most important when VET providers and higher education design micro-credentials together?',
          de: 'Was ist am wichtigsten, wenn Berufsbildungsanbieter und Hochschulen gemeinsam Microcredentials gestalten?',
        },
      ],
      rect: { x: 1200, y: 120, w: 600, h: 880 },
      accepts: 'notes',
      color: 'light-green',
    },
  ],
};
