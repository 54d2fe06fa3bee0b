import {
  ASSESSMENT_METHODS,
  ASSESSORS as ASSESSOR_ENTRIES,
  COUNTRY_ALPHA3,
  EUROPASS_SCHEMES,
  ISCED_F_FIELDS,
  LANGUAGE_ALPHA3,
  LEARNING_OPPORTUNITY_TYPES as LEARNING_OPPORTUNITY_ENTRIES,
  QF_EHEA_CYCLES,
  WORK_BASED_LEARNING,
  WORK_BASED_MODE_URI,
  iscedFUri,
  type VocabularyEntry,
} from '@canvas/templates';

export { COUNTRY_ALPHA3, LANGUAGE_ALPHA3 };

/**
 * Controlled values shared by the canvases, the draft and the exports, with their labels and the
 * identifiers the standards use for them. Kept in one place so that a pick-list in the UI, a label in
 * the printable description and a URI in an export can never disagree.
 */

/** Languages the UI text of this package exists in. Other draft languages fall back to English. */
export const UI_LANGUAGES = ['en', 'de'] as const;
/** A language the labels, hints and printable description are available in. */
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** A label in every UI language; the checklist's hints and the Europass checks also in French and Spanish. */
export type Label = Readonly<Record<UiLanguage, string>> & { readonly fr?: string; readonly es?: string };

/** Picks the UI language for a content language: German stays German, everything else is English. */
export function uiLanguageFor(language: string): UiLanguage {
  return language === 'de' ? 'de' : 'en';
}

/**
 * Languages the on-screen checks (the Annex I checklist's names and hints, the Europass checks) speak.
 * Their values and warnings, and the printable description, come in English or German.
 */
export type ScreenLanguage = 'en' | 'de' | 'fr' | 'es';

export function screenLanguageFor(language: string): ScreenLanguage {
  return language === 'de' || language === 'fr' || language === 'es' ? language : 'en';
}

