/** Words of the projector view and the "phones cannot reach this link" warning (@canvas/i18n). */
import { catalogue, type Catalogue } from '../lib/i18n';

export type ProjectorWords = Catalogue['projector'];

export function projectorWords(language: string | undefined): ProjectorWords {
  return catalogue(language).projector;
}
