import { z } from 'zod';
import {
  ASSESSMENT_TYPES,
  ASSESSORS,
  COUNTRY_ALPHA3,
  DELIVERY_MODES,
  ISCED_F_CODES,
  LANGUAGE_ALPHA3,
  LEARNING_OPPORTUNITY_TYPES,
  LEARNING_SETTINGS,
  QF_EHEA_CYCLE_VALUES,
  QUALITY_ASSURANCE_TYPES,
  STACKABILITY_TYPES,
  SUPERVISION_TYPES,
  WORK_BASED_LEARNING_VALUES,
} from './vocabulary.js';

/**
 * One sticky note as the app hands it over. `areaId` is null for a note that sits outside every area
 * of the template (a "parking lot" note); such notes are not mapped.
 */
export const CanvasNote = z.object({
  areaId: z.string().nullable(),
  text: z.string(),
  /** Bloom level 1–6 from the note's `meta.bloomLevel`. */
  bloomLevel: z.number().int().min(1).max(6).optional(),
  /** EQF level 1–8 from the note's `meta.eqfLevel`. */
  eqfLevel: z.number().int().min(1).max(8).optional(),
});
/** One sticky note, see {@link CanvasNote}. */
export type CanvasNote = z.infer<typeof CanvasNote>;

/**
 * The content of one canvas: its notes and its structured fields. Fields stay `unknown` here on
 * purpose: a stored board may hold a value the UI refused or an older app wrote; `draftFromCanvas`
 * checks each one with {@link validateField} and reports the bad ones instead of failing the export.
 */
export const TemplateContent = z.object({
  notes: z.array(CanvasNote).default([]),
  fields: z.record(z.string(), z.unknown()).default({}),
});
export type TemplateContent = z.infer<typeof TemplateContent>;

/** A group's canvases, keyed by template id; a canvas the group has not opened is simply missing. */
export const CanvasContent = z.object({
  'c3-competences': TemplateContent.optional(),
  'c4-substantive': TemplateContent.optional(),
  awarding: TemplateContent.optional(),
});
export type CanvasContent = z.infer<typeof CanvasContent>;

/** Turns a numeric string from an input element into a number; anything else passes unchanged. */
function numberFromInput(value: unknown): unknown {
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value.trim()))) {
    return Number(value.trim());
  }
  return value;
}

/** Trims text so that "   " counts as empty everywhere. */
function trimmed(value: unknown): unknown {
  return typeof value === 'string' ? value.trim() : value;
}

function choice<T extends readonly [string, ...string[]]>(values: T, what: string) {
  return z.enum(values, { error: `${what} must be one of: ${values.join(', ')}` });
}

/** Optional free text: empty means "cleared", which is allowed. */
function optionalText(what: string, max: number) {
  return z.preprocess(
    trimmed,
    z.string({ error: `${what} must be text` }).max(max, { error: `${what} must be at most ${max} characters` }),
  );
}

const EQF_MESSAGE = 'EQF level must be a whole number from 1 to 8';
const ECTS_MESSAGE = 'ECTS credits must be a number greater than 0 and at most 60 (0 is no workload)';
const WORKLOAD_MESSAGE = 'Workload must be a number of hours, at least 1';
const COUNTRY_MESSAGE = 'Each country must be a two-letter ISO 3166-1 code of a supported country, such as DE';
const LANGUAGE_MESSAGE = 'Each language must be a two-letter ISO 639-1 code of a supported language, such as de';
const QDR_MESSAGE = 'The NQF identifier must be a Europass QDR address such as http://data.europa.eu/snb/qdr/c_c392e7a2';
/** An NQF level in the Europass Qualifications Dataset Register. */
export const QDR_LEVEL = /^http:\/\/data\.europa\.eu\/snb\/qdr\/[A-Za-z0-9_-]+$/u;
const URL_MESSAGE = 'The web page must be a full address starting with https:// or http://';

