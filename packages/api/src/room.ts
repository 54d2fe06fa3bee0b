import { z } from 'zod';
import { idSchema } from './common.js';

/** Individual writing, dot-voting and "bring everyone here" (issue 11). */

export const activityParamsSchema = z.object({ workshopId: idSchema, activityId: idSchema });
export const voteParamsSchema = z.object({ workshopId: idSchema, voteId: idSchema });

export const startVoteRequestSchema = z
  .object({
    activityId: idSchema,
    /** Dots per participant; default: the template's `method.vote.dots`, else 3. */
    dots: z.number().int().min(1, 'at least 1 dot').max(10, 'at most 10 dots').optional(),
    scope: z.enum(['group', 'workshop']).optional(),
    /** Counts visible while the vote is open (else only after it closes). */
    live: z.boolean().default(false),
  })
  .strict();
export type StartVoteRequest = z.input<typeof startVoteRequestSchema>;

export const dotRequestSchema = z.object({ boardId: idSchema, shapeId: z.string().min(1).max(128) }).strict();
export type DotRequest = z.infer<typeof dotRequestSchema>;

export const voteViewSchema = z.object({
  id: z.string(),
  activityId: z.string(),
  dots: z.number(),
  scope: z.enum(['group', 'workshop']),
  live: z.boolean(),
  open: z.boolean(),
});
export type VoteView = z.infer<typeof voteViewSchema>;

export const voteStatusSchema = z.object({
  vote: voteViewSchema.nullable(),
  /** The caller's own dots (participants). */
  myDots: z.array(z.object({ boardId: z.string(), shapeId: z.string() })),
  /** Dots per board and note: only for the facilitator, for live votes, and after the vote closed. */
  counts: z.record(z.string(), z.record(z.string(), z.number())).nullable(),
  /** The notes with the most dots per board, once the vote is closed (or for the facilitator). */
  winners: z.record(z.string(), z.array(z.string())).nullable(),
});
export type VoteStatus = z.infer<typeof voteStatusSchema>;