/** A label in a screen language, English where it has none. */
export function say(label: Label, lang: ScreenLanguage): string {
  return label[lang] ?? label.en;
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

/**
 * Type of assessment (Annex I element 9): the Europass assessment types the C4 canvas offers. The
 * values and labels come from `@canvas/templates` (`ASSESSMENT_METHODS`); a test keeps this tuple
 * equal to the canvas options.
 */
export const ASSESSMENT_TYPES = [
  'written-examination',
  'oral-examination',
  'quiz',
  'practical-assessment',
  'project-work',
  'portfolio',
  'artefact-assessment',
  'marked-assignment',
  'group-performance',
  'continuous-evaluation',
  'problem-based-learning',
] as const;
export type AssessmentType = (typeof ASSESSMENT_TYPES)[number];

/** Who assesses: kept apart from the type of assessment. */
export const ASSESSORS = ['trainer', 'external-examiner', 'workplace', 'peers', 'self'] as const;
export type Assessor = (typeof ASSESSORS)[number];

/** How much of the learning happens at a workplace. */
export const WORK_BASED_LEARNING_VALUES = ['none', 'partly', 'mainly'] as const;
export type WorkBasedLearning = (typeof WORK_BASED_LEARNING_VALUES)[number];

/** QF-EHEA cycles. */
export const QF_EHEA_CYCLE_VALUES = ['short-cycle', 'first-cycle', 'second-cycle', 'third-cycle'] as const;
export type QfEheaCycle = (typeof QF_EHEA_CYCLE_VALUES)[number];

/** Europass types of learning opportunity. */
export const LEARNING_OPPORTUNITY_TYPES = [
  'short-learning-programme',
  'course',
  'programme-module',
  'mooc',
  'apprenticeship',
  'internship',
  'mentoring',
  'educational-programme',
  'class',
  'challenge',
  'service-learning',
  'study-visit',
  'thesis',
] as const;
export type LearningOpportunityType = (typeof LEARNING_OPPORTUNITY_TYPES)[number];

/** ISCED-F 2013 narrow-field codes the C4 canvas offers. */
export const ISCED_F_CODES = ISCED_F_FIELDS.map((field) => field.code) as unknown as readonly [string, ...string[]];

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

/** The labels of a vocabulary taken from the canvas template, keyed by value. */
function labelsOf<V extends string>(entries: readonly VocabularyEntry[]): Readonly<Record<V, Label>> {
  return Object.fromEntries(entries.map((entry) => [entry.value, { en: entry.label.en, de: entry.label.de ?? entry.label.en }])) as Record<V, Label>;
}

export const ASSESSMENT_TYPE_LABELS = labelsOf<AssessmentType>(ASSESSMENT_METHODS);
export const ASSESSOR_LABELS = labelsOf<Assessor>(ASSESSOR_ENTRIES);
export const WORK_BASED_LEARNING_LABELS = labelsOf<WorkBasedLearning>(WORK_BASED_LEARNING);
export const QF_EHEA_CYCLE_LABELS = labelsOf<QfEheaCycle>(QF_EHEA_CYCLES);
export const LEARNING_OPPORTUNITY_TYPE_LABELS = labelsOf<LearningOpportunityType>(LEARNING_OPPORTUNITY_ENTRIES);

/** The EQF level a QF-EHEA cycle corresponds to (EQF Recommendation 2017, Annex III). */
export function eqfLevelOfCycle(cycle: QfEheaCycle): number {
  return QF_EHEA_CYCLES.find((entry) => entry.value === cycle)!.eqfLevel;
}

/** The ISCED-F 2013 name of a narrow field in a UI language. */
export function iscedFieldLabel(code: string, lang: UiLanguage): string {
  const field = ISCED_F_FIELDS.find((entry) => entry.code === code);
  return field === undefined ? code : (field.label[lang] ?? field.label.en);
}

export const QUALITY_ASSURANCE_LABELS: Readonly<Record<QualityAssuranceType, Label>> = {
  internal: { en: 'Internal quality assurance', de: 'Interne Qualitätssicherung' },
  external: { en: 'External quality assurance', de: 'Externe Qualitätssicherung' },
  accredited: { en: 'Accredited by a recognised body', de: 'Akkreditiert durch eine anerkannte Stelle' },
};

/** Worded as the three options Annex I lists. */
export const SUPERVISION_LABELS: Readonly<Record<SupervisionType, Label>> = {
  'unsupervised-no-id': {
    en: 'Unsupervised, with no identity verification',
    de: 'Ohne Beaufsichtigung, ohne Identitätsprüfung',
  },
  'supervised-no-id': {
    en: 'Supervised, with no identity verification',
    de: 'Mit Beaufsichtigung, ohne Identitätsprüfung',
  },
  'supervised-with-id': {
    en: 'Supervised online or onsite, with identity verification',
    de: 'Mit Beaufsichtigung online oder vor Ort, mit Identitätsprüfung',
  },
};

/** Worded as the options Annex I lists. */
export const STACKABILITY_LABELS: Readonly<Record<StackabilityType, Label>> = {
  'stand-alone': { en: 'Stand-alone, independent micro-credential', de: 'Eigenständiges, unabhängiges Microcredential' },
  stackable: { en: 'Integrated, stackable towards another credential', de: 'Integriert, kombinierbar zu einem anderen Nachweis' },
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
  learningOpportunity: EUROPASS_SCHEMES.learningOpportunity,
  assessment: EUROPASS_SCHEMES.assessment,
  iscedF: EUROPASS_SCHEMES.iscedF,
  qdr: 'http://data.europa.eu/snb/qdr/25831c2',
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

/** The EU authority URI of a language, e.g. `en` → `http://publications.europa.eu/resource/authority/language/ENG`. */
export function languageUri(language: string): string | undefined {
  const code = LANGUAGE_ALPHA3[language];
  return code === undefined ? undefined : `${ELM_SCHEMES.language}/${code}`;
}

/** A language's name in a UI language, e.g. `fr` → "Französisch" in German. */
export function languageNameIn(language: string, lang: UiLanguage): string {
  try {
    return new Intl.DisplayNames([lang], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** A language's English name, used as the ELM concept's label. */
export function languageName(language: string): string {
  try {
    return new Intl.DisplayNames(['en'], { type: 'language' }).of(language) ?? language;
  } catch {
    return language;
  }
}

/** The Europass "Workbased" mode, added to `mode` when part of the learning happens at a workplace. */
export const ELM_WORK_BASED_CONCEPT: ElmConceptRef = {
  id: WORK_BASED_MODE_URI,
  scheme: ELM_SCHEMES.learningAssessment,
  prefLabel: 'Workbased',
};

/** The Europass concept of an assessment type (scheme `assessment`), labelled in English. */
export function elmAssessmentConcept(type: AssessmentType): ElmConceptRef {
  const entry = ASSESSMENT_METHODS.find((method) => method.value === type)!;
  return { id: entry.uri!, scheme: ELM_SCHEMES.assessment, prefLabel: entry.label.en };
}

/** The Europass "peer assessment" concept, for the assessment by peers. */
export function elmPeerAssessmentConcept(): ElmConceptRef {
  const entry = ASSESSOR_ENTRIES.find((assessor) => assessor.value === 'peers')!;
  return { id: entry.uri!, scheme: ELM_SCHEMES.assessment, prefLabel: 'peer assessment' };
}

/** The Europass concept of a learning-opportunity type. */
export function elmLearningOpportunityConcept(type: LearningOpportunityType): ElmConceptRef {
  const entry = LEARNING_OPPORTUNITY_ENTRIES.find((candidate) => candidate.value === type)!;
  return { id: entry.uri!, scheme: ELM_SCHEMES.learningOpportunity, prefLabel: entry.label.en };
}

/** The Europass ISCED-F concept of a narrow field. */
export function elmIscedConcept(code: string): ElmConceptRef {
  return { id: iscedFUri(code), scheme: ELM_SCHEMES.iscedF, prefLabel: iscedFieldLabel(code, 'en') };
}
