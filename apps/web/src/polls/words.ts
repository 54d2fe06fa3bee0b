/** Words of quick polls, in the workshop's language (@canvas/i18n). */
import { catalogue, type Catalogue } from '../lib/i18n';

export type PollWords = Catalogue['polls'];

export function pollWords(language: string | undefined): PollWords {
  return catalogue(language).polls;
}
