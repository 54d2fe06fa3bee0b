/**
 * Controlled values shared by the canvases, the draft and the exports, with their labels and the
 * identifiers the standards use for them. Kept in one place so that a pick-list in the UI, a label in
 * the printable description and a URI in an export can never disagree.
 */

/** Languages the UI text of this package exists in. Other draft languages fall back to English. */
export const UI_LANGUAGES = ['en', 'de'] as const;
/** A language the labels, hints and printable description are available in. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A label in every UI language. */
export type Label = Readonly<Record<UiLanguage, string>>;

/** Picks the UI language for a content language: German stays German, everything else is English. */
export function uiLanguageFor(language: string): UiLanguage {
  return language === 'de' ? 'de' : 'en';
}

/** Template ids of the canvases this package reads. */
export const TEMPLATE_IDS = ['c3-competences', 'c4-substantive', 'awarding'] as const;
/** One of {@link TEMPLATE_IDS}. */
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** Area ids per template; a note's `areaId` is one of these (or null when it sits outside any area). */
export const AREA_IDS = {
  'c3-competences': ['competences', 'network', 'teaching-methods', 'success-metrics'],
  'c4-substantive': [
    'learning-outcomes',
    'duration-workload',
    'delivery-mode',
    'didactic-methods',
    'prerequisites',
    'assessment',
  ],
  awarding: [
    'awarding-body',
    'quality-assurance',
    'assessment-supervision',
    'stackability',
    'further-information',
  ],
} as const satisfies Record<TemplateId, readonly string[]>;

export const DELIVERY_MODES = ['online', 'blended', 'in-person'] as const;
/** Form of participation (Annex I element 10). */
export type DeliveryMode = (typeof DELIVERY_MODES)[number];

export const LEARNING_SETTINGS = ['formal', 'non-formal'] as const;
/** Learning setting as ELM's learning-setting vocabulary knows it. */
export type LearningSetting = (typeof LEARNING_SETTINGS)[number];

export const ASSESSMENT_TYPES = [
  'written-exam',
  'oral-exam',
  'practical-task',
  'project',
  'portfolio',
  'presentation',
  'peer-assessment',
  'self-assessment',
] as const;
/** Type of assessment (Annex I element 9). */
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

export const QUALITY_ASSURANCE_TYPES = ['internal', 'external', 'accredited'] as const;
/** Type of quality assurance (Annex I element 11). */
export type QualityAssuranceType = (typeof QUALITY_ASSURANCE_TYPES)[number];

/** The three supervision / identity-verification options Annex I lists (optional element). */
export const SUPERVISION_TYPES = ['unsupervised-no-id', 'supervised-no-id', 'supervised-with-id'] as const;
export type SupervisionType = (typeof SUPERVISION_TYPES)[number];

export const STACKABILITY_TYPES = ['stand-alone', 'stackable'] as const;
/** Integration / stackability option (Annex I optional element). */
export type StackabilityType = (typeof STACKABILITY_TYPES)[number];

export const DELIVERY_MODE_LABELS: Readonly<Record<DeliveryMode, Label>> = {
  online: { en: 'Online', de: 'Online' },
  blended: { en: 'Blended', de: 'Blended Learning' },
  'in-person': { en: 'In person', de: 'Präsenz' },
};

export const LEARNING_SETTING_LABELS: Readonly<Record<LearningSetting, Label>> = {
  formal: { en: 'Formal learning', de: 'Formales Lernen' },
  'non-formal': { en: 'Non-formal learning', de: 'Nicht-formales Lernen' },
};

export const ASSESSMENT_TYPE_LABELS: Readonly<Record<AssessmentType, Label>> = {
  'written-exam': { en: 'Written exam', de: 'Schriftliche Prüfung' },
  'oral-exam': { en: 'Oral exam', de: 'Mündliche Prüfung' },
  'practical-task': { en: 'Practical task', de: 'Praktische Aufgabe' },
  project: { en: 'Project', de: 'Projekt' },
  portfolio: { en: 'Portfolio', de: 'Portfolio' },
  presentation: { en: 'Presentation', de: 'Präsentation' },
  'peer-assessment': { en: 'Peer assessment', de: 'Peer-Bewertung' },
  'self-assessment': { en: 'Self-assessment', de: 'Selbstbewertung' },
};

