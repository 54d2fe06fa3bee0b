import * as z from 'zod';
import { LocalizedTextSchema } from './localized.js';

/** The template format version this build reads and writes (SPEC T1.1). */
export const TEMPLATE_SCHEMA_VERSION = 1;

/** Kebab-case, as used for template and area ids: they appear in URLs, CSV columns and file names. */
const KEBAB_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Field ids are identifiers (camelCase allowed) because apps use them as form keys. */
const FIELD_ID = /^[A-Za-z][A-Za-z0-9_-]*$/;
/** "1", "1.0", "1.0.0", "1.0.0-beta.1": loose enough for hand-written files, strict enough to compare. */
const VERSION = /^\d+(?:\.\d+){0,2}(?:-[0-9A-Za-z.-]+)?$/;

/** tldraw's sticky-note / shape colour names, so an area colour can be applied to notes as-is. */
export const NOTE_COLORS = [
  'black',
  'grey',
  'light-violet',
  'violet',
  'blue',
  'light-blue',
  'yellow',
  'orange',
  'green',
  'light-green',
  'light-red',
  'red',
  'white',
] as const;

/** What an area is meant to hold: sticky notes, free text shapes, or either. */
export const AREA_ACCEPTS = ['notes', 'text', 'any'] as const;

/** Structured field kinds a template can declare (SPEC T1.6). */
export const FIELD_KINDS = ['text', 'number', 'select', 'multiselect', 'list'] as const;

/** Template kinds: one board per group, or one board the whole workshop writes on. */
export const TEMPLATE_KINDS = ['group', 'workshop-wide'] as const;

const positive = (what: string) => z.number().positive({ error: `${what} must be greater than 0` });
const nonNegative = (what: string) => z.number().min(0, { error: `${what} must not be negative` });

/** Frame size in page units; the frame's top-left corner is the template's origin (0, 0). */
export const FrameSchema = z.strictObject({ w: positive('Frame width'), h: positive('Frame height') });

/** A rectangle in template coordinates (page units, relative to the frame's top-left corner). */
export const RectSchema = z.strictObject({
  x: nonNegative('x'),
  y: nonNegative('y'),
  w: positive('Width'),
  h: positive('Height'),
});

/** One region of the canvas worksheet, with the guiding questions printed in it. */
export const TemplateAreaSchema = z.strictObject({
  id: z.string().regex(KEBAB_ID, { error: 'Area id must be kebab-case (a-z, 0-9, single dashes)' }),
  label: LocalizedTextSchema,
  questions: z.array(LocalizedTextSchema),
  rect: RectSchema,
  accepts: z.enum(AREA_ACCEPTS, {
    error: (iss) => `Unknown area content ${JSON.stringify(iss.input)}; expected one of ${AREA_ACCEPTS.join(', ')}`,
  }),
  color: z
    .enum(NOTE_COLORS, {
      error: (iss) => `Unknown colour ${JSON.stringify(iss.input)}; expected a tldraw colour (${NOTE_COLORS.join(', ')})`,
    })
    .optional(),
  /** Notes in this area carry a Bloom level and an EQF level (competences, learning outcomes; SPEC L1). */
  levels: z.boolean().optional(),
});

/** A choice in a select or multiselect field. `value` is what gets stored and exported. */
export const FieldOptionSchema = z.strictObject({
  value: z.string().min(1, { error: 'Option value must not be empty' }),
  label: LocalizedTextSchema,
});

/**
 * A structured field filled next to the board (a form, not sticky notes).
 * One object shape for all kinds keeps the JSON format flat; kind-specific rules are checked in
 * {@link TemplateSchema} (SPEC T1.6).
 */
