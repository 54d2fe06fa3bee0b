import type { Template } from '../schema.js';

/**
 * C2 – Persona of the target group (Unit 3.2). Groups describe one fictional but concrete learner so
 * that later choices (methods, workload, language) can be checked against that person.
 */
export const c2Persona: Template = {
  schemaVersion: 1,
  id: 'c2-persona',
  version: '1.0.0',
  title: { en: 'C2 Persona of the target group', de: 'C2 Persona der Zielgruppe' },
  unit: '3.2',
  activity: { en: 'Who is your target group? Building a persona', de: 'Wer ist eure Zielgruppe? Eine Persona entwickeln' },
  durationMinutes: 60,
  instructions: {
    en: 'In groups of up to four, invent one nameable person who would take your micro-credential. Goals and pain points matter more than demographics. Fill the areas with sticky notes, then present the persona to the other groups.',
    de: 'Erfindet in Gruppen von höchstens vier Personen eine konkrete, benennbare Person, die euer Microcredential belegen würde. Ziele und Schwierigkeiten zählen mehr als demografische Daten. Füllt die Felder mit Post-its und stellt die Persona danach den anderen Gruppen vor.',
  },
  kind: 'group',
  frame: { w: 1600, h: 1000 },
  areas: [
    {
      id: 'who',
      label: { en: 'Who is the persona?', de: 'Wer ist die Persona?' },
      questions: [
        { en: 'Name, age, job, background.', de: 'Name, Alter, Beruf, Hintergrund.' },
        {
          en: 'Why does this person need the micro-credential?',
          de: 'Warum braucht diese Person das Microcredential?',
        },
      ],
      rect: { x: 0, y: 120, w: 400, h: 880 },
      accepts: 'notes',
      color: 'violet',
    },
    {
      id: 'mindset',
      label: {
        en: 'Thoughts, emotions, motivations, goals, values, prior knowledge',
        de: 'Gedanken, Gefühle, Motivation, Ziele, Werte, Vorwissen',
      },
      questions: [
        {
          en: 'What motivates the persona to acquire these competences, and what do they expect?',
          de: 'Was motiviert die Persona, diese Kompetenzen zu erwerben, und was erwartet sie?',
        },
        { en: 'Which personal goals and values drive them?', de: 'Welche persönlichen Ziele und Werte treiben sie an?' },
        {
          en: 'What must they already know to follow the content?',
          de: 'Was muss sie bereits wissen, um den Inhalten folgen zu können?',
        },
      ],
      rect: { x: 400, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-violet',
    },
    {
      id: 'lifestyle',
      label: {
        en: 'Lifestyle, time for learning, cognitive load, learning style, language',
        de: 'Lebensstil, Lernzeit, kognitive Belastung, Lernstil, Sprache',
      },
      questions: [
        {
          en: 'When does the persona have time to learn, alone and in sessions?',
          de: 'Wann hat die Persona Zeit zum Lernen – allein und in Veranstaltungen?',
        },
        {
          en: 'How long can they study before getting tired? (This links to the workload and ECTS.)',
          de: 'Wie lange kann sie lernen, bevor sie ermüdet? (Das hängt mit der fiktiven Arbeitsbelastung und den ECTS zusammen.)',
        },
        {
          en: 'Which learning style suits them, what have they experienced in education, and in which language do they learn best?',
          de: 'Welcher Lernstil passt, welche Erfahrungen hat sie mit Bildung gemacht und in welcher Sprache lernt sie am besten?',
        },
      ],
      rect: { x: 1000, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'didactic-methods',
      label: { en: 'Suitable didactic methods', de: 'Passende didaktische Methoden' },
      questions: [
        {
          en: 'Which teaching methods and tools fit this persona?',
          de: 'Welche Lehrmethoden und Werkzeuge passen zu dieser Persona?',
        },
        {
          en: 'Do professional and transversal ("power") competences need different approaches?',
          de: 'Brauchen fachliche und überfachliche Kompetenzen unterschiedliche Ansätze?',
        },
      ],
      rect: { x: 400, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'application',
      label: { en: 'Where the persona applies the competences', de: 'Wo die Persona die Kompetenzen anwendet' },
      questions: [
        {
          en: 'In which job, company or environment will the persona use what they learned?',
          de: 'In welchem Beruf, Unternehmen oder Umfeld wird die Persona das Gelernte nutzen?',
        },
        {
          en: 'Look at the question from C1 again, this time through the eyes of the persona.',
          de: 'Betrachtet die Frage aus C1 noch einmal – diesmal mit den Augen der Persona.',
        },
      ],
      rect: { x: 1000, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'orange',
    },
  ],
};
