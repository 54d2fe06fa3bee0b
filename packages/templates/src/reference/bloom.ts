import type { LocalizedText } from '../localized.js';

/** One level of the cognitive process dimension of Bloom's revised taxonomy (Anderson & Krathwohl, 2001). */
export interface BloomLevel {
  /** 1 (Remember) to 6 (Create); stored on notes as `meta.bloomLevel`. */
  readonly level: 1 | 2 | 3 | 4 | 5 | 6;
  /** Level name. */
  readonly name: LocalizedText;
  /** What the level means. */
  readonly meaning: LocalizedText;
  /** Cognitive processes belonging to the level. */
  readonly processes: { readonly en: readonly string[]; readonly de: readonly string[] };
  /**
   * Verbs commonly used to write learning outcomes at this level. They are customary usage, not part
   * of the taxonomy, which is why they are offered as suggestions only.
   */
  readonly verbs: { readonly en: readonly string[]; readonly de: readonly string[] };
}

/** The six Bloom levels with English and German names and verb lists. */
export const BLOOM_LEVELS: readonly BloomLevel[] = Object.freeze([
  {
    level: 1,
    name: { en: 'Remember', de: 'Erinnern' },
    meaning: {
      en: 'Retrieve relevant knowledge from long-term memory',
      de: 'Relevantes Wissen aus dem Langzeitgedächtnis abrufen',
    },
    processes: { en: ['recognising', 'recalling'], de: ['wiedererkennen', 'abrufen'] },
    verbs: {
      en: ['define', 'list', 'name', 'recall', 'state', 'identify'],
      de: ['definieren', 'auflisten', 'benennen', 'wiedergeben', 'angeben', 'erkennen'],
    },
  },
  {
    level: 2,
    name: { en: 'Understand', de: 'Verstehen' },
    meaning: { en: 'Construct meaning from instruction', de: 'Aus dem Gelernten Bedeutung erschließen' },
    processes: {
      en: ['interpreting', 'exemplifying', 'classifying', 'summarising', 'inferring', 'comparing', 'explaining'],
      de: ['interpretieren', 'veranschaulichen', 'klassifizieren', 'zusammenfassen', 'folgern', 'vergleichen', 'erklären'],
    },
    verbs: {
      en: ['explain', 'describe', 'summarise', 'classify', 'compare', 'interpret'],
      de: ['erklären', 'beschreiben', 'zusammenfassen', 'einordnen', 'vergleichen', 'deuten'],
    },
  },
  {
    level: 3,
    name: { en: 'Apply', de: 'Anwenden' },
    meaning: {
      en: 'Carry out or use a procedure in a given situation',
      de: 'Ein Verfahren in einer gegebenen Situation ausführen oder nutzen',
    },
    processes: { en: ['executing', 'implementing'], de: ['ausführen', 'umsetzen'] },
    verbs: {
      en: ['apply', 'use', 'implement', 'demonstrate', 'solve', 'operate'],
      de: ['anwenden', 'verwenden', 'umsetzen', 'vorführen', 'lösen', 'bedienen'],
    },
  },
  {
    level: 4,
    name: { en: 'Analyse', de: 'Analysieren' },
    meaning: {
      en: 'Break material into parts and see how they relate',
      de: 'Inhalte in Teile zerlegen und deren Zusammenhänge erkennen',
    },
    processes: {
      en: ['differentiating', 'organising', 'attributing'],
      de: ['unterscheiden', 'ordnen', 'zuordnen'],
    },
    verbs: {
      en: ['analyse', 'differentiate', 'distinguish', 'organise', 'examine'],
      de: ['analysieren', 'differenzieren', 'unterscheiden', 'gliedern', 'untersuchen'],
    },
  },
  {
    level: 5,
    name: { en: 'Evaluate', de: 'Bewerten' },
    meaning: {
      en: 'Make judgements based on criteria and standards',
      de: 'Urteile auf Grundlage von Kriterien und Standards fällen',
    },
    processes: { en: ['checking', 'critiquing'], de: ['prüfen', 'kritisch beurteilen'] },
    verbs: {
      en: ['evaluate', 'assess', 'judge', 'justify', 'critique'],
      de: ['bewerten', 'beurteilen', 'einschätzen', 'begründen', 'kritisieren'],
    },
  },
  {
    level: 6,
    name: { en: 'Create', de: 'Erschaffen' },
    meaning: {
      en: 'Put elements together into a new, coherent whole',
      de: 'Elemente zu einem neuen, stimmigen Ganzen zusammenfügen',
    },
    processes: { en: ['generating', 'planning', 'producing'], de: ['generieren', 'planen', 'produzieren'] },
    verbs: {
      en: ['design', 'develop', 'plan', 'construct', 'produce', 'formulate'],
      de: ['entwerfen', 'entwickeln', 'planen', 'konstruieren', 'herstellen', 'formulieren'],
    },
  },
] satisfies BloomLevel[]);

/** Looks up a Bloom level by number; `undefined` outside 1–6. */
export function getBloomLevel(level: number): BloomLevel | undefined {
  return BLOOM_LEVELS.find((l) => l.level === level);
}
