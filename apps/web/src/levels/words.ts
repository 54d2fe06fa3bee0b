/**
 * Words of the Bloom/EQF level controls and reference, in the workshop language (@canvas/i18n). Level
 * names, verb lists and EQF descriptors come from @canvas/templates (reference data, EN + DE).
 */
import { catalogue, type Catalogue } from '../lib/i18n';

export type LevelWords = Catalogue['levels'];

export function levelWords(language: string | undefined): LevelWords {
  return catalogue(language).levels;
}
