import { useState } from 'react';
import { api } from '../lib/api';
import { words } from '../lib/i18n';

/**
 * Removes the records of one board that the editor cannot display (server route
 * `POST …/boards/:boardId/repair`, @canvas/board-validation V4), and says how many went.
 */
export function RepairButton({ workshopId, boardId, token, lang }: { workshopId: string; boardId: string; token: string; lang: string }) {
  const t = words(lang);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const repair = async () => {
    if (!confirm(t.repairConfirm)) return;
    setBusy(true);
    try {
      const { removed } = await api.repairBoard(workshopId, boardId, token);
      setStatus(t.repaired(removed.length));
    } catch (error) {
      setStatus((error as Error).message);
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <button className="button small-button secondary" onClick={repair} disabled={busy} title={t.repairBoardHint} data-testid="repair-board">
        {busy ? t.repairing : t.repairBoard}
      </button>
      {status && (
        <span className="small muted repair-status" role="status" data-testid="repair-status">
          {status}
        </span>
      )}
    </>
  );
}
