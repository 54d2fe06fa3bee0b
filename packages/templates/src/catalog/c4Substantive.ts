import { annexIElement } from '../reference/annexI.js';
import { EQF_LEVELS } from '../reference/eqf.js';
import {
  ASSESSMENT_METHODS,
  ASSESSORS,
  LEARNING_OPPORTUNITY_TYPES,
  QF_EHEA_CYCLES,
  WORK_BASED_LEARNING,
  type VocabularyEntry,
} from '../reference/europass.js';
import { ISCED_F_FIELDS } from '../reference/isced.js';
import { LANGUAGE_ALPHA3, languageLabel } from '../reference/places.js';
import type { Template } from '../schema.js';

const options = (entries: readonly VocabularyEntry[]) => entries.map((e) => ({ value: e.value, label: { ...e.label } }));

/**
 * C4 – Substantive elements (Units 4.2–4.3). Brings C1–C3 together into the description of the offer.
 * The structured fields map to EU Annex I elements and ELM v3 properties (title, level, workload,
 * form of participation, assessment, prerequisites), so they are fields rather than free notes.
 * Version 2 added the Europass vocabularies (opportunity type, ISCED-F, NQF, QF-EHEA, languages,
 * work-based learning) and split "who assesses" from the type of assessment; boards written with
 * version 1 stay readable through `migrateFieldValues`.
 */
