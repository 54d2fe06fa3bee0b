import type { Template } from '../schema.js';

/**
 * Unit 5.2 – two short tasks after looking at Europass and Cities of Learning: which digital badges do
 * we use and how well do they work (a 1–5 rating per group), then which metadata an award must carry
 * and which it may add. The solution is the Annex I glossary (mandatory → necessary, optional →
 * additional), the same source as activity 2.1, so both activities agree.
 */
export const badgesMetadata: Template = {
  schemaVersion: 1,
  id: 'badges-metadata',
  version: '1.0.0',
  title: { en: 'Digital badges and award metadata', de: 'Digitale Badges und Metadaten der Vergabe' },
  unit: '5.2',
  activity: { en: 'Award micro-credentials', de: 'Micro-Credentials vergeben' },
  durationMinutes: 30,
  instructions: {
    en: 'Task 1 (about 10 minutes): which digital badges do you use or hold, and how well do they work? Note one badge per note and give your group\'s rating beside the board. Task 2 (10–15 minutes): which metadata must an award of a micro-credential carry, and which can it add? The mentor may adjust the times to the group.',
    de: 'Aufgabe 1 (etwa 10 Minuten): Welche digitalen Badges nutzt oder besitzt ihr, und wie gut funktionieren sie? Notiert ein Badge pro Zettel und gebt neben dem Board eure Gruppenbewertung ab. Aufgabe 2 (10–15 Minuten): Welche Metadaten muss die Vergabe eines Micro-Credentials enthalten, welche kann sie ergänzen? Die Moderation kann die Zeiten an die Gruppe anpassen.',
  },
  kind: 'group',
  frame: { w: 1800, h: 1000 },
  areas: [
    {
      id: 'badges-we-use',
      label: { en: 'Badges we use or hold', de: 'Badges, die wir nutzen oder besitzen' },
      questions: [
        {
          en: 'Where do you meet digital badges (platforms, employers, social media)?',
          de: 'Wo begegnen euch digitale Badges (Plattformen, Arbeitgeber, soziale Medien)?',
        },
      ],
      rect: { x: 0, y: 120, w: 560, h: 440 },
      accepts: 'notes',
      color: 'violet',
    },
    {
      id: 'efficiency',
      label: { en: 'How well do they work?', de: 'Wie gut funktionieren sie?' },
      questions: [
        {
          en: 'What makes a badge useful or useless for a learner or an employer?',
          de: 'Was macht ein Badge für Lernende oder Arbeitgeber nützlich oder nutzlos?',
        },
      ],
      rect: { x: 0, y: 560, w: 560, h: 440 },
      accepts: 'notes',
      color: 'light-violet',
    },
    {
      id: 'necessary-metadata',
      label: { en: 'Necessary metadata', de: 'Notwendige Metadaten' },
      questions: [
        {
          en: 'Without which information could nobody trust or recognise the award?',
          de: 'Ohne welche Angaben könnte niemand der Vergabe vertrauen oder sie anerkennen?',
        },
      ],
      rect: { x: 560, y: 120, w: 740, h: 880 },
      accepts: 'notes',
      color: 'yellow',
    },
    {
      id: 'additional-metadata',
      label: { en: 'Additional metadata', de: 'Zusätzliche Metadaten' },
      questions: [
        {
          en: 'What would make the award more useful where it applies?',
          de: 'Was würde die Vergabe nützlicher machen, wo es passt?',
        },
      ],
      rect: { x: 1300, y: 120, w: 500, h: 880 },
      accepts: 'notes',
      color: 'light-blue',
    },
  ],
  fields: [
    {
      id: 'badgeRating',
      label: { en: 'Our rating of digital badges (1 = not useful, 5 = very useful)', de: 'Unsere Bewertung digitaler Badges (1 = nicht nützlich, 5 = sehr nützlich)' },
      kind: 'number',
      min: 1,
      max: 5,
      step: 1,
    },
  ],
};
