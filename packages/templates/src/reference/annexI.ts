import { annexIName, type AnnexIId } from '@canvas/i18n';
import type { LocalizedText } from '../localized.js';

/**
 * One element of Annex I of the Council Recommendation of 16 June 2022 on a European approach to
 * micro-credentials for lifelong learning and employability (2022/C 243/02).
 */
export interface AnnexIElement {
  /** Stable id used by the checklist, the canvases and the exports, e.g. `level`. */
  readonly id: AnnexIId;
  /** 1–11 for the mandatory elements in Annex I order; `O1`–`O5` for the optional ones. */
  readonly element: number | string;
  readonly mandatory: boolean;
  /** The element as the Recommendation words it, in every language (from the @canvas/i18n glossaries). */
  readonly label: LocalizedText;
  /** Short form for tight places (board headings, pick-lists), same meaning. */
  readonly short: LocalizedText;
  /** The text itself says "if applicable" / "where relevant" for this element. */
  readonly ifApplicable: boolean;
}

/**
 * The glossary of Annex I: the one place where the element names live, so that the checklist, the
 * canvases (the "elements of a micro-credential" solution, field labels on C4 and the awarding
 * canvas) and the exports call each element the same. The names themselves live in each language's
 * glossary (@canvas/i18n): English follows the Official Journal (C 243, 27.6.2022), the others the
 * language editions of the same text.
 */
export const ANNEX_I_ELEMENTS: readonly AnnexIElement[] = Object.freeze([
  {
    id: 'learner',
    element: 1,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('learner', 'label'),
    short: annexIName('learner', 'short'),
  },
  {
    id: 'title',
    element: 2,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('title', 'label'),
    short: annexIName('title', 'short'),
  },
  {
    id: 'country',
    element: 3,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('country', 'label'),
    short: annexIName('country', 'short'),
  },
  {
    id: 'awarding-body',
    element: 4,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('awarding-body', 'label'),
    short: annexIName('awarding-body', 'short'),
  },
  {
    id: 'date-of-issuing',
    element: 5,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('date-of-issuing', 'label'),
    short: annexIName('date-of-issuing', 'short'),
  },
  {
    id: 'learning-outcomes',
    element: 6,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('learning-outcomes', 'label'),
    short: annexIName('learning-outcomes', 'short'),
  },
  {
    id: 'workload',
    element: 7,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('workload', 'label'),
    short: annexIName('workload', 'short'),
  },
  {
    id: 'level',
    element: 8,
    mandatory: true,
    ifApplicable: true,
    label: annexIName('level', 'label'),
    short: annexIName('level', 'short'),
  },
  {
    id: 'assessment-type',
    element: 9,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('assessment-type', 'label'),
    short: annexIName('assessment-type', 'short'),
  },
  {
    id: 'participation',
    element: 10,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('participation', 'label'),
    short: annexIName('participation', 'short'),
  },
  {
    id: 'quality-assurance',
    element: 11,
    mandatory: true,
    ifApplicable: false,
    label: annexIName('quality-assurance', 'label'),
    short: annexIName('quality-assurance', 'short'),
  },
  {
    id: 'prerequisites',
    element: 'O1',
    mandatory: false,
    ifApplicable: true,
    label: annexIName('prerequisites', 'label'),
    short: annexIName('prerequisites', 'short'),
  },
  {
    id: 'supervision',
    element: 'O2',
    mandatory: false,
    ifApplicable: true,
    label: annexIName('supervision', 'label'),
    short: annexIName('supervision', 'short'),
  },
  {
    id: 'grade',
    element: 'O3',
    mandatory: false,
    ifApplicable: true,
    label: annexIName('grade', 'label'),
    short: annexIName('grade', 'short'),
  },
  {
    id: 'stackability',
    element: 'O4',
    mandatory: false,
    ifApplicable: true,
    label: annexIName('stackability', 'label'),
    short: annexIName('stackability', 'short'),
  },
  {
    id: 'further-information',
    element: 'O5',
    mandatory: false,
    ifApplicable: true,
    label: annexIName('further-information', 'label'),
    short: annexIName('further-information', 'short'),
  },
]);

/** An Annex I element by id; throws for an unknown id because the ids are a fixed list. */
export function annexIElement(id: string): AnnexIElement {
  const found = ANNEX_I_ELEMENTS.find((element) => element.id === id);
  if (!found) throw new Error(`Unknown Annex I element "${id}"`);
  return found;
}