export const QUALITY_ASSURANCE_LABELS: Readonly<Record<QualityAssuranceType, Label>> = {
  internal: { en: 'Internal quality assurance', de: 'Interne Qualitätssicherung' },
  external: { en: 'External quality assurance', de: 'Externe Qualitätssicherung' },
  accredited: { en: 'Accredited by a recognised body', de: 'Akkreditiert durch eine anerkannte Stelle' },
};

export const SUPERVISION_LABELS: Readonly<Record<SupervisionType, Label>> = {
  'unsupervised-no-id': {
    en: 'Unsupervised, without identity verification',
    de: 'Ohne Aufsicht, ohne Identitätsprüfung',
  },
  'supervised-no-id': {
    en: 'Supervised, without identity verification',
    de: 'Mit Aufsicht, ohne Identitätsprüfung',
  },
  'supervised-with-id': {
    en: 'Supervised (online or on site), with identity verification',
    de: 'Mit Aufsicht (online oder vor Ort), mit Identitätsprüfung',
  },
};

export const STACKABILITY_LABELS: Readonly<Record<StackabilityType, Label>> = {
  'stand-alone': { en: 'Stand-alone', de: 'Eigenständig' },
  stackable: { en: 'Stackable', de: 'Kombinierbar (stapelbar)' },
};

/** Bloom's revised taxonomy, cognitive process dimension (Anderson & Krathwohl 2001). */
export const BLOOM_LEVEL_LABELS: Readonly<Record<1 | 2 | 3 | 4 | 5 | 6, Label>> = {
  1: { en: 'Remember', de: 'Erinnern' },
  2: { en: 'Understand', de: 'Verstehen' },
  3: { en: 'Apply', de: 'Anwenden' },
  4: { en: 'Analyse', de: 'Analysieren' },
  5: { en: 'Evaluate', de: 'Bewerten' },
  6: { en: 'Create', de: 'Erschaffen' },
};

/** A Bloom level, 1 (remember) to 6 (create). */
export type BloomLevel = keyof typeof BLOOM_LEVEL_LABELS;

/** The EQF level's machine identifier, e.g. `http://data.europa.eu/snb/eqf/5`. */
export function eqfLevelUri(level: number): string {
  return `http://data.europa.eu/snb/eqf/${level}`;
}

/** A SKOS concept as ELM (EDC JSON-LD) writes it. */
export interface ElmConceptRef {
  readonly id: string;
  readonly scheme: string;
  readonly prefLabel: string;
}

/** Concept schemes of the Europass controlled vocabularies used by the ELM export. */
export const ELM_SCHEMES = {
  eqf: 'http://data.europa.eu/snb/eqf/25831c2',
  learningAssessment: 'http://data.europa.eu/snb/learning-assessment/25831c2',
  learningSetting: 'http://data.europa.eu/snb/learning-setting/25831c2',
  educationCredit: 'http://data.europa.eu/snb/education-credit/25831c2',
  supervisionVerification: 'http://data.europa.eu/snb/supervision-verification/25831c2',
  country: 'http://publications.europa.eu/resource/authority/country',
  language: 'http://publications.europa.eu/resource/authority/language',
} as const;

/**
 * Mode of learning and assessment. ELM v3 takes `mode` from the "learning-assessment" scheme (the
 * Commission's Annex-I micro-credential sample uses it for both the specification and the assessment);
 * an in-person offer is the scheme's "Presential" concept.
 */
export const ELM_MODE_CONCEPTS: Readonly<Record<DeliveryMode, ElmConceptRef>> = {
  online: {
    id: 'http://data.europa.eu/snb/learning-assessment/920fbb3cbe',
    scheme: ELM_SCHEMES.learningAssessment,
    prefLabel: 'Online',
  },
  blended: {
    id: 'http://data.europa.eu/snb/learning-assessment/e92d221e4d',
    scheme: ELM_SCHEMES.learningAssessment,
    prefLabel: 'Blended',
  },
  'in-person': {
    id: 'http://data.europa.eu/snb/learning-assessment/9191af2ed9',
    scheme: ELM_SCHEMES.learningAssessment,
    prefLabel: 'Presential',
  },
};

