import { EQF_LEVELS } from '../reference/eqf.js';
import type { Template } from '../schema.js';

/**
 * C4 – Substantive elements (Units 4.2–4.3). Brings C1–C3 together into the description of the offer.
 * The structured fields map to EU Annex I elements and ELM v3 properties (title, EQF level, workload,
 * mode, learning setting, assessment, prerequisites), so they are fields rather than free notes.
 */
export const c4Substantive: Template = {
  schemaVersion: 1,
  id: 'c4-substantive',
  version: '1.0.0',
  title: { en: 'C4 Substantive elements', de: 'C4 Inhaltliche Elemente' },
  unit: '4.2–4.3',
  activity: {
    en: 'Designing the micro-credential: substantive elements and the EQF link',
    de: 'Das Micro-Credential gestalten: inhaltliche Elemente und EQR-Bezug',
  },
  durationMinutes: 60,
  instructions: {
    en: 'In groups of up to four, draw on your canvases C1–C3 to describe the micro-credential itself: learning outcomes linked to an EQF level, workload, delivery mode, didactic methods, entry requirements and assessment. Fill the fields beside the board, then present and adjust.',
    de: 'Nutzt in Gruppen von höchstens vier Personen eure Canvases C1–C3, um das Micro-Credential selbst zu beschreiben: Lernergebnisse mit EQR-Bezug, Arbeitsaufwand, Durchführungsform, didaktische Methoden, Zugangsvoraussetzungen und Prüfung. Füllt die Felder neben der Tafel aus, präsentiert und passt dann an.',
  },
  kind: 'group',
  frame: { w: 1800, h: 1000 },
  areas: [
    {
      id: 'learning-outcomes',
      label: { en: 'Learning outcomes', de: 'Lernergebnisse' },
      questions: [
        {
          en: 'Which competences does the learner develop, written as learning outcomes?',
          de: 'Welche Kompetenzen entwickeln Lernende – als Lernergebnisse formuliert?',
        },
        { en: 'Which EQF level do the outcomes reach?', de: 'Welche EQR-Stufe erreichen die Lernergebnisse?' },
      ],
      rect: { x: 0, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'yellow',
    },
    {
      id: 'duration-workload',
      label: { en: 'Duration and workload', de: 'Dauer und Arbeitsaufwand' },
      questions: [
        {
          en: 'How many hours does a typical learner need, and how many ECTS is that?',
          de: 'Wie viele Stunden braucht eine typische lernende Person und wie viele ECTS sind das?',
        },
        { en: 'Over how many weeks is the workload spread?', de: 'Auf wie viele Wochen verteilt sich der Aufwand?' },
      ],
      rect: { x: 600, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-blue',
    },
    {
      id: 'delivery-mode',
      label: { en: 'Delivery mode', de: 'Durchführungsform' },
      questions: [
        { en: 'Online, blended or in person – and why?', de: 'Online, hybrid oder in Präsenz – und warum?' },
        { en: 'Formal or non-formal learning setting?', de: 'Formales oder nicht-formales Lernsetting?' },
      ],
      rect: { x: 1200, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-green',
    },
    {
      id: 'didactic-methods',
      label: { en: 'Didactic methods', de: 'Didaktische Methoden' },
      questions: [
        {
          en: 'Which methods help learners reach the outcomes?',
          de: 'Welche Methoden helfen den Lernenden, die Lernergebnisse zu erreichen?',
        },
      ],
      rect: { x: 0, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'orange',
    },
    {
      id: 'prerequisites',
      label: { en: 'Prerequisites', de: 'Voraussetzungen' },
      questions: [
        {
          en: 'What knowledge, level or experience is needed to enrol?',
          de: 'Welches Wissen, welches Niveau oder welche Erfahrung braucht man für die Teilnahme?',
        },
      ],
      rect: { x: 600, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'violet',
    },
    {
      id: 'assessment',
      label: { en: 'Assessment and evaluation', de: 'Prüfung und Evaluation' },
      questions: [
        {
          en: 'How do learners show that they reached the outcomes?',
          de: 'Wie zeigen Lernende, dass sie die Lernergebnisse erreicht haben?',
        },
        {
          en: 'How will you evaluate and improve the micro-credential itself?',
          de: 'Wie evaluiert und verbessert ihr das Micro-Credential selbst?',
        },
      ],
      rect: { x: 1200, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-red',
    },
  ],
  fields: [
    {
      id: 'title',
      label: { en: 'Title of the micro-credential', de: 'Titel des Micro-Credentials' },
      kind: 'text',
    },
    {
      id: 'eqfLevel',
      label: { en: 'EQF level', de: 'EQR-Niveau' },
      kind: 'select',
      options: EQF_LEVELS.map((l) => ({ value: String(l.level), label: { ...l.label } })),
      help: {
        en: 'The level of the learning outcomes in the European Qualifications Framework.',
        de: 'Das Niveau der Lernergebnisse im Europäischen Qualifikationsrahmen.',
      },
    },
    {
      id: 'ects',
      label: { en: 'Credits', de: 'Leistungspunkte' },
      kind: 'number',
      min: 0,
      max: 60,
      step: 0.5,
      unit: { en: 'ECTS', de: 'ECTS' },
      help: {
        en: 'One ECTS credit stands for about 25–30 hours of learning.',
        de: 'Ein ECTS-Punkt entspricht etwa 25–30 Stunden Lernaufwand.',
      },
    },
    {
      id: 'workloadHours',
      label: { en: 'Notional workload', de: 'Geschätzter Arbeitsaufwand' },
      kind: 'number',
      min: 1,
      unit: { en: 'hours', de: 'Stunden' },
    },
    {
      id: 'deliveryMode',
      label: { en: 'Form of participation', de: 'Form der Teilnahme' },
      kind: 'select',
      options: [
        { value: 'online', label: { en: 'Online', de: 'Online' } },
        { value: 'blended', label: { en: 'Blended', de: 'Hybrid (Blended)' } },
        { value: 'in-person', label: { en: 'In person', de: 'In Präsenz' } },
      ],
    },
    {
      id: 'learningSetting',
      label: { en: 'Learning setting', de: 'Lernsetting' },
      kind: 'select',
      options: [
        { value: 'formal', label: { en: 'Formal', de: 'Formal' } },
        { value: 'non-formal', label: { en: 'Non-formal', de: 'Nicht-formal' } },
      ],
    },
    {
      id: 'assessmentType',
      label: { en: 'Type of assessment', de: 'Art der Prüfung' },
      kind: 'multiselect',
      options: [
        { value: 'written-exam', label: { en: 'Written exam', de: 'Schriftliche Prüfung' } },
        { value: 'oral-exam', label: { en: 'Oral exam', de: 'Mündliche Prüfung' } },
        { value: 'practical-task', label: { en: 'Practical task', de: 'Praktische Aufgabe' } },
        { value: 'project', label: { en: 'Project', de: 'Projekt' } },
        { value: 'portfolio', label: { en: 'Portfolio', de: 'Portfolio' } },
        { value: 'presentation', label: { en: 'Presentation', de: 'Präsentation' } },
        { value: 'peer-assessment', label: { en: 'Peer assessment', de: 'Peer-Bewertung' } },
        { value: 'self-assessment', label: { en: 'Self-assessment', de: 'Selbsteinschätzung' } },
      ],
    },
    {
      id: 'prerequisites',
      label: { en: 'Prerequisites to enrol', de: 'Zugangsvoraussetzungen' },
      kind: 'text',
    },
  ],
};