export const TemplateFieldSchema = z.strictObject({
  id: z.string().regex(FIELD_ID, { error: 'Field id must start with a letter and use letters, digits, _ or -' }),
  label: LocalizedTextSchema,
  kind: z.enum(FIELD_KINDS, {
    error: (iss) => `Unknown field kind ${JSON.stringify(iss.input)}; expected one of ${FIELD_KINDS.join(', ')}`,
  }),
  options: z.array(FieldOptionSchema).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  step: z.number().positive({ error: 'step must be greater than 0' }).optional(),
  unit: LocalizedTextSchema.optional(),
  /** A regular expression (JavaScript syntax, whole value) for text fields and each entry of a list. */
  pattern: z.string().optional(),
  /** The most entries a `list` field holds (SPEC T1.6). */
  maxItems: z.int({ error: 'maxItems must be a whole number' }).min(1, { error: 'maxItems must be at least 1' }).optional(),
  help: LocalizedTextSchema.optional(),
});

/** One note of the mentor's solution, to be placed into `areaId` when the mentor reveals it. */
export const SolutionNoteSchema = z.strictObject({ areaId: z.string(), text: LocalizedTextSchema });

/** The mentor's solution for "fill the empty outline" activities. */
export const SolutionSchema = z.strictObject({ notes: z.array(SolutionNoteSchema) });

const TemplateBaseSchema = z.strictObject({
  schemaVersion: z.literal(TEMPLATE_SCHEMA_VERSION, {
    error: (iss) =>
      `Unsupported schemaVersion ${JSON.stringify(iss.input)}; this build reads version ${TEMPLATE_SCHEMA_VERSION}`,
  }),
  id: z.string().regex(KEBAB_ID, { error: 'Template id must be kebab-case (a-z, 0-9, single dashes)' }),
  version: z.string().regex(VERSION, { error: 'version must look like 1, 1.2 or 1.2.3 (optionally -suffix)' }),
  title: LocalizedTextSchema,
  unit: z.string().min(1, { error: 'unit must not be empty' }),
  activity: LocalizedTextSchema,
  durationMinutes: z.int({ error: 'durationMinutes must be a whole number' }).min(1).max(24 * 60),
  instructions: LocalizedTextSchema,
  kind: z.enum(TEMPLATE_KINDS, {
    error: (iss) => `Unknown template kind ${JSON.stringify(iss.input)}; expected one of ${TEMPLATE_KINDS.join(', ')}`,
  }),
  frame: FrameSchema,
  areas: z.array(TemplateAreaSchema).min(1, { error: 'A template needs at least one area' }),
  fields: z.array(TemplateFieldSchema).optional(),
  solution: SolutionSchema.optional(),
  method: z
    .strictObject({
      /** SPEC T1.10: the activity starts with individual writing (each person alone, then reveal). */
      individualWriting: z.boolean().optional(),
      /** SPEC T1.10: the dot-vote the console offers for this activity. */
      vote: z.strictObject({ dots: z.int().min(1).max(10), scope: z.enum(['group', 'workshop']).optional() }).optional(),
    })
    .optional(),
});

type TemplateBase = z.infer<typeof TemplateBaseSchema>;
type Ctx = z.core.$RefinementCtx<TemplateBase>;

function checkAreas(t: TemplateBase, ctx: Ctx): void {
  const seen = new Map<string, number>();
  t.areas.forEach((area, i) => {
    const first = seen.get(area.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['areas', i, 'id'], message: `Duplicate area id "${area.id}" (also areas.${first})` });
    } else {
      seen.set(area.id, i);
    }
    // SPEC T1.4: an area sticking out of the frame would collect notes the worksheet does not show.
    const { x, y, w, h } = area.rect;
    if (x + w > t.frame.w) {
      ctx.addIssue({
        code: 'custom',
        path: ['areas', i, 'rect', 'w'],
        message: `Area "${area.id}" ends at x=${x + w}, outside the frame (width ${t.frame.w})`,
      });
    }
    if (y + h > t.frame.h) {
      ctx.addIssue({
        code: 'custom',
        path: ['areas', i, 'rect', 'h'],
        message: `Area "${area.id}" ends at y=${y + h}, outside the frame (height ${t.frame.h})`,
      });
    }
  });
}

