import type { Template } from '../schema.js';

/**
 * Unit 6.1 – after studying the Europass digital credentials infrastructure on their own (slides and
 * videos), groups reflect on three questions: how such a system helps to build and award a credential
 * recognised across the EU, what an online credentialing system offers, and how it changes the work.
 */
export const digitalCredentials: Template = {
  schemaVersion: 1,
  id: 'digital-credentials',
  version: '1.0.0',
  title: { en: 'Digital credentials and Europass', de: 'Digitale Nachweise und Europass' },
  unit: '6.1',
  activity: {
    en: 'Explore awarding with European Digital Credentials',
    de: 'Vergabe mit European Digital Credentials erkunden',
  },
  durationMinutes: 60,
  instructions: {
    en: 'First study the slides and videos on your own: the Europass infrastructure, how a credential is issued and how it appears in a Europass profile. Keep what you want to share under "From self-study". Then discuss the three questions in your group, one thought per note.',
    de: 'Arbeitet zuerst allein die Folien und Videos durch: die Europass-Infrastruktur, wie ein Nachweis ausgestellt wird und wie er im Europass-Profil erscheint. Was ihr teilen wollt, kommt unter „Aus dem Selbststudium“. Besprecht dann die drei Fragen in der Gruppe, ein Gedanke pro Zettel.',
  },
  kind: 'group',
  frame: { w: 1800, h: 1000 },
  areas: [
    {
      id: 'design-and-award',
      label: { en: 'Designing and awarding', de: 'Gestalten und vergeben' },
      questions: [
        {
          en: 'In what ways can a system such as Europass support you in building and awarding a micro-credential that is recognised across the EU?',
          de: 'Wie kann ein System wie Europass euch dabei unterstützen, ein EU-weit anerkanntes Micro-Credential aufzubauen und zu vergeben?',
        },
      ],
      rect: { x: 0, y: 120, w: 600, h: 580 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'benefits',
      label: { en: 'Benefits of online credentials', de: 'Nutzen digitaler Nachweise' },
      questions: [
        {
          en: 'What do learners, providers and employers gain when credentials are awarded and shown online?',
          de: 'Was gewinnen Lernende, Anbieter und Arbeitgeber, wenn Nachweise online vergeben und gezeigt werden?',
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
          en: 'What do you have to do differently when you create and award micro-credentials with such a system?',
          de: 'Was müsst ihr anders machen, wenn ihr Micro-Credentials mit einem solchen System erstellt und vergebt?',
        },
      ],
      rect: { x: 1200, y: 120, w: 600, h: 580 },
      accepts: 'notes',
      color: 'orange',
    },
    {
      id: 'self-study',
      label: { en: 'From self-study', de: 'Aus dem Selbststudium' },
      questions: [
        {
          en: 'What did you learn from the slides and videos that the group should know?',
          de: 'Was habt ihr aus Folien und Videos gelernt, das die Gruppe wissen sollte?',
        },
      ],
      rect: { x: 0, y: 700, w: 1800, h: 300 },
      accepts: 'notes',
      color: 'grey',
    },
  ],
};
