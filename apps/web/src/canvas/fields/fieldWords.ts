import { catalogue, type Catalogue } from '../../lib/i18n';

/** The words of the structured-fields panel, from the workshop language's catalogue (@canvas/i18n). */
export type FieldWords = Catalogue['fields'];

export function fieldWords(lang: string): FieldWords {
  return catalogue(lang).fields;
}
