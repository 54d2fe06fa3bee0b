import { z } from 'zod';
import { idSchema, languageSchema } from './common.js';

/** One activity of an agenda: a canvas and its planned minutes (the timer's preset). */
export const agendaItemSchema = z
  .object({
    templateId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a canvas id such as c1-needs'),
    durationMinutes: z.number().int('must be a whole number of minutes').min(1, 'must be at least 1').max(600, 'must be at most 600'),
  })
  .strict();
export type AgendaItemInput = z.infer<typeof agendaItemSchema>;

/** POST /api/agendas: save an agenda for reuse. */
export const saveAgendaRequestSchema = z
  .object({
    title: z.string().trim().min(1, 'must not be empty').max(120, 'must be at most 120 characters'),
    language: languageSchema.default('en'),
    items: z.array(agendaItemSchema).min(1, 'choose at least one activity').max(20, 'at most 20 activities'),
  })
  .strict();
export type SaveAgendaRequest = z.input<typeof saveAgendaRequestSchema>;

export const savedAgendaSchema = z.object({
  id: idSchema,
  title: z.string(),
  language: languageSchema,
  items: z.array(agendaItemSchema),
  totalMinutes: z.number(),
  createdAt: z.string(),
});
export type SavedAgenda = z.infer<typeof savedAgendaSchema>;

/** The answer to a save: the agenda and, once only, the key that may delete it. */
export const saveAgendaResponseSchema = z.object({ agenda: savedAgendaSchema, key: z.string() });
export type SaveAgendaResponse = z.infer<typeof saveAgendaResponseSchema>;

const localizedSchema = z.object({ en: z.string(), de: z.string().optional() });
/** A built-in agenda as GET /api/agendas lists it. */
export const presetAgendaSchema = z.object({
  id: z.string(),
  title: localizedSchema,
  description: localizedSchema,
  items: z.array(agendaItemSchema.extend({ unit: z.string(), title: localizedSchema })),
  totalMinutes: z.number(),
});
export type PresetAgenda = z.infer<typeof presetAgendaSchema>;
