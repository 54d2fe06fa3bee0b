import type { Template } from '../schema.js';

/**
 * Unit 6.2 – the same three reflection questions as 6.1, asked about digital (open) badges after
 * exploring a badge platform and one of its learning pathways (Cities of Learning in the seed).
 */
export const digitalBadges: Template = {
  schemaVersion: 1,
  id: 'digital-badges',
  version: '1.0.0',
  title: { en: 'Digital badges and Open Badges', de: 'Digitale Badges und Open Badges' },
  unit: '6.2',
  activity: {
    en: 'Explore awarding with digital badges',
    de: 'Vergabe mit digitalen Badges erkunden',
  },
  durationMinutes: 60,
  instructions: {
    en: 'First explore a badge platform on your own: how open badges work and one learning pathway built from them. Note the pathway you looked at at the bottom. Then discuss the three questions in your group, one thought per note.',
    de: 'Erkundet zuerst allein eine Badge-Plattform: wie Open Badges funktionieren und einen Lernpfad, der aus ihnen besteht. Notiert unten den Lernpfad, den ihr angesehen habt. Besprecht dann die drei Fragen in der Gruppe, ein Gedanke pro Zettel.',
  },
  kind: 'group',
  frame: { w: 1800, h: 1000 },
  areas: [
    {
      id: 'design-and-award',
      label: { en: 'Designing and awarding', de: 'Gestalten und vergeben' },
      questions: [
        {
          en: 'How can a badge system help you build and award a micro-credential that is recognised across the EU?',
          de: 'Wie kann ein Badge-System helfen, ein EU-weit anerkanntes Micro-Credential aufzubauen und zu vergeben?',
        },
      ],
      rect: { x: 0, y: 120, w: 600, h: 580 },
      accepts: 'notes',
      color: 'violet',
    },
    {
      id: 'benefits',
      label: { en: 'Benefits of online badges', de: 'Nutzen digitaler Badges' },
      questions: [
        {
          en: 'What does an online badge system offer for awarding micro-credentials and showing them to others?',
          de: 'Was bietet ein Online-Badge-System, um Micro-Credentials zu vergeben und anderen zu zeigen?',
        },
      ],
      rect: { x: 600, y: 120, w: 600, h: 580 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'influence',
      label: { en: 'How it changes our process', de: 'Wie es unseren Ablauf verändert' },
      questions: [
        {
          en: 'What changes in the way you create and award micro-credentials when badges are part of it?',
          de: 'Was ändert sich daran, wie ihr Micro-Credentials erstellt und vergebt, wenn Badges dazugehören?',
        },
      ],
      rect: { x: 1200, y: 120, w: 600, h: 580 },
      accepts: 'notes',
      color: 'orange',
    },
    {
      id: 'pathway',
      label: { en: 'The learning pathway we explored', de: 'Der Lernpfad, den wir erkundet haben' },
      questions: [
        {
          en: 'Which badges make up the pathway, and what does a learner have at the end?',
          de: 'Aus welchen Badges besteht der Pfad, und was haben Lernende am Ende in der Hand?',
        },
      ],
      rect: { x: 0, y: 700, w: 1800, h: 300 },
      accepts: 'notes',
      color: 'grey',
    },
  ],
};