/** A list of choices from a fixed set; repeats are dropped because a ticked list cannot hold them twice. */
function choices<T extends readonly [string, ...string[]]>(values: T, each: string, what: string) {
  return z
    .array(choice(values, each), { error: `${what} must be a list` })
    .transform((picked) => [...new Set(picked)]);
}

/** A list of texts (a single text counts as one entry); blanks and repeats are dropped. */
function textList(what: string, max: number, maxItems: number) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? [value] : value),
    z
      .array(z.string({ error: `Each ${what} must be text` }), { error: `${what} must be a list` })
      .transform((entries) => [...new Set(entries.map((entry) => entry.trim()).filter((entry) => entry !== ''))])
      .pipe(
        z
          .array(z.string().max(max, { error: `Each ${what} must be at most ${max} characters` }))
          .max(maxItems, { error: `At most ${maxItems} ${what} entries` }),
      ),
  );
}

/**
 * The zod schema of every structured field on the C4 and awarding canvases (template version 2),
 * keyed by field id. Each schema carries the plain-language message the UI shows next to the field.
 */
export const FIELD_SCHEMAS = {
  // C4 "substantive elements"
  title: z.preprocess(
    trimmed,
    z
      .string({ error: 'Title must be text' })
      .min(1, { error: 'Title must not be empty' })
      .max(200, { error: 'Title must be at most 200 characters' }),
  ),
  learningOpportunityType: choice(LEARNING_OPPORTUNITY_TYPES, 'Type of learning opportunity'),
  iscedField: z.preprocess(trimmed, choice(ISCED_F_CODES, 'Field of education (ISCED-F)')),
  eqfLevel: z.preprocess(
    numberFromInput,
    z.number({ error: EQF_MESSAGE }).int({ error: EQF_MESSAGE }).min(1, { error: EQF_MESSAGE }).max(8, { error: EQF_MESSAGE }),
  ),
  nqfLevel: optionalText('NQF level', 100),
  nqfLevelId: z.preprocess(
    trimmed,
    z
      .string({ error: QDR_MESSAGE })
      .refine((value) => value === '' || QDR_LEVEL.test(value), { error: QDR_MESSAGE }),
  ),
  qfEheaCycle: choice(QF_EHEA_CYCLE_VALUES, 'QF-EHEA cycle'),
  ects: z.preprocess(
    numberFromInput,
    z.number({ error: ECTS_MESSAGE }).gt(0, { error: ECTS_MESSAGE }).max(60, { error: ECTS_MESSAGE }),
  ),
  workloadHours: z.preprocess(
    numberFromInput,
    z.number({ error: WORKLOAD_MESSAGE }).min(1, { error: WORKLOAD_MESSAGE }).max(10_000, { error: WORKLOAD_MESSAGE }),
  ),
  deliveryMode: choice(DELIVERY_MODES, 'Form of participation'),
  workBasedLearning: choice(WORK_BASED_LEARNING_VALUES, 'Work-based learning'),
  learningSetting: choice(LEARNING_SETTINGS, 'Learning setting'),
  languages: z
    .array(
      z.preprocess(
        (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
        z.string({ error: LANGUAGE_MESSAGE }).refine((code) => Object.hasOwn(LANGUAGE_ALPHA3, code), { error: LANGUAGE_MESSAGE }),
      ),
      { error: 'Languages of instruction must be a list' },
    )
    .transform((codes) => [...new Set(codes)]),
  assessmentType: choices(ASSESSMENT_TYPES, 'Each type of assessment', 'Types of assessment'),
  assessors: choices(ASSESSORS, 'Each assessor', 'Who assesses'),
  gradingScheme: optionalText('How results are graded', 1000),
  prerequisites: optionalText('Prerequisites', 2000),
  // Awarding canvas
  awardingBodies: textList('awarding body', 300, 10),
  issuer: optionalText('Issuer', 300),
  issuerCountries: z
    .array(
      z.preprocess(
        (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
        z.string({ error: COUNTRY_MESSAGE }).refine((code) => Object.hasOwn(COUNTRY_ALPHA3, code), { error: COUNTRY_MESSAGE }),
      ),
      { error: 'Countries of the issuer must be a list' },
    )
    .transform((codes) => [...new Set(codes)]),
  issuerRegion: optionalText('Region of the issuer', 200),
  homepage: z.preprocess(
    trimmed,
    z
      .string({ error: URL_MESSAGE })
      .max(500, { error: 'The web page address must be at most 500 characters' })
      .refine((value) => value === '' || isWebAddress(value), { error: URL_MESSAGE }),
  ),
  qualityAssurance: choice(QUALITY_ASSURANCE_TYPES, 'Quality assurance'),
  qualityAssuranceNote: optionalText('Quality assurance note', 2000),
  supervision: choice(SUPERVISION_TYPES, 'Supervision and identity verification'),
  stackability: choice(STACKABILITY_TYPES, 'Stackability'),
  stackableTowards: optionalText('Stackable towards', 500),
  furtherInformation: optionalText('Further information', 2000),
} as const;

/** True for an absolute http(s) URL without spaces (what Europass accepts as a homepage). */
function isWebAddress(value: string): boolean {
  if (/\s/u.test(value)) return false;
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Id of a structured field, see {@link FIELD_SCHEMAS}. */
export type FieldId = keyof typeof FIELD_SCHEMAS;
/** The checked (normalised) value type of a field. */
export type FieldValue<F extends FieldId> = z.output<(typeof FIELD_SCHEMAS)[F]>;

/** Which canvas holds which field; used by the mapping and by hints that send people to a canvas. */
export const FIELD_TEMPLATE: Readonly<Record<FieldId, 'c4-substantive' | 'awarding'>> = {
  title: 'c4-substantive',
  learningOpportunityType: 'c4-substantive',
  iscedField: 'c4-substantive',
  eqfLevel: 'c4-substantive',
  nqfLevel: 'c4-substantive',
  nqfLevelId: 'c4-substantive',
  qfEheaCycle: 'c4-substantive',
  ects: 'c4-substantive',
  workloadHours: 'c4-substantive',
  deliveryMode: 'c4-substantive',
  workBasedLearning: 'c4-substantive',
  learningSetting: 'c4-substantive',
  languages: 'c4-substantive',
  assessmentType: 'c4-substantive',
  assessors: 'c4-substantive',
  gradingScheme: 'c4-substantive',
  prerequisites: 'c4-substantive',
  awardingBodies: 'awarding',
  issuer: 'awarding',
  issuerCountries: 'awarding',
  issuerRegion: 'awarding',
  homepage: 'awarding',
  qualityAssurance: 'awarding',
  qualityAssuranceNote: 'awarding',
  supervision: 'awarding',
  stackability: 'awarding',
  stackableTowards: 'awarding',
  furtherInformation: 'awarding',
};

/** Result of {@link validateField}. */
export type FieldValidation<F extends FieldId = FieldId> =
  | { ok: true; value: FieldValue<F> }
  | { ok: false; message: string };

/** True when `id` names a structured field this package knows. */
export function isFieldId(id: string): id is FieldId {
  return Object.hasOwn(FIELD_SCHEMAS, id);
}

/**
 * Checks one field value where it is entered. Returns the normalised value (trimmed text, numbers from
 * numeric strings, upper-case country codes, de-duplicated choices) or a message written for the
 * workshop participant, e.g. "EQF level must be a whole number from 1 to 8".
 */
export function validateField<F extends FieldId>(fieldId: F, value: unknown): FieldValidation<F>;
export function validateField(fieldId: string, value: unknown): FieldValidation;
export function validateField(fieldId: string, value: unknown): FieldValidation {
  if (!isFieldId(fieldId)) return { ok: false, message: `Unknown field "${fieldId}"` };
  const result = FIELD_SCHEMAS[fieldId].safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? 'This value is not valid' };
}
