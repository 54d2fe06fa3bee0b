/**
 * Words of the Bloom/EQF level controls and reference, in the workshop language. Level names, verb
 * lists and EQF descriptors come from @canvas/templates (reference data, EN + DE).
 */
const en = {
  controlLabel: 'Levels of this note',
  bloom: 'Bloom',
  eqf: 'EQF',
  setBloom: (level: number, name: string) => `Bloom level ${level}: ${name}`,
  setEqf: (level: number) => `EQF level ${level}`,
  clear: 'Clear',
  keys: 'Keys: 1–6 Bloom · Alt+1–8 EQF · 0 / Alt+0 clear',
  suggestion: (verb: string, level: number, name: string) => `Starts with “${verb}”: Bloom ${level} (${name})?`,
  useSuggestion: 'Set it',
  badge: (label: string) => `Levels: ${label}`,
  referenceTitle: 'Bloom levels and EQF descriptors',
  referenceIntro: 'Choose the Bloom level from the verb your note starts with; the EQF level from what the learner knows, can do and takes responsibility for.',
  bloomHeading: 'Bloom levels (revised taxonomy)',
  verbs: 'Verbs',
  eqfHeading: 'EQF levels',
  knowledge: 'Knowledge',
  skills: 'Skills',
  responsibility: 'Responsibility and autonomy',
  readOnly: 'Levels can be changed only while the board is open for writing.',
};

const de: typeof en = {
  controlLabel: 'Stufen dieses Zettels',
  bloom: 'Bloom',
  eqf: 'EQR',
  setBloom: (level, name) => `Bloom-Stufe ${level}: ${name}`,
  setEqf: (level) => `EQR-Niveau ${level}`,
  clear: 'Löschen',
  keys: 'Tasten: 1–6 Bloom · Alt+1–8 EQR · 0 / Alt+0 löschen',
  suggestion: (verb, level, name) => `Beginnt mit „${verb}“: Bloom ${level} (${name})?`,
  useSuggestion: 'Übernehmen',
  badge: (label) => `Stufen: ${label}`,
  referenceTitle: 'Bloom-Stufen und EQR-Deskriptoren',
  referenceIntro: 'Wählt die Bloom-Stufe nach dem Verb, mit dem euer Zettel beginnt, und das EQR-Niveau danach, was Lernende wissen, können und verantworten.',
  bloomHeading: 'Bloom-Stufen (überarbeitete Taxonomie)',
  verbs: 'Verben',
  eqfHeading: 'EQR-Niveaus',
  knowledge: 'Kenntnisse',
  skills: 'Fertigkeiten',
  responsibility: 'Verantwortung und Selbstständigkeit',
  readOnly: 'Stufen lassen sich nur ändern, solange das Board beschreibbar ist.',
};

export type LevelWords = typeof en;

export function levelWords(language: string | undefined): LevelWords {
  return language === 'de' ? de : en;
}
