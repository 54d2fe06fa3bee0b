/** Who is asking, as established from a verified credential. */
export type Principal =
  | { kind: 'facilitator'; workshopId: string }
  | { kind: 'participant'; workshopId: string; participantId: string; groupId: string | null }
  | { kind: 'anonymous' };

export type BoardKind = 'group' | 'workshop' | 'facilitator' | 'control';

/** A board as the access rules see it. */
export interface BoardRef {
  id: string;
  workshopId: string;
  kind: BoardKind;
  /** Set for group boards. */
  groupId: string | null;
  activityId: string | null;
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
}

export type Access = 'write' | 'read' | 'none';
