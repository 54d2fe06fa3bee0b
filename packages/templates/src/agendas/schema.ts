import * as z from 'zod';
import { LocalizedTextSchema } from '../localized.js';

/** The most activities a workshop (and so an agenda) holds; the workshop API allows the same. */
export const MAX_AGENDA_ITEMS = 20;

/** One activity of an agenda: which canvas, for how long (SPEC T8.4). */
export const AgendaItemSchema = z.strictObject({
  templateId: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'templateId must be a canvas id such as c1-needs' }),
  durationMinutes: z
    .int({ error: 'durationMinutes must be a whole number of minutes' })
    .min(1, { error: 'durationMinutes must be at least 1' })
    .max(600, { error: 'durationMinutes must be at most 600' }),
});
export type AgendaItem = z.infer<typeof AgendaItemSchema>;

/** A built-in agenda: a named, ordered list of activities (SPEC T8). */
export const AgendaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema,
  items: z.array(AgendaItemSchema).min(1).max(MAX_AGENDA_ITEMS),
});
export type Agenda = z.infer<typeof AgendaSchema>;
