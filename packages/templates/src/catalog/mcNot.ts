import type { Template } from '../schema.js';

/**
 * Unit 1.2 – the reverse view: which learning offers and certificates do not count as a
 * micro-credential, and how a classic apprenticeship differs. The solution lists typical
 * non-examples, each missing something the EU definition needs (written for this product).
 */
export const mcNot: Template = {
  schemaVersion: 1,
  id: 'mc-not',
  version: '1.0.0',
  title: { en: 'What a micro-credential is not', de: 'Was kein Micro-Credential ist' },
  unit: '1.2',
  activity: {
    en: 'Tell micro-credentials apart from other offers',
    de: 'Micro-Credentials von anderen Angeboten unterscheiden',
  },
  durationMinutes: 15,
  instructions: {
    en: 'Start from the definitions of activity 1.1. In about 10 minutes, collect offers and certificates that are not micro-credentials and say which feature is missing. Share them with the room (about 5 minutes); the mentor then shows the list.',
    de: 'Geht von den Definitionen aus Aktivität 1.1 aus. Sammelt in etwa 10 Minuten Angebote und Nachweise, die keine Micro-Credentials sind, und sagt, welches Merkmal fehlt. Teilt sie mit allen (etwa 5 Minuten); danach zeigt die Moderation die Liste.',
  },
  kind: 'group',
  frame: { w: 1600, h: 1000 },
  areas: [
    {
      id: 'not-micro-credential',
      label: { en: 'Not a micro-credential', de: 'Kein Micro-Credential' },
      questions: [
        {
          en: 'Which courses, certificates or badges look similar but are not micro-credentials?',
          de: 'Welche Kurse, Zertifikate oder Badges sehen ähnlich aus, sind aber keine Micro-Credentials?',
        },
      ],
      rect: { x: 0, y: 120, w: 900, h: 880 },
      accepts: 'notes',
      color: 'light-red',
    },
    {
      id: 'missing-feature',
      label: { en: 'What is missing', de: 'Was fehlt' },
      questions: [
        {
          en: 'For each example: which feature of a micro-credential does it lack?',
          de: 'Zu jedem Beispiel: Welches Merkmal eines Micro-Credentials fehlt ihm?',
        },
      ],
      rect: { x: 900, y: 120, w: 700, h: 440 },
      accepts: 'notes',
      color: 'yellow',
    },
    {
      id: 'apprenticeship',
      label: { en: 'Apprenticeship or micro-credential?', de: 'Ausbildung oder Micro-Credential?' },
      questions: [
        {
          en: 'How does a traditional apprenticeship differ in size, duration, assessment and recognition?',
          de: 'Wie unterscheidet sich eine klassische Berufsausbildung in Umfang, Dauer, Prüfung und Anerkennung?',
        },
      ],
      rect: { x: 900, y: 560, w: 700, h: 440 },
      accepts: 'notes',
      color: 'light-violet',
    },
  ],
};