export const ELM_LEARNING_SETTING_CONCEPTS: Readonly<Record<LearningSetting, ElmConceptRef>> = {
  formal: {
    id: 'http://data.europa.eu/snb/learning-setting/6fd4685715',
    scheme: ELM_SCHEMES.learningSetting,
    prefLabel: 'formal learning',
  },
  'non-formal': {
    id: 'http://data.europa.eu/snb/learning-setting/e207a81fc7',
    scheme: ELM_SCHEMES.learningSetting,
    prefLabel: 'non-formal learning',
  },
};

/** The ECTS concept of the education-credit scheme, the `framework` of an ELM `CreditPoint`. */
export const ELM_ECTS_CONCEPT: ElmConceptRef = {
  id: 'http://data.europa.eu/snb/education-credit/6fcec5c5af',
  scheme: ELM_SCHEMES.educationCredit,
  prefLabel: 'European Credit Transfer System',
};

/**
 * Country codes accepted on the awarding canvas: ISO 3166-1 alpha-2 → the EU authority table's code
 * (alpha-3). Limited to Europe plus a few frequent partners because the Recommendation addresses
 * European providers; extend the table to accept more.
 */
export const COUNTRY_ALPHA3: Readonly<Record<string, string>> = {
  AL: 'ALB', AD: 'AND', AM: 'ARM', AT: 'AUT', AZ: 'AZE', BA: 'BIH', BE: 'BEL', BG: 'BGR', BY: 'BLR',
  CH: 'CHE', CY: 'CYP', CZ: 'CZE', DE: 'DEU', DK: 'DNK', EE: 'EST', ES: 'ESP', FI: 'FIN', FR: 'FRA',
  GB: 'GBR', GE: 'GEO', GR: 'GRC', HR: 'HRV', HU: 'HUN', IE: 'IRL', IS: 'ISL', IT: 'ITA', LI: 'LIE',
  LT: 'LTU', LU: 'LUX', LV: 'LVA', MC: 'MCO', MD: 'MDA', ME: 'MNE', MK: 'MKD', MT: 'MLT', NL: 'NLD',
  NO: 'NOR', PL: 'POL', PT: 'PRT', RO: 'ROU', RS: 'SRB', SE: 'SWE', SI: 'SVN', SK: 'SVK', SM: 'SMR',
  TR: 'TUR', UA: 'UKR', VA: 'VAT', XK: 'XKX', US: 'USA', CA: 'CAN', AU: 'AUS', NZ: 'NZL', JP: 'JPN',
};

/** The EU authority URI of a country, e.g. `DE` → `http://publications.europa.eu/resource/authority/country/DEU`. */
export function countryUri(alpha2: string): string | undefined {
  const alpha3 = COUNTRY_ALPHA3[alpha2];
  return alpha3 === undefined ? undefined : `${ELM_SCHEMES.country}/${alpha3}`;
}

/** A country's name in a language, from the runtime's CLDR data (no table to keep up to date). */
export function countryName(alpha2: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'region' }).of(alpha2) ?? alpha2;
  } catch {
    return alpha2;
  }
}

/**
 * Content languages a draft may be written in: ISO 639-1 → EU authority language code. The 24 official
 * EU languages plus Norwegian, Icelandic and Turkish.
 */
export const LANGUAGE_ALPHA3: Readonly<Record<string, string>> = {
  bg: 'BUL', cs: 'CES', da: 'DAN', de: 'DEU', el: 'ELL', en: 'ENG', es: 'SPA', et: 'EST', fi: 'FIN',
  fr: 'FRA', ga: 'GLE', hr: 'HRV', hu: 'HUN', it: 'ITA', lt: 'LIT', lv: 'LAV', mt: 'MLT', nl: 'NLD',
  pl: 'POL', pt: 'POR', ro: 'RON', sk: 'SLK', sl: 'SLV', sv: 'SWE', no: 'NOR', is: 'ISL', tr: 'TUR',
};

/** The EU authority URI of a language, e.g. `en` → `http://publications.europa.eu/resource/authority/language/ENG`. */
export function languageUri(language: string): string | undefined {
  const code = LANGUAGE_ALPHA3[language];
  return code === undefined ? undefined : `${ELM_SCHEMES.language}/${code}`;
}

/** A language's English name, used as the ELM concept's label. */
export function languageName(language: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}
