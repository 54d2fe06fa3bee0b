import type { LocalizedText } from '../localized.js';

/**
 * One element of Annex I of the Council Recommendation of 16 June 2022 on a European approach to
 * micro-credentials for lifelong learning and employability (2022/C 243/02).
 */
export interface AnnexIElement {
  /** Stable id used by the checklist, the canvases and the exports, e.g. `level`. */
  readonly id: string;
  /** 1–11 for the mandatory elements in Annex I order; `O1`–`O5` for the optional ones. */
  readonly element: number | string;
  readonly mandatory: boolean;
  /** The element as the Recommendation words it (English and German editions). */
  readonly label: LocalizedText;
  /** Short form for tight places (board headings, pick-lists), same meaning. */
  readonly short: LocalizedText;
  /** The text itself says "if applicable" / "where relevant" for this element. */
  readonly ifApplicable: boolean;
}

/**
 * The glossary of Annex I: the one place where the element names live, so that the checklist, the
 * canvases (the "elements of a micro-credential" solution, field labels on C4 and the awarding
 * canvas) and the exports call each element the same. The English wording follows the Official
 * Journal (C 243, 27.6.2022); the German wording follows the German edition of the same text.
 */
export const ANNEX_I_ELEMENTS: readonly AnnexIElement[] = Object.freeze([
  {
    id: 'learner',
    element: 1,
    mandatory: true,
    ifApplicable: false,
    label: { en: 'Identification of the learner', de: 'Identifizierung der lernenden Person' },
    short: { en: 'Identification of the learner', de: 'Identifizierung der lernenden Person' },
  },
  {
    id: 'title',
    element: 2,
    mandatory: true,
    ifApplicable: false,
    label: { en: 'Title of the micro-credential', de: 'Bezeichnung des Microcredentials' },
    short: { en: 'Title of the micro-credential', de: 'Bezeichnung des Microcredentials' },
  },
  {
    id: 'country',
    element: 3,
    mandatory: true,
    ifApplicable: false,
    label: { en: 'Country(ies)/Region(s) of the issuer', de: 'Land/Länder/Region(en) des Ausstellers' },
    short: { en: 'Country(ies)/region(s) of the issuer', de: 'Land/Region des Ausstellers' },
  },
  {
    id: 'awarding-body',
    element: 4,
    mandatory: true,
    ifApplicable: false,
    label: { en: 'Awarding body(ies)', de: 'Vergebende Stelle(n)' },
    short: { en: 'Awarding body(ies)', de: 'Vergebende Stelle(n)' },
  },
  {
    id: 'date-of-issuing',
    element: 5,
    mandatory: true,
    ifApplicable: false,
    label: { en: 'Date of issuing', de: 'Ausstellungsdatum' },
    short: { en: 'Date of issuing', de: 'Ausstellungsdatum' },
  },
  {
    id: 'learning-outcomes',
    element: 6,
    mandatory: true,
    ifApplicable: false,
    label: { en: 'Learning outcomes', de: 'Lernergebnisse' },
    short: { en: 'Learning outcomes', de: 'Lernergebnisse' },
  },
  {
    id: 'workload',
    element: 7,
    mandatory: true,
    ifApplicable: false,
    label: {
      en: 'Notional workload needed to achieve the learning outcomes (in European Credit Transfer and Accumulation System – ECTS, wherever possible)',
      de: 'Fiktive Arbeitsbelastung, die zur Erreichung der Lernergebnisse erforderlich ist (wann immer möglich im Europäischen System zur Übertragung und Akkumulierung von Studienleistungen – ECTS)',
    },
    short: { en: 'Notional workload (ECTS wherever possible)', de: 'Fiktive Arbeitsbelastung (wann immer möglich ECTS)' },
  },
  {
    id: 'level',
    element: 8,
    mandatory: true,
    ifApplicable: true,
    label: {
      en: 'Level (and cycle, if applicable) of the learning experience leading to the micro-credential (European Qualifications Framework, Qualifications Frameworks in the European Higher Education Area), if applicable',
      de: 'Niveau (und gegebenenfalls Zyklus) der Lernerfahrung, die zum Microcredential führt (Europäischer Qualifikationsrahmen, Qualifikationsrahmen im Europäischen Hochschulraum), falls zutreffend',
    },
    short: { en: 'Level (EQF, NQF, QF-EHEA cycle), if applicable', de: 'Niveau (EQR, NQR, QR-EHR-Zyklus), falls zutreffend' },
  },
  {
    id: 'assessment-type',
    element: 9,
    mandatory: true,
    ifApplicable: false,
    label: { en: 'Type of assessment', de: 'Art der Bewertung' },
    short: { en: 'Type of assessment', de: 'Art der Bewertung' },
  },
  {
    id: 'participation',
    element: 10,
    mandatory: true,
    ifApplicable: false,
    label: { en: 'Form of participation in the learning activity', de: 'Form der Teilnahme an der Lernaktivität' },
    short: { en: 'Form of participation', de: 'Form der Teilnahme' },
  },
  {
    id: 'quality-assurance',
    element: 11,
    mandatory: true,
    ifApplicable: false,
    label: {
      en: 'Type of quality assurance used to underpin the micro-credential',
      de: 'Art der Qualitätssicherung, die dem Microcredential zugrunde liegt',
    },
    short: { en: 'Type of quality assurance', de: 'Art der Qualitätssicherung' },
  },
  {
    id: 'prerequisites',
    element: 'O1',
    mandatory: false,
    ifApplicable: true,
    label: { en: 'Prerequisites needed to enrol in the learning activity', de: 'Voraussetzungen für die Einschreibung in die Lernaktivität' },
    short: { en: 'Prerequisites to enrol', de: 'Zugangsvoraussetzungen' },
  },
  {
    id: 'supervision',
    element: 'O2',
    mandatory: false,
    ifApplicable: true,
    label: {
      en: 'Supervision and identity verification during assessment (unsupervised with no identity verification, supervised with no identity verification, supervised online or onsite with identity verification)',
      de: 'Beaufsichtigung und Identitätsprüfung während der Bewertung (ohne Beaufsichtigung und ohne Identitätsprüfung, mit Beaufsichtigung und ohne Identitätsprüfung, mit Beaufsichtigung online oder vor Ort und mit Identitätsprüfung)',
    },
    short: { en: 'Supervision and identity verification during assessment', de: 'Beaufsichtigung und Identitätsprüfung während der Bewertung' },
  },
  {
    id: 'grade',
    element: 'O3',
    mandatory: false,
    ifApplicable: true,
    label: { en: 'Grade achieved', de: 'Erzielte Note' },
    short: { en: 'Grade achieved', de: 'Erzielte Note' },
  },
  {
    id: 'stackability',
    element: 'O4',
    mandatory: false,
    ifApplicable: true,
    label: {
      en: 'Integration/stackability options (stand-alone, independent micro-credential/integrated, stackable towards another credential)',
      de: 'Integrations-/Kombinationsmöglichkeiten (eigenständiges, unabhängiges Microcredential/integriert, kombinierbar zu einem anderen Nachweis)',
    },
    short: { en: 'Integration/stackability options', de: 'Integrations-/Kombinationsmöglichkeiten' },
  },
  {
    id: 'further-information',
    element: 'O5',
    mandatory: false,
    ifApplicable: true,
    label: { en: 'Further information', de: 'Weitere Informationen' },
    short: { en: 'Further information', de: 'Weitere Informationen' },
  },
]);

/** An Annex I element by id; throws for an unknown id because the ids are a fixed list. */
export function annexIElement(id: string): AnnexIElement {
  const found = ANNEX_I_ELEMENTS.find((element) => element.id === id);
  if (!found) throw new Error(`Unknown Annex I element "${id}"`);
  return found;
}
