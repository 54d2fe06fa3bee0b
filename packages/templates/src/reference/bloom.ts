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
  readonly processes: WordLists;
  /**
   * Verbs commonly used to write learning outcomes at this level. They are customary usage, not part
   * of the taxonomy, which is why they are offered as suggestions only.
   */
  readonly verbs: WordLists;
}

/** Words per language; French and Spanish await a native speaker's review (docs/i18n.md). */
export interface WordLists {
  readonly en: readonly string[];
  readonly de: readonly string[];
  readonly fr: readonly string[];
  readonly es: readonly string[];
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
    processes: { en: ['recognising', 'recalling'], de: ['wiedererkennen', 'abrufen'], fr: ['reconnaître', 'se rappeler'], es: ['reconocer', 'recordar'] },
    verbs: {
      en: ['define', 'list', 'name', 'recall', 'state', 'identify'],
      de: ['definieren', 'auflisten', 'benennen', 'wiedergeben', 'angeben', 'erkennen'], fr: ['définir', 'énumérer', 'nommer', 'citer', 'indiquer', 'identifier'], es: ['definir', 'enumerar', 'nombrar', 'recordar', 'indicar', 'identificar'],
    },
  },
  {
    level: 2,
    name: { en: 'Understand', de: 'Verstehen' },
    meaning: { en: 'Construct meaning from instruction', de: 'Aus dem Gelernten Bedeutung erschließen' },
    processes: {
      en: ['interpreting', 'exemplifying', 'classifying', 'summarising', 'inferring', 'comparing', 'explaining'],
      de: ['interpretieren', 'veranschaulichen', 'klassifizieren', 'zusammenfassen', 'folgern', 'vergleichen', 'erklären'], fr: ['interpréter', 'illustrer', 'classer', 'résumer', 'déduire', 'comparer', 'expliquer'], es: ['interpretar', 'ejemplificar', 'clasificar', 'resumir', 'inferir', 'comparar', 'explicar'],
    },
    verbs: {
      en: ['explain', 'describe', 'summarise', 'classify', 'compare', 'interpret'],
      de: ['erklären', 'beschreiben', 'zusammenfassen', 'einordnen', 'vergleichen', 'deuten'], fr: ['expliquer', 'décrire', 'résumer', 'classer', 'comparer', 'interpréter'], es: ['explicar', 'describir', 'resumir', 'clasificar', 'comparar', 'interpretar'],
    },
  },
  {
    level: 3,
    name: { en: 'Apply', de: 'Anwenden' },
    meaning: {
      en: 'Carry out or use a procedure in a given situation',
      de: 'Ein Verfahren in einer gegebenen Situation ausführen oder nutzen',
    },
    processes: { en: ['executing', 'implementing'], de: ['ausführen', 'umsetzen'], fr: ['exécuter', 'mettre en œuvre'], es: ['ejecutar', 'implementar'] },
    verbs: {
      en: ['apply', 'use', 'implement', 'demonstrate', 'solve', 'operate'],
      de: ['anwenden', 'verwenden', 'umsetzen', 'vorführen', 'lösen', 'bedienen'], fr: ['appliquer', 'utiliser', 'mettre', 'démontrer', 'résoudre', 'manier'], es: ['aplicar', 'utilizar', 'implementar', 'demostrar', 'resolver', 'manejar'],
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
      de: ['unterscheiden', 'ordnen', 'zuordnen'], fr: ['différencier', 'organiser', 'attribuer'], es: ['diferenciar', 'organizar', 'atribuir'],
    },
    verbs: {
      en: ['analyse', 'differentiate', 'distinguish', 'organise', 'examine'],
      de: ['analysieren', 'differenzieren', 'unterscheiden', 'gliedern', 'untersuchen'], fr: ['analyser', 'différencier', 'distinguer', 'structurer', 'examiner'], es: ['analizar', 'diferenciar', 'distinguir', 'organizar', 'examinar'],
    },
  },
  {
    level: 5,
    name: { en: 'Evaluate', de: 'Bewerten' },
    meaning: {
      en: 'Make judgements based on criteria and standards',
      de: 'Urteile auf Grundlage von Kriterien und Standards fällen',
    },
    processes: { en: ['checking', 'critiquing'], de: ['prüfen', 'kritisch beurteilen'], fr: ['vérifier', 'critiquer'], es: ['comprobar', 'criticar'] },
    verbs: {
      en: ['evaluate', 'assess', 'judge', 'justify', 'critique'],
      de: ['bewerten', 'beurteilen', 'einschätzen', 'begründen', 'kritisieren'], fr: ['évaluer', 'apprécier', 'juger', 'justifier', 'critiquer'], es: ['evaluar', 'valorar', 'juzgar', 'justificar', 'criticar'],
    },
  },
  {
    level: 6,
    name: { en: 'Create', de: 'Erschaffen' },
    meaning: {
      en: 'Put elements together into a new, coherent whole',
      de: 'Elemente zu einem neuen, stimmigen Ganzen zusammenfügen',
    },
    processes: { en: ['generating', 'planning', 'producing'], de: ['generieren', 'planen', 'produzieren'], fr: ['générer', 'planifier', 'produire'], es: ['generar', 'planificar', 'producir'] },
    verbs: {
      en: ['design', 'develop', 'plan', 'construct', 'produce', 'formulate'],
      de: ['entwerfen', 'entwickeln', 'planen', 'konstruieren', 'herstellen', 'formulieren'], fr: ['concevoir', 'développer', 'planifier', 'construire', 'produire', 'formuler'], es: ['diseñar', 'desarrollar', 'planificar', 'construir', 'producir', 'formular'],
    },
  },
] satisfies BloomLevel[]);

/** Looks up a Bloom level by number; `undefined` outside 1–6. */
export function getBloomLevel(level: number): BloomLevel | undefined {
  return BLOOM_LEVELS.find((l) => l.level === level);
}
