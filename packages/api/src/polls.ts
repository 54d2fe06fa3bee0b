import { z } from 'zod';
import { idSchema, nameTextSchema } from './common.js';

/** The most options a single-choice poll offers (a show of hands, not a survey). */
export const MAX_POLL_OPTIONS = 12;
export const MAX_POLL_QUESTION = 300;
export const MAX_POLL_OPTION = 120;

/**
 * A quick poll (issue 18): a single choice among 2–12 options, or a rating from 1 to 5 whose two
 * ends may be labelled. Texts are plain text, shown as text everywhere.
 */
export const createPollRequestSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('choice'),
      question: nameTextSchema(MAX_POLL_QUESTION),
      options: z
        .array(nameTextSchema(MAX_POLL_OPTION))
        .min(2, 'at least 2 options')
        .max(MAX_POLL_OPTIONS, `at most ${MAX_POLL_OPTIONS} options`),
    })
    .strict(),
  z
    .object({
      kind: z.literal('rating'),
      question: nameTextSchema(MAX_POLL_QUESTION),
      /** The labels of 1 and of 5 (e.g. "not at all", "very"). */
      options: z.tuple([nameTextSchema(MAX_POLL_OPTION), nameTextSchema(MAX_POLL_OPTION)]).optional(),
    })
    .strict(),
]);
export type CreatePollRequest = z.input<typeof createPollRequestSchema>;

/** Choice: the option's index (0-based). Rating: 1–5. Checked against the poll on the server. */
export const pollAnswerRequestSchema = z.object({ answer: z.number().int().min(0).max(MAX_POLL_OPTIONS) }).strict();
export const pollResultsRequestSchema = z.object({ shown: z.boolean() }).strict();
export const pollParamsSchema = z.object({ workshopId: idSchema, pollId: idSchema });

export const pollViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['choice', 'rating']),
  question: z.string(),
  options: z.array(z.string()),
  open: z.boolean(),
  resultsShown: z.boolean(),
});
export type PollView = z.infer<typeof pollViewSchema>;

export const pollStatusSchema = z.object({
  poll: pollViewSchema.nullable(),
  /** The caller's own answer (participants), null if none. */
  myAnswer: z.number().nullable(),
  /**
   * Answers per choice (index → count; rating: counts[0] is "1"), and how many answered. Only for the
   * facilitator, and for participants once the facilitator shows the results. Never who answered what.
   */
  counts: z.array(z.number()).nullable(),
  answered: z.number().nullable(),
});
export type PollStatus = z.infer<typeof pollStatusSchema>;
