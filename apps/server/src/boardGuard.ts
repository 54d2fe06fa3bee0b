import { checkBoardUpdate } from '@canvas/board-validation';
import type { AuthorshipRepository } from '@canvas/storage';
import { CloseCode, type UpdateCheck } from '@canvas/sync-server';

/**
 * Wiring of the sync server's update check (sync-server SPEC 2.9): every record an update writes
 * must pass tldraw's validators for the board's schema (@canvas/board-validation), or the socket is
 * closed with 4422 and nothing is stored; records an accepted update adds are recorded as created
 * by the socket's credential.
 */
export function boardUpdateCheck(authorship: AuthorshipRepository): UpdateCheck {
  return ({ boardId, doc, decoded, identity }) => {
    const verdict = checkBoardUpdate(doc, decoded);
    if (!verdict.ok) {
      return { refuse: { code: CloseCode.InvalidRecord, reason: `invalid record, nothing saved: ${verdict.problem} (${verdict.id})` } };
    }
    if (verdict.added.length === 0 || !identity) return;
    return { accepted: () => authorship.record(boardId, verdict.added, identity.userId) };
  };
}
