import type { Template } from '../schema.js';

/**
 * Opening of the higher-education course: where does each participant stand with micro-credentials?
 * The course offers three levels (Explorer, Expert, Pioneer); here everyone places one note with
 * their name in a level on one shared board, so the room sees the spread at a glance.
 */
export const heSelfAssessment: Template = {
  schemaVersion: 1,
  id: 'he-self-assessment',
  version: '1.0.0',
  title: { en: 'Where do you stand?', de: 'Wo stehst du?' },
  unit: 'HE',
  activity: {
    en: 'Self-assessment: Explorer, Expert or Pioneer',
    de: 'Selbsteinschätzung: Explorer, Expert oder Pioneer',
  },
  durationMinutes: 5,
  instructions: {
    en: 'Everyone writes on this one board. Put one note with your name into the level that fits you best for designing micro-credentials, at course and at programme level and in your learning platform. Below, add what you hope to take away.',
    de: 'Alle schreiben auf diese eine Tafel. Legt einen Zettel mit eurem Namen in die Stufe, die beim Gestalten von Micro-Credentials am besten zu euch passt, auf Kurs- und Studiengangsebene und in eurer Lernplattform. Ergänzt unten, was ihr mitnehmen möchtet.',
  },
  kind: 'workshop-wide',
  frame: { w: 1800, h: 1000 },
  areas: [
    {
      id: 'explorer',
      label: { en: 'Explorer', de: 'Explorer' },
      questions: [
        {
          en: 'I know that micro-credentials are designed at course and programme level and that the credential is linked to the course in the learning platform through metadata.',
          de: 'Ich weiß, dass Micro-Credentials auf Kurs- und Studiengangsebene gestaltet werden und dass der Nachweis über Metadaten mit dem Kurs in der Lernplattform verbunden ist.',
        },
      ],
      rect: { x: 0, y: 120, w: 600, h: 580 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'expert',
      label: { en: 'Expert', de: 'Expert' },
      questions: [
        {
          en: 'I know this process well and can explain to colleagues how the credential, its metadata and the digital course fit together.',
          de: 'Ich kenne diesen Prozess gut und kann Kolleginnen und Kollegen erklären, wie Nachweis, Metadaten und digitaler Kurs zusammenhängen.',
        },
      ],
      rect: { x: 600, y: 120, w: 600, h: 580 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'pioneer',
      label: { en: 'Pioneer', de: 'Pioneer' },
      questions: [
        {
          en: 'I know the process in depth or have already designed micro-credentials and linked them to a learning platform myself.',
          de: 'Ich kenne den Prozess umfassend oder habe selbst schon Micro-Credentials gestaltet und mit einer Lernplattform verbunden.',
        },
      ],
      rect: { x: 1200, y: 120, w: 600, h: 580 },
      accepts: 'notes',
      color: 'violet',
    },
    {
      id: 'hopes',
      label: { en: 'What I want to take away', de: 'Was ich mitnehmen möchte' },
      questions: [
        {
          en: 'One wish or question per note.',
          de: 'Ein Wunsch oder eine Frage pro Zettel.',
        },
      ],
      rect: { x: 0, y: 700, w: 1800, h: 300 },
      accepts: 'notes',
      color: 'yellow',
    },
  ],
};