function checkFields(t: TemplateBase, ctx: Ctx): void {
  const seen = new Map<string, number>();
  (t.fields ?? []).forEach((field, i) => {
    const at = (...rest: (string | number)[]) => ['fields', i, ...rest];
    const first = seen.get(field.id);
    if (first !== undefined) {
      ctx.addIssue({ code: 'custom', path: at('id'), message: `Duplicate field id "${field.id}" (also fields.${first})` });
    } else {
      seen.set(field.id, i);
    }
    const choice = field.kind === 'select' || field.kind === 'multiselect';
    if (choice && (field.options === undefined || field.options.length === 0)) {
      ctx.addIssue({ code: 'custom', path: at('options'), message: `A ${field.kind} field needs at least one option` });
    }
    if (!choice && field.options !== undefined) {
      ctx.addIssue({ code: 'custom', path: at('options'), message: `options are only allowed on select and multiselect fields` });
    }
    const values = new Set<string>();
    (field.options ?? []).forEach((option, j) => {
      if (values.has(option.value)) {
        ctx.addIssue({ code: 'custom', path: at('options', j, 'value'), message: `Duplicate option value "${option.value}"` });
      }
      values.add(option.value);
    });
    if (field.kind !== 'number') {
      for (const key of ['min', 'max', 'step'] as const) {
        if (field[key] !== undefined) {
          ctx.addIssue({ code: 'custom', path: at(key), message: `${key} is only allowed on number fields` });
        }
      }
    } else if (field.min !== undefined && field.max !== undefined && field.min > field.max) {
      ctx.addIssue({ code: 'custom', path: at('max'), message: `max (${field.max}) is smaller than min (${field.min})` });
    }
    if (field.maxItems !== undefined && field.kind !== 'list') {
      ctx.addIssue({ code: 'custom', path: at('maxItems'), message: `maxItems is only allowed on list fields` });
    }
    if (field.pattern !== undefined) {
      if (field.kind !== 'text' && field.kind !== 'list') {
        ctx.addIssue({ code: 'custom', path: at('pattern'), message: `pattern is only allowed on text and list fields` });
      }
      try {
        new RegExp(field.pattern, 'u');
      } catch {
        ctx.addIssue({ code: 'custom', path: at('pattern'), message: `pattern is not a valid regular expression` });
      }
    }
  });
}

function checkSolution(t: TemplateBase, ctx: Ctx): void {
  const areaIds = new Set(t.areas.map((a) => a.id));
  (t.solution?.notes ?? []).forEach((note, i) => {
    if (!areaIds.has(note.areaId)) {
      ctx.addIssue({
        code: 'custom',
        path: ['solution', 'notes', i, 'areaId'],
        message: `Solution note refers to unknown area "${note.areaId}"`,
      });
    }
  });
}

/**
 * A canvas template (format version 1). Structural rules come from the object shapes; the
 * cross-references (unique ids, areas inside the frame, kind-specific field properties, solution
 * areas) are checked here so that every parsed template is safe to lay out and export. See SPEC T1.
 */
export const TemplateSchema = TemplateBaseSchema.superRefine((t, ctx) => {
  checkAreas(t, ctx);
  checkFields(t, ctx);
  checkSolution(t, ctx);
});

/** A validated canvas template. */
export type Template = z.infer<typeof TemplateSchema>;
/** One area of a template. */
export type TemplateArea = z.infer<typeof TemplateAreaSchema>;
/** One structured field of a template. */
export type TemplateField = z.infer<typeof TemplateFieldSchema>;
/** A select / multiselect option. */
export type FieldOption = z.infer<typeof FieldOptionSchema>;
/** A rectangle in template coordinates. */
export type Rect = z.infer<typeof RectSchema>;
/** A tldraw colour name. */
export type NoteColor = (typeof NOTE_COLORS)[number];
/** A field kind. */
export type FieldKind = (typeof FIELD_KINDS)[number];
