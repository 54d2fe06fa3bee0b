import { LimitError } from './LimitError.js';

/** How big one workshop may grow (SPEC L1). */
export interface WorkshopLimits {
  /** Groups in one workshop, counting those created by joins. */
  maxGroups: number;
  /** Participants in one workshop. */
  maxParticipants: number;
}

export const DEFAULT_WORKSHOP_LIMITS: WorkshopLimits = { maxGroups: 40, maxParticipants: 160 };

/** Throws unless a workshop with `current` groups may get `adding` more. */
export function checkGroupCount(current: number, adding: number, limits: WorkshopLimits): void {
  if (current + adding <= limits.maxGroups) return;
  throw new LimitError(
    409,
    'too_many_groups',
    `A workshop may have at most ${limits.maxGroups} groups; this one has ${current}. Delete a group or start another workshop.`,
    { name: 'groups per workshop', value: limits.maxGroups, setting: 'MAX_GROUPS_PER_WORKSHOP' },
  );
}

/** Throws unless a workshop with `current` participants may take one more. */
export function checkParticipantCount(current: number, limits: WorkshopLimits): void {
  if (current < limits.maxParticipants) return;
  throw new LimitError(
    409,
    'workshop_full',
    `This workshop is full: it has ${current} participants, the most one workshop may have (${limits.maxParticipants}). Ask your facilitator.`,
    { name: 'participants per workshop', value: limits.maxParticipants, setting: 'MAX_PARTICIPANTS_PER_WORKSHOP' },
  );
}
