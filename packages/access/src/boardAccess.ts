import type { Access, BoardRef, Principal, WorkshopAccessState } from './principal.js';

/**
 * THE access rule for boards (ARCHITECTURE.md "where access is decided"). Every websocket and
 * every HTTP route that touches a board asks this function; nothing else grants access.
 * Rules are numbered in SPEC.md (A1–A9); keep them in sync.
 */
export function boardAccess(principal: Principal, board: BoardRef, state: WorkshopAccessState): Access {
  // A1: nobody outside the workshop, and nobody without a credential, sees anything.
  if (principal.kind === 'anonymous' || principal.workshopId !== board.workshopId) return 'none';
  // A2: the control board (workshop state) is written by the server only; everyone in it reads.
  if (board.kind === 'control') return 'read';
  // A3: an ended workshop is read-only for everyone.
  const ended = state.status === 'ended';
  // A4: the facilitator reads and writes every board of the workshop.
  if (principal.kind === 'facilitator') return ended ? 'read' : 'write';
  // A11: with "only the current activity is open", other activities' boards are read-only for participants.
  const closedActivity = state.onlyCurrentActivityOpen === true && board.activityId !== (state.currentActivityId ?? null);
  const writable = ended || state.locked || closedActivity ? 'read' : 'write';
  switch (board.kind) {
    case 'private': {
      // A10: a private board is its owner's alone (peers get nothing), writable while its activity is in
      // individual writing; once revealed its notes live on the group's board and it is closed.
      if (board.ownerId !== principal.participantId || board.revealed) return 'none';
      const writing = board.activityId !== null && (state.writingActivityIds ?? []).includes(board.activityId);
      return writing ? writable : 'read';
    }
    case 'workshop':
      // A5: the workshop-wide board is written by every participant.
      return writable;
    case 'facilitator':
      // A6: facilitator boards (solutions) are read-only, and only while shown.
      return board.activityId !== null && state.shownSolutionActivityIds.includes(board.activityId) ? 'read' : 'none';
    case 'group':
      // A7: a participant writes their own group's boards.
      if (principal.groupId !== null && board.groupId === principal.groupId) return writable;
      // A8: another group's board is readable only while it is in the spotlight.
      if (board.groupId !== null && board.groupId === state.spotlightGroupId) return 'read';
      // A9: otherwise, nothing.
      return 'none';
  }
}

/** What a principal may do through the REST API. */
export type WorkshopAction = 'workshop:read' | 'workshop:manage';

export function canOnWorkshop(principal: Principal, workshopId: string, action: WorkshopAction): boolean {
  if (principal.kind === 'anonymous' || principal.workshopId !== workshopId) return false;
  if (action === 'workshop:read') return true;
  return principal.kind === 'facilitator';
}
