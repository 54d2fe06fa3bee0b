import { catalogue, type Catalogue } from '../lib/i18n';

/** Words of the agenda picker on the start page, in the language chosen for the workshop (@canvas/i18n). */
export function agendaWords(lang: string): Catalogue['agenda'] {
  return catalogue(lang).agenda;
}
