import { z } from 'zod';

/**
 * A learning event of a workshop, as the server knows it: plain data, no xAPI in it. The server
 * says what happened; `toStatement` decides how xAPI says it (SPEC X2, X3).
 */

const nonEmpty = z.string().min(1, 'must not be empty');

/** The person behind an event: known to an LMS (LTI launch) or only inside one workshop. */
export const learningActorSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('lms'),
    /** The LMS platform's issuer URL (LTI `iss`); becomes the account's homePage. */
    issuer: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }),
    /** The LTI `sub`: the platform's opaque user id (never an e-mail address). */
    subject: nonEmpty,
    name: z.string().optional(),
  }),
  z.object({
    kind: z.literal('workshop'),
    workshopId: nonEmpty,
    participantId: nonEmpty,
    name: z.string().optional(),
  }),
]);
export type LearningActor = z.infer<typeof learningActorSchema>;

export const LEARNING_EVENT_KINDS = ['added', 'updated', 'voted', 'attended', 'completed'] as const;
export type LearningEventKind = (typeof LEARNING_EVENT_KINDS)[number];

export const learningEventSchema = z
  .object({
    /** Unique per event and stable across resends: the statement id is derived from it (SPEC X1). */
    id: nonEmpty,
    kind: z.enum(LEARNING_EVENT_KINDS),
    /** ISO 8601 time with a zone (xAPI timestamps need one). */
    at: z.iso.datetime({ offset: true }),
    actor: learningActorSchema,
    workshop: z.object({ id: nonEmpty, title: z.string() }),
    canvas: z.object({ id: nonEmpty, activityId: nonEmpty, title: z.string() }).optional(),
    area: z.object({ id: nonEmpty, label: z.string() }).optional(),
    note: z.object({ id: nonEmpty, text: z.string() }).optional(),
    group: z
      .object({ id: nonEmpty, name: z.string(), members: z.array(learningActorSchema) })
      .optional(),
  })
  .superRefine((event, ctx) => {
    // A statement about a note names the note as its object, and the note's IRI lives under a
    // canvas: without both there is nothing valid to say (SPEC X3).
    if (event.kind === 'added' || event.kind === 'updated' || event.kind === 'voted') {
      if (!event.note) ctx.addIssue({ code: 'custom', path: ['note'], message: `a "${event.kind}" event needs a note` });
      if (!event.canvas) ctx.addIssue({ code: 'custom', path: ['canvas'], message: `a "${event.kind}" event needs a canvas` });
    }
    if (event.area && !event.canvas) {
      ctx.addIssue({ code: 'custom', path: ['area'], message: 'an area belongs to a canvas: give the canvas too' });
    }
  });

export type LearningEvent = z.infer<typeof learningEventSchema>;

/** The event, or the reason it cannot become a statement (one line, paths named). */
export function parseLearningEvent(input: unknown): { ok: true; event: LearningEvent } | { ok: false; error: string } {
  const parsed = learningEventSchema.safeParse(input);
  if (parsed.success) return { ok: true, event: parsed.data };
  return {
    ok: false,
    error: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(event)'}: ${issue.message}`).join('; '),
  };
}
