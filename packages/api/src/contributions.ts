import { z } from 'zod';

/** One participant's contributions to one activity (workshops contributions C4). */
export const contributionRowSchema = z.object({
  participantId: z.string(),
  /** Empty for someone removed from the workshop (C3). */
  name: z.string(),
  group: z.string(),
  activityId: z.string(),
  activity: z.string(),
  added: z.number().int(),
  edited: z.number().int(),
  moved: z.number().int(),
  writes: z.number().int(),
  activeMinutes: z.number().int(),
  votes: z.number().int(),
});
export type ContributionRow = z.infer<typeof contributionRowSchema>;

export const contributionsReportSchema = z.object({ workshopId: z.string(), rows: z.array(contributionRowSchema) });
export type ContributionsReport = z.infer<typeof contributionsReportSchema>;
