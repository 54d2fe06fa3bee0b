import { z } from 'zod';
import {
  ASSESSMENT_TYPES,
  COUNTRY_ALPHA3,
  DELIVERY_MODES,
  LEARNING_SETTINGS,
  QUALITY_ASSURANCE_TYPES,
  STACKABILITY_TYPES,
  SUPERVISION_TYPES,
} from './vocabulary.js';

/**
 * One sticky note as the app hands it over. `areaId` is null for a note that sits outside every area
 * of the template (a "parking lot" note); such notes are not mapped.
 */
export const CanvasNote = z.object({
  areaId: z.string().nullable(),
  text: z.string(),
  /** Bloom level 1–6, set on notes in the C3 `competences` area (allowed anywhere, used there). */
  bloomLevel: z.number().int().min(1).max(6).optional(),
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
const ECTS_MESSAGE = 'ECTS credits must be a number from 0 to 60';
const WORKLOAD_MESSAGE = 'Workload must be a number of hours, at least 1';
const COUNTRY_MESSAGE = 'Country must be a two-letter ISO 3166-1 code of a supported country, such as DE';

/**
 * The zod schema of every structured field on the C4 and awarding canvases, keyed by field id.
 * Each schema carries the plain-language message the UI shows next to the field.
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
  eqfLevel: z.preprocess(
    numberFromInput,
    z.number({ error: EQF_MESSAGE }).int({ error: EQF_MESSAGE }).min(1, { error: EQF_MESSAGE }).max(8, { error: EQF_MESSAGE }),
  ),
  ects: z.preprocess(
    numberFromInput,
    z.number({ error: ECTS_MESSAGE }).min(0, { error: ECTS_MESSAGE }).max(60, { error: ECTS_MESSAGE }),
  ),
  workloadHours: z.preprocess(
    numberFromInput,
    z.number({ error: WORKLOAD_MESSAGE }).min(1, { error: WORKLOAD_MESSAGE }).max(10_000, { error: WORKLOAD_MESSAGE }),
  ),
  deliveryMode: choice(DELIVERY_MODES, 'Mode of delivery'),
  learningSetting: choice(LEARNING_SETTINGS, 'Learning setting'),
  assessmentType: z
    .array(choice(ASSESSMENT_TYPES, 'Each assessment type'), { error: 'Assessment types must be a list' })
    // A ticked checkbox list cannot hold the same entry twice; drop repeats instead of refusing them.
    .transform((types) => [...new Set(types)]),
  prerequisites: optionalText('Prerequisites', 2000),
  // Awarding canvas
  awardingBody: optionalText('Awarding body', 300),
  country: z.preprocess(
    (value) => (typeof value === 'string' ? value.trim().toUpperCase() : value),
    z.string({ error: COUNTRY_MESSAGE }).refine((code) => code in COUNTRY_ALPHA3, { error: COUNTRY_MESSAGE }),
  ),
  qualityAssurance: choice(QUALITY_ASSURANCE_TYPES, 'Quality assurance'),
  qualityAssuranceNote: optionalText('Quality assurance note', 2000),
  supervision: choice(SUPERVISION_TYPES, 'Supervision and identity verification'),
  stackability: choice(STACKABILITY_TYPES, 'Stackability'),
  stackableTowards: optionalText('Stackable towards', 500),
  furtherInformation: optionalText('Further information', 2000),
} as const;

/** Id of a structured field, see {@link FIELD_SCHEMAS}. */
export type FieldId = keyof typeof FIELD_SCHEMAS;
/** The checked (normalised) value type of a field. */
export type FieldValue<F extends FieldId> = z.output<(typeof FIELD_SCHEMAS)[F]>;

/** Which canvas holds which field; used by the mapping and by hints that send people to a canvas. */
export const FIELD_TEMPLATE: Readonly<Record<FieldId, 'c4-substantive' | 'awarding'>> = {
  title: 'c4-substantive',
  eqfLevel: 'c4-substantive',
  ects: 'c4-substantive',
  workloadHours: 'c4-substantive',
  deliveryMode: 'c4-substantive',
  learningSetting: 'c4-substantive',
  assessmentType: 'c4-substantive',
  prerequisites: 'c4-substantive',
  awardingBody: 'awarding',
  country: 'awarding',
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
 * numeric strings, upper-case country code, de-duplicated assessment types) or a message written for
 * the workshop participant, e.g. "EQF level must be a whole number from 1 to 8".
 */
export function validateField<F extends FieldId>(fieldId: F, value: unknown): FieldValidation<F>;
export function validateField(fieldId: string, value: unknown): FieldValidation;
export function validateField(fieldId: string, value: unknown): FieldValidation {
  if (!isFieldId(fieldId)) return { ok: false, message: `Unknown field "${fieldId}"` };
  const result = FIELD_SCHEMAS[fieldId].safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: result.error.issues[0]?.message ?? 'This value is not valid' };
}
