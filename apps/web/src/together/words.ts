/** Words of individual writing, dot-voting and "keep everyone together", in the workshop's language (@canvas/i18n). */
import { catalogue, type Catalogue } from '../lib/i18n';

export type RoomWords = Catalogue['room'];

export function roomWords(language: string | undefined): RoomWords {
  return catalogue(language).room;
}
