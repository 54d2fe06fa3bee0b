import { ANNEX_I_ELEMENTS } from '../reference/annexI.js';
import type { LocalizedText } from '../localized.js';
import type { Template } from '../schema.js';

/**
 * The ten principles for the design and issuance of micro-credentials named in Annex II of the EU
 * Council Recommendation (2022/C 243/02). Only their names: the groups find definitions themselves.
 */
const PRINCIPLES: readonly LocalizedText[] = [
  { en: 'Quality', de: 'Qualität' },
  { en: 'Transparency', de: 'Transparenz' },
  { en: 'Relevance', de: 'Relevanz' },
  { en: 'Valid assessment', de: 'Valide Prüfung' },
  { en: 'Learning pathways', de: 'Lernpfade' },
  { en: 'Recognition', de: 'Anerkennung' },
  { en: 'Portable', de: 'Übertragbarkeit' },
  { en: 'Learner-centred', de: 'Lernendenzentrierung' },
  { en: 'Authentic', de: 'Echtheit' },
  { en: 'Information and guidance', de: 'Information und Beratung' },
];

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
  'mc-not': {
    notes: [
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'A certificate of attendance: presence is confirmed, no learning outcome is assessed',
          de: 'Eine Teilnahmebestätigung: Anwesenheit wird bestätigt, kein Lernergebnis wird geprüft',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'A full degree or a complete vocational qualification: too large to be a small unit',
          de: 'Ein ganzer Studienabschluss oder eine vollständige Berufsausbildung: zu groß für eine kleine Einheit',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'A badge that only rewards activity (logins, likes) without described learning outcomes',
          de: 'Ein Badge, das nur Aktivität belohnt (Logins, Likes), ohne beschriebene Lernergebnisse',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'An offer without quality assurance or a named awarding body',
          de: 'Ein Angebot ohne Qualitätssicherung oder ohne benannte vergebende Stelle',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'Open learning material (a video, a MOOC without assessment) that leaves no verifiable proof',
          de: 'Offenes Lernmaterial (ein Video, ein MOOC ohne Prüfung), das keinen überprüfbaren Nachweis hinterlässt',
        },
      },
      {
        areaId: 'not-micro-credential',
        text: {
          en: 'A product training that only the vendor recognises, with no transparent standard',
          de: 'Eine Produktschulung, die nur der Hersteller anerkennt, ohne transparenten Standard',
        },
      },
    ],
  },
  // The ten principles' names; the groups find the definitions themselves.
  'mc-design-steps': { notes: PRINCIPLES.map((text) => ({ areaId: 'principles', text: { ...text } })) },
  // Necessary = the Annex I mandatory elements, additional = the optional ones.
  'badges-metadata': {
    notes: ANNEX_I_ELEMENTS.map((element) => ({
      areaId: element.mandatory ? 'necessary-metadata' : 'additional-metadata',
      text: { ...element.short },
    })),
  },
};
