import { z } from 'zod';
import { displayNameSchema, hexColorSchema, idSchema, joinCodeSchema, languageSchema, nameTextSchema } from './common.js';

export const GROUP_CAPACITY = 4;

export const activityInputSchema = z.object({
  templateId: idSchema,
  title: nameTextSchema(120).optional(),
  /** Planned minutes when an agenda times the activity differently from its canvas. */
  durationMinutes: z.number().int('must be a whole number of minutes').min(1).max(600).optional(),
});

export const createWorkshopRequestSchema = z.object({
  title: nameTextSchema(120),
  language: languageSchema.default('en'),
  activities: z.array(activityInputSchema).min(1, 'choose at least one activity').max(20, 'at most 20 activities'),
  groupCount: z.number().int().min(1).max(30).default(3),
});
export type CreateWorkshopRequest = z.input<typeof createWorkshopRequestSchema>;

export const boardKindSchema = z.enum(['group', 'workshop', 'facilitator', 'control', 'private']);
export const accessSchema = z.enum(['read', 'write']);

export const boardViewSchema = z.object({
  id: z.string(),
  kind: boardKindSchema,
  activityId: z.string().nullable(),
  groupId: z.string().nullable(),
  access: accessSchema,
  /** Private boards (individual writing): whose notes they are. */
  ownerId: z.string().nullable().optional(),
});
export type BoardView = z.infer<typeof boardViewSchema>;

export const memberViewSchema = z.object({ id: z.string(), displayName: z.string(), color: z.string(), cursorColor: z.string() });
export type MemberView = z.infer<typeof memberViewSchema>;

export const groupViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  position: z.number(),
  members: z.array(memberViewSchema),
});
export type GroupView = z.infer<typeof groupViewSchema>;

export const activityViewSchema = z.object({
  id: z.string(),
  templateId: z.string(),
  title: z.string(),
  position: z.number(),
  durationMinutes: z.number().nullable(),
  kind: z.enum(['group', 'workshop-wide']),
});
export type ActivityView = z.infer<typeof activityViewSchema>;

export const timerSchema = z.object({
  activityId: z.string().nullable(),
  durationMs: z.number().int().min(0),
  /** Epoch ms when the countdown was (re)started; null while paused or not started. */
  startedAt: z.number().nullable(),
  /** Time left when paused (or the full duration before the first start). */
  remainingMs: z.number().int().min(0),
});
export type TimerState = z.infer<typeof timerSchema>;

export const workshopStateSchema = z.object({
  status: z.enum(['active', 'ended']),
  currentActivityId: z.string().nullable(),
  locked: z.boolean(),
  spotlightGroupId: z.string().nullable(),
  shownSolutionActivityIds: z.array(z.string()),
  timer: timerSchema.nullable(),
  /** Participants write only the current activity's boards (access rule A11). */
  onlyCurrentActivityOpen: z.boolean(),
  /** Raised by "Bring everyone here": every participant's screen switches to the current activity. */
  gather: z.number().int(),
  /** Activities in individual writing (each participant writes a private board until reveal). */
  writingActivityIds: z.array(z.string()),
  /** Participants may put images and PDF pages on the boards they write (the facilitator always may). */
  participantUploads: z.boolean(),
});
export type WorkshopState = z.infer<typeof workshopStateSchema>;

export const workshopViewSchema = z.object({
  id: z.string(),
  title: z.string(),
  language: languageSchema,
  joinCode: z.string(),
  createdAt: z.number(),
  expiresAt: z.number(),
  activities: z.array(activityViewSchema),
  groups: z.array(groupViewSchema),
  unassigned: z.array(memberViewSchema),
  state: workshopStateSchema,
  me: z.object({
    role: z.enum(['facilitator', 'participant']),
    participantId: z.string().nullable(),
    displayName: z.string().nullable(),
    groupId: z.string().nullable(),
  }),
  /** The boards this caller may open, with the access it holds now. */
  boards: z.array(boardViewSchema),
  /** Board that shows the live workshop state (read-only for everyone). */
  controlBoardId: z.string(),
});
export type WorkshopView = z.infer<typeof workshopViewSchema>;

export const createWorkshopResponseSchema = z.object({
  workshop: workshopViewSchema,
  facilitatorToken: z.string(),
  joinCode: z.string(),
  links: z.object({ facilitator: z.string(), participant: z.string() }),
});
export type CreateWorkshopResponse = z.infer<typeof createWorkshopResponseSchema>;

export const groupSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  color: z.string(),
  memberCount: z.number(),
  capacity: z.number(),
});
export type GroupSummary = z.infer<typeof groupSummarySchema>;

export const joinCodeParamsSchema = z.object({ code: joinCodeSchema });

export const workshopLookupSchema = z.object({
  workshopId: z.string(),
  title: z.string(),
  language: languageSchema,
  status: z.enum(['active', 'ended']),
  groups: z.array(groupSummarySchema),
});
export type WorkshopLookup = z.infer<typeof workshopLookupSchema>;

export const joinRequestSchema = z.object({
  displayName: displayNameSchema,
  /** A group to join; omitted or null: placed automatically in the first group with room. */
  groupId: idSchema.nullable().optional(),
  /** A credential this browser held before: the same identity is restored. */
  rejoinToken: z.string().max(1024).optional(),
});
export type JoinRequest = z.input<typeof joinRequestSchema>;

export const joinResponseSchema = z.object({
  token: z.string(),
  workshopId: z.string(),
  participant: z.object({ id: z.string(), displayName: z.string(), color: z.string(), groupId: z.string().nullable() }),
  rejoined: z.boolean(),
});
export type JoinResponse = z.infer<typeof joinResponseSchema>;

export const workshopParamsSchema = z.object({ workshopId: idSchema });
export const groupParamsSchema = z.object({ workshopId: idSchema, groupId: idSchema });
export const participantParamsSchema = z.object({ workshopId: idSchema, participantId: idSchema });

export const updateWorkshopRequestSchema = z
  .object({
    title: nameTextSchema(120).optional(),
    currentActivityId: idSchema.optional(),
    locked: z.boolean().optional(),
    spotlightGroupId: idSchema.nullable().optional(),
    shownSolutionActivityIds: z.array(idSchema).max(50).optional(),
    onlyCurrentActivityOpen: z.boolean().optional(),
    participantUploads: z.boolean().optional(),
  })
  .strict();
export type UpdateWorkshopRequest = z.infer<typeof updateWorkshopRequestSchema>;

export const timerCommandSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('set'), durationMinutes: z.number().min(0.5).max(600), activityId: idSchema.optional() }),
  z.object({ action: z.literal('start') }),
  z.object({ action: z.literal('pause') }),
  z.object({ action: z.literal('extend'), minutes: z.number().min(-60).max(120) }),
  z.object({ action: z.literal('reset') }),
]);
export type TimerCommand = z.infer<typeof timerCommandSchema>;

export const createGroupRequestSchema = z.object({
  name: nameTextSchema(60).optional(),
  color: hexColorSchema.optional(),
});
export const updateGroupRequestSchema = z
  .object({ name: nameTextSchema(60).optional(), color: hexColorSchema.optional() })
  .strict();
export const moveParticipantRequestSchema = z.object({ groupId: idSchema.nullable() }).strict();
