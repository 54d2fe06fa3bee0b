/** The words of the structured-fields panel, in the workshop language (EN, DE). */
const en = {
  details: 'Details',
  add: 'Add',
  remove: (what: string) => `Remove ${what}`,
  addChoice: 'Add…',
  newEntry: 'New entry',
  none: '—',
  tooMany: (max: number) => `At most ${max} entries.`,
};

const de: typeof en = {
  details: 'Angaben',
  add: 'Hinzufügen',
  remove: (what) => `${what} entfernen`,
  addChoice: 'Hinzufügen…',
  newEntry: 'Neuer Eintrag',
  none: '—',
  tooMany: (max) => `Höchstens ${max} Einträge.`,
};

export type FieldWords = typeof en;

export function fieldWords(lang: string): FieldWords {
  return lang === 'de' ? de : en;
}
