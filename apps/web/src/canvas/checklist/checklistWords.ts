import { catalogue, type Catalogue } from '../../lib/i18n';

/** The words of the micro-credential checklist panel, from the workshop language's catalogue (@canvas/i18n). */
export type ChecklistWords = Catalogue['checklist'];

export function checklistWords(lang: string): ChecklistWords {
  return catalogue(lang).checklist;
}