export const c4Substantive: Template = {
  schemaVersion: 1,
  id: 'c4-substantive',
  version: '2.0.0',
  title: { en: 'C4 Substantive elements', de: 'C4 Inhaltliche Elemente' },
  unit: '4.2–4.3',
  activity: {
    en: 'Designing the micro-credential: substantive elements and the EQF link',
    de: 'Das Microcredential gestalten: inhaltliche Elemente und EQR-Bezug',
  },
  durationMinutes: 60,
  instructions: {
    en: 'In groups of up to four, draw on your canvases C1–C3 to describe the micro-credential itself: learning outcomes linked to an EQF level, workload, delivery mode, didactic methods, entry requirements and assessment. Fill the fields beside the board, then present and adjust.',
    de: 'Nutzt in Gruppen von höchstens vier Personen eure Canvases C1–C3, um das Microcredential selbst zu beschreiben: Lernergebnisse mit EQR-Bezug, fiktive Arbeitsbelastung, Durchführungsform, didaktische Methoden, Zugangsvoraussetzungen und Prüfung. Füllt die Felder neben dem Board aus, präsentiert und passt dann an.',
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
        { en: 'Which EQF level do the outcomes reach?', de: 'Welches EQR-Niveau erreichen die Lernergebnisse?' },
      ],
      rect: { x: 0, y: 120, w: 600, h: 440 },
      accepts: 'notes',
      color: 'yellow',
      levels: true,
    },
    {
      id: 'duration-workload',
      label: { en: 'Duration and workload', de: 'Dauer und fiktive Arbeitsbelastung' },
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
        { en: 'Formal or non-formal learning setting?', de: 'Formaler oder nicht-formaler Lernkontext?' },
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
          de: 'Wie evaluiert und verbessert ihr das Microcredential selbst?',
        },
      ],
      rect: { x: 1200, y: 560, w: 600, h: 440 },
      accepts: 'notes',
      color: 'light-red',
    },
  ],
  fields: [
    { id: 'title', label: { ...annexIElement('title').label }, kind: 'text' },
    {
      id: 'learningOpportunityType',
      label: { en: 'Type of learning opportunity', de: 'Art des Lernangebots' },
      kind: 'select',
      options: options(LEARNING_OPPORTUNITY_TYPES),
    },
    {
      id: 'iscedField',
      label: { en: 'Field of education (ISCED-F 2013)', de: 'Ausbildungsfeld (ISCED-F 2013)' },
      kind: 'select',
      options: ISCED_F_FIELDS.map((f) => ({ value: f.code, label: { en: `${f.code} ${f.label.en}`, de: `${f.code} ${f.label.de}` } })),
    },
    {
      id: 'eqfLevel',
      label: { en: 'EQF level', de: 'EQR-Niveau' },
      kind: 'select',
      options: EQF_LEVELS.map((l) => ({ value: String(l.level), label: { ...l.label } })),
      help: {
        en: 'The level of the learning outcomes in the European Qualifications Framework, if applicable.',
        de: 'Das Niveau der Lernergebnisse im Europäischen Qualifikationsrahmen, falls zutreffend.',
      },
    },
    {
      id: 'nqfLevel',
      label: { en: 'NQF level', de: 'NQR-Niveau' },
      kind: 'text',
      help: {
        en: 'The level in the national qualifications framework, if the offer is placed there, e.g. DQR 5.',
        de: 'Das Niveau im nationalen Qualifikationsrahmen, falls das Angebot dort zugeordnet ist, z. B. DQR 5.',
      },
    },
    {
      id: 'nqfLevelId',
      label: { en: 'NQF level: Europass identifier', de: 'NQR-Niveau: Europass-Kennung' },
      kind: 'text',
      pattern: 'http://data\\.europa\\.eu/snb/qdr/[A-Za-z0-9_-]+',
      help: {
        en: 'Optional: the identifier of the NQF level in the Europass Qualifications Dataset Register (http://data.europa.eu/snb/qdr/…). Europass needs it to publish a qualification.',
        de: 'Optional: die Kennung des NQR-Niveaus im Europass-Qualifikationsregister (http://data.europa.eu/snb/qdr/…). Europass braucht sie, um eine Qualifikation zu veröffentlichen.',
      },
    },
    {
      id: 'qfEheaCycle',
      label: { en: 'QF-EHEA cycle', de: 'QR-EHR-Zyklus' },
      kind: 'select',
      options: options(QF_EHEA_CYCLES),
      help: {
        en: 'For higher education: the cycle of the Qualifications Framework of the European Higher Education Area, if applicable.',
        de: 'Für Hochschulen: der Zyklus des Qualifikationsrahmens im Europäischen Hochschulraum, falls zutreffend.',
      },
    },
    {
      id: 'ects',
      label: { en: 'Credits', de: 'Leistungspunkte' },
      kind: 'number',
      min: 0.5,
      max: 60,
      step: 0.5,
      unit: { en: 'ECTS', de: 'ECTS' },
      help: {
        en: 'One ECTS credit stands for 25–30 hours of notional workload.',
        de: 'Ein ECTS-Punkt entspricht 25–30 Stunden fiktiver Arbeitsbelastung.',
      },
    },
    {
      id: 'workloadHours',
      label: { en: 'Notional workload', de: 'Fiktive Arbeitsbelastung' },
      kind: 'number',
      min: 1,
      unit: { en: 'hours', de: 'Stunden' },
    },
    {
      id: 'deliveryMode',
      label: { ...annexIElement('participation').short },
      kind: 'select',
      options: [
        { value: 'online', label: { en: 'Online', de: 'Online' } },
        { value: 'blended', label: { en: 'Blended', de: 'Hybrid (Blended)' } },
        { value: 'in-person', label: { en: 'In person', de: 'In Präsenz' } },
      ],
    },
    {
      id: 'workBasedLearning',
      label: { en: 'Work-based learning', de: 'Lernen am Arbeitsplatz' },
      kind: 'select',
      options: options(WORK_BASED_LEARNING),
    },
    {
      id: 'learningSetting',
      label: { en: 'Learning setting', de: 'Lernkontext' },
      kind: 'select',
      options: [
        { value: 'formal', label: { en: 'Formal', de: 'Formal' } },
        { value: 'non-formal', label: { en: 'Non-formal', de: 'Nicht-formal' } },
      ],
    },
    {
      id: 'languages',
      label: { en: 'Language(s) of instruction', de: 'Unterrichtssprache(n)' },
      kind: 'multiselect',
      options: Object.keys(LANGUAGE_ALPHA3).map((code) => ({ value: code, label: languageLabel(code) })),
    },
    {
      id: 'assessmentType',
      label: { ...annexIElement('assessment-type').label },
      kind: 'multiselect',
      options: options(ASSESSMENT_METHODS),
      help: {
        en: 'What the learners do to show the learning outcomes (Europass assessment types).',
        de: 'Was die Lernenden tun, um die Lernergebnisse zu zeigen (Europass-Bewertungsarten).',
      },
    },
    {
      id: 'assessors',
      label: { en: 'Who assesses', de: 'Wer bewertet' },
      kind: 'multiselect',
      options: options(ASSESSORS),
    },
    {
      id: 'gradingScheme',
      label: { en: 'How results are graded', de: 'Bewertungsmaßstab' },
      kind: 'text',
      help: {
        en: 'For example: pass or fail against each learning outcome, or a grading scale.',
        de: 'Zum Beispiel: bestanden oder nicht bestanden je Lernergebnis, oder eine Notenskala.',
      },
    },
    { id: 'prerequisites', label: { ...annexIElement('prerequisites').short }, kind: 'text' },
  ],
};
