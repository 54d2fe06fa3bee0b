import type { Agenda, AgendaItem } from './schema.js';

/**
 * The MicroQuest training workshop for VET providers as the seed's lesson plans time it, in their
 * order. Where one canvas serves two seed activities the minutes are added up (4.2 + 4.3 on C4); where
 * one seed activity has two tasks on two canvases its hour is split (5.1: principles and steps, then
 * the awarding canvas). Unit 7's two half-hour activities share the post-it flipchart.
 */
const MICROQUEST_UNITS: ReadonlyArray<{ unit: number; items: readonly AgendaItem[] }> = [
  { unit: 1, items: [{ templateId: 'mc-definitions', durationMinutes: 15 }, { templateId: 'mc-not', durationMinutes: 15 }] },
  { unit: 2, items: [{ templateId: 'mc-elements', durationMinutes: 15 }, { templateId: 'assessment-forms', durationMinutes: 15 }] },
  { unit: 3, items: [{ templateId: 'c1-needs', durationMinutes: 60 }, { templateId: 'c2-persona', durationMinutes: 60 }] },
  { unit: 4, items: [{ templateId: 'c3-competences', durationMinutes: 90 }, { templateId: 'c4-substantive', durationMinutes: 90 }] },
  {
    unit: 5,
    items: [
      { templateId: 'mc-design-steps', durationMinutes: 30 },
      { templateId: 'awarding', durationMinutes: 30 },
      { templateId: 'badges-metadata', durationMinutes: 30 },
    ],
  },
  {
    unit: 6,
    items: [
      { templateId: 'digital-credentials', durationMinutes: 60 },
      { templateId: 'digital-badges', durationMinutes: 60 },
      { templateId: 'mc-example-review', durationMinutes: 60 },
    ],
  },
  { unit: 7, items: [{ templateId: 'vet-he-flipchart', durationMinutes: 60 }] },
];

const UNIT_TITLES: Record<number, { en: string; de: string }> = {
  1: { en: 'Definition of micro-credentials', de: 'Definition von Micro-Credentials' },
  2: { en: 'Quality assurance model', de: 'Modell der Qualitätssicherung' },
  3: { en: 'From a training programme to micro-credentials', de: 'Vom Bildungsangebot zum Micro-Credential' },
  4: { en: 'Practice: designing a micro-credential', de: 'Praxis: ein Micro-Credential gestalten' },
  5: { en: 'Awarding micro-credentials', de: 'Micro-Credentials vergeben' },
  6: { en: 'Exploring awarding and examples', de: 'Vergabe und Beispiele erkunden' },
  7: { en: 'Micro-credentials in VET and HE', de: 'Micro-Credentials in Berufsbildung und Hochschule' },
};

const fullWorkshop: Agenda = {
  id: 'microquest',
  title: { en: 'MicroQuest workshop (units 1–7)', de: 'MicroQuest-Workshop (Einheiten 1–7)' },
  description: {
    en: 'The whole training workshop for VET providers, every activity in order, over several sessions.',
    de: 'Der ganze Trainingsworkshop für Berufsbildungsanbieter, alle Aktivitäten der Reihe nach, über mehrere Termine.',
  },
  items: MICROQUEST_UNITS.flatMap((unit) => unit.items),
};

const unitAgendas: Agenda[] = MICROQUEST_UNITS.map(({ unit, items }) => ({
  id: `microquest-unit-${unit}`,
  title: { en: `Unit ${unit}: ${UNIT_TITLES[unit]!.en}`, de: `Einheit ${unit}: ${UNIT_TITLES[unit]!.de}` },
  description: { en: `MicroQuest unit ${unit} on its own.`, de: `MicroQuest-Einheit ${unit} allein.` },
  items: [...items],
}));

/**
 * The higher-education self-paced course, run live: it opens with the Explorer / Expert / Pioneer
 * self-assessment, then follows the course's aims – what a micro-credential is, its elements,
 * transparent assessment, describing it (C3, C4), awarding it and issuing it as a digital credential.
 */
const heCourse: Agenda = {
  id: 'he-course',
  title: { en: 'Micro-credentials in higher education', de: 'Micro-Credentials an der Hochschule' },
  description: {
    en: 'For HE teachers: starts with the self-assessment, then designs and describes a micro-credential for a course.',
    de: 'Für Lehrende an Hochschulen: beginnt mit der Selbsteinschätzung, dann wird ein Micro-Credential für einen Kurs gestaltet und beschrieben.',
  },
  items: [
    { templateId: 'he-self-assessment', durationMinutes: 5 },
    { templateId: 'mc-definitions', durationMinutes: 15 },
    { templateId: 'mc-elements', durationMinutes: 15 },
    { templateId: 'assessment-forms', durationMinutes: 15 },
    { templateId: 'c3-competences', durationMinutes: 90 },
    { templateId: 'c4-substantive', durationMinutes: 90 },
    { templateId: 'awarding', durationMinutes: 60 },
    { templateId: 'digital-credentials', durationMinutes: 60 },
  ],
};

/** Built-in agendas: the full workshop first, then each unit, then the HE course. */
export const PRESET_AGENDAS: readonly Agenda[] = [fullWorkshop, ...unitAgendas, heCourse];
