/** Who is asking, as established from a verified credential. */
export type Principal =
  | { kind: 'facilitator'; workshopId: string }
  | { kind: 'participant'; workshopId: string; participantId: string; groupId: string | null }
  | { kind: 'anonymous' };

export type BoardKind = 'group' | 'workshop' | 'facilitator' | 'control' | 'private';

/** A board as the access rules see it. */
export interface BoardRef {
  id: string;
  workshopId: string;
  kind: BoardKind;
  /** Set for group boards. */
  groupId: string | null;
  activityId: string | null;
  /** Private boards: the participant whose own notes it holds. */
  ownerId?: string | null;
  /** Private boards: true once its notes were revealed onto the group's board. */
  revealed?: boolean;
}

/** The parts of a workshop's live state that change who may see what. */
export interface WorkshopAccessState {
  status: 'active' | 'ended';
  /** All boards are read-only for participants (writing time is over). */
  locked: boolean;
  /** The group whose board everyone sees (read-only for all but that group). */
  spotlightGroupId: string | null;
  /** Activities whose facilitator board (solution) is shown to everyone. */
  shownSolutionActivityIds: readonly string[];
  /** The activity the room is on (for "only the current activity is open"). */
  currentActivityId?: string | null;
  /** Participants write only the current activity's boards (A11). */
  onlyCurrentActivityOpen?: boolean;
  /** Activities in individual writing: each participant writes their own private board (A10). */
  writingActivityIds?: readonly string[];
}

export type Access = 'write' | 'read' | 'none';
