import { ANNEX_I_ELEMENTS } from '../reference/annexI.js';
import type { Template } from '../schema.js';

type Solution = NonNullable<Template['solution']>;

/**
 * The mentors' solutions of the built-in canvases. They live apart from the canvases so that the
 * web app, which imports the catalog, never carries them: a participant receives a solution only
 * through the facilitator board that access rule A6 opens while it is shown. Server code reaches
 * them through `@canvas/templates/solutions`.
 */
export const BUILT_IN_SOLUTIONS: Readonly<Record<string, Solution>> = {
  'mc-elements': {
    // The solution is the Annex I glossary itself, so the outline and the checklist never disagree.
    notes: ANNEX_I_ELEMENTS.map((element) => ({
      areaId: element.mandatory ? 'mandatory' : 'optional',
      text: { ...element.short },
    })),
  },
  'assessment-forms': {
    notes: [
      { areaId: 'task-types', text: { en: 'Written exam or online quiz', de: 'Schriftliche Prüfung oder Online-Quiz' } },
      { areaId: 'task-types', text: { en: 'Oral exam or interview', de: 'Mündliche Prüfung oder Fachgespräch' } },
      {
        areaId: 'task-types',
        text: { en: 'Practical task or work sample', de: 'Praktische Aufgabe oder Arbeitsprobe' },
      },
      { areaId: 'task-types', text: { en: 'Project or case study', de: 'Projekt oder Fallstudie' } },
      { areaId: 'task-types', text: { en: 'Portfolio of evidence', de: 'Portfolio mit Nachweisen' } },
      { areaId: 'task-types', text: { en: 'Presentation', de: 'Präsentation' } },
      { areaId: 'assessors', text: { en: 'Trainer or teacher', de: 'Lehrende oder Ausbildende' } },
      {
        areaId: 'assessors',
        text: { en: 'External examiner or assessment body', de: 'Externe Prüfende oder Prüfstelle' },
      },
      {
        areaId: 'assessors',
        text: { en: 'Employer or workplace mentor', de: 'Arbeitgeber oder betriebliche Betreuung' },
      },
      { areaId: 'assessors', text: { en: 'Peers (peer assessment)', de: 'Mitlernende (Peer-Bewertung)' } },
      { areaId: 'assessors', text: { en: 'The learner (self-assessment)', de: 'Die lernende Person (Selbsteinschätzung)' } },
      {
        areaId: 'assessors',
        text: { en: 'Automated checks in an online platform', de: 'Automatische Auswertung auf einer Lernplattform' },
      },
    ],
  },
};
