import { checkBoardUpdate } from '@canvas/board-validation';
import type { AuthorshipRepository } from '@canvas/storage';
import { noteLevelProblems } from '@canvas/templates';
import { CloseCode, type UpdateCheck } from '@canvas/sync-server';
import type { Contributions } from '@canvas/workshops';

/**
 * Wiring of the sync server's update check (sync-server SPEC 2.9): every record an update writes
 * must pass tldraw's validators for the board's schema (@canvas/board-validation), or the socket is
 * closed with 4422 and nothing is stored; records an accepted update adds are recorded as created
 * by the socket's credential. A shape's Bloom and EQF levels (`meta.bloomLevel` 1–6, `meta.eqfLevel`
 * 1–8, templates SPEC L2) are part of the check: a crafted client cannot store a level 7.
 */

/** The first bad note level of a shape record, in words, or null. */
function levelProblem(record: unknown): string | null {
  const { typeName, meta } = record as { typeName?: unknown; meta?: unknown };
  if (typeName !== 'shape' || typeof meta !== 'object' || meta === null) return null;
  return noteLevelProblems(meta)[0]?.message ?? null;
}
export function boardUpdateCheck(
  authorship: AuthorshipRepository,
  contributions?: Pick<Contributions, 'observe'>,
  onStoreError: (error: unknown) => void = () => {},
): UpdateCheck {
  return ({ boardId, doc, decoded, identity }) => {
    const verdict = checkBoardUpdate(doc, decoded, levelProblem);
    if (!verdict.ok) {
      return { refuse: { code: CloseCode.InvalidRecord, reason: `invalid record, nothing saved: ${verdict.problem} (${verdict.id})` } };
    }
    if (!identity) return;
    // Decided before the update is applied (what the board held), stored once it is accepted (contributions C1/C2).
    const contributed = contributions?.observe(boardId, identity.userId, doc, verdict.entries);
    if (verdict.added.length === 0 && !contributed) return;
    return {
      accepted: () => {
        // The board's own update is already stored; who added the notes follows, errors logged.
        if (verdict.added.length > 0) authorship.record(boardId, verdict.added, identity.userId).catch(onStoreError);
        contributed?.();
      },
    };
  };
}
