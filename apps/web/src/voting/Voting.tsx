import type { ActivityView, VoteStatus, WorkshopView } from '@canvas/api';
import { readRecords } from '@canvas/board-model';
import { useCallback, useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { notesOf } from '../canvas/MiniBoard';
import type { Act } from '../console/act';
import { ApiError } from '../lib/api';
import { watchBoard } from '../lib/watchBoard';
import { roomApi } from '../together/api';
import { roomWords } from '../together/words';

/**
 * The workshop's vote as this caller may see it (rule V4), refetched whenever the server raises
 * `voteRevision` on the control board (V6).
 */
export function useVote(view: WorkshopView | null, token: string | null): { status: VoteStatus | null; refresh: () => Promise<void> } {
  const [status, setStatus] = useState<VoteStatus | null>(null);
  const workshopId = view?.id;
  const refresh = useCallback(async () => {
    if (!workshopId || !token) return;
    try {
      setStatus(await roomApi.voteStatus(workshopId, token));
    } catch {
      // A refused status (removed, deleted) is shown by the workshop view itself.
    }
  }, [workshopId, token]);
  const controlBoardId = view?.controlBoardId;
  useEffect(() => {
    if (!controlBoardId || !token) return;
    const watcher = watchBoard(controlBoardId, token);
    const map = watcher.doc.getMap('workshop');
    let seen: unknown = undefined;
    const onChange = () => {
      const next = map.get('voteRevision');
      if (next !== seen) {
        seen = next;
        void refresh();
      }
    };
    map.observe(onChange);
    void refresh();
    return () => {
      map.unobserve(onChange);
      watcher.destroy();
    };
  }, [controlBoardId, token, refresh]);
  // The current activity decides which closed vote is shown.
  useEffect(() => void refresh(), [view?.state.currentActivityId, refresh]);
  return { status, refresh };
}

/** The notes of a board's Y.Doc, kept current. */
function useDocNotes(doc: Y.Doc | null) {
  const [notes, setNotes] = useState<ReturnType<typeof notesOf>>([]);
  useEffect(() => {
    if (!doc) return setNotes([]);
    const read = () => setNotes(notesOf(readRecords(doc)));
    read();
    doc.on('update', read);
    return () => doc.off('update', read);
  }, [doc]);
  return notes;
}

/** Dots drawn above each note on the board: the caller's own, and the counts once visible. */
export function VoteBadges({ status, boardId, doc }: { status: VoteStatus; boardId: string; doc: Y.Doc | null }) {
  const notes = useDocNotes(doc);
  const counts = status.counts?.[boardId] ?? {};
  const winners = new Set(status.vote?.open ? [] : status.winners?.[boardId] ?? []);
  return (
    <div style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'none' }}>
      {notes.map((note) => {
        const mine = status.myDots.filter((d) => d.boardId === boardId && d.shapeId === note.id).length;
        const count = counts[note.id];
        if (!mine && !count) return null;
        return (
          <div key={note.id} className={`vote-badge${winners.has(note.id) ? ' winner' : ''}`} data-testid="vote-badge" style={{ position: 'absolute', left: note.x + note.w - 90, top: note.y - 34 }}>
            {'●'.repeat(Math.min(mine, 5))}
            {count !== undefined && <span className="vote-count"> {count}</span>}
          </div>
        );
      })}
    </div>
  );
}

/** The participant's voting panel: every note with add / take back, and the dots left (V2, V3). */
export function VotePanel({ view, token, status, boardId, doc, onChange }: { view: WorkshopView; token: string; status: VoteStatus; boardId: string; doc: Y.Doc | null; onChange: (next: VoteStatus) => void }) {
  const w = roomWords(view.language);
  const notes = useDocNotes(doc);
  const [error, setError] = useState<string | null>(null);
  const vote = status.vote;
  if (!vote) return null;
  const used = status.myDots.length;
  const counts = status.counts?.[boardId];
  const winners = new Set(status.winners?.[boardId] ?? []);
  const run = async (fn: () => Promise<VoteStatus>) => {
    setError(null);
    try {
      onChange(await fn());
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <section className="vote-panel" data-testid="vote-panel" aria-label={w.vote}>
      <h3>{w.vote}</h3>
      <p className="small">{vote.open ? w.voteOpen(vote.dots) : w.voteClosed}</p>
      {vote.open && <p className="small" data-testid="dots-left"><strong>{w.dotsLeft(vote.dots - used, vote.dots)}</strong></p>}
      {vote.open && !counts && <p className="muted small">{w.hiddenResults}</p>}
      {error && <p className="error small" role="alert">{error}</p>}
      {notes.length === 0 && <p className="muted small">{w.noNotes}</p>}
      <ul className="vote-notes">
        {notes.map((note) => {
          const mine = status.myDots.filter((d) => d.boardId === boardId && d.shapeId === note.id).length;
          return (
            <li key={note.id} data-testid="vote-note" data-note={note.id} className={winners.has(note.id) && !vote.open ? 'winner' : ''}>
              <span className="vote-text">{note.text || '…'}</span>
              <span className="vote-dots" aria-label={w.dots(mine)}>{'●'.repeat(mine)}</span>
              {counts && <span className="vote-count small" data-testid="vote-count">{w.dots(counts[note.id] ?? 0)}</span>}
              {!vote.open && winners.has(note.id) && <span className="winner-tag small">{w.winner}</span>}
              {vote.open && (
                <span className="vote-buttons">
                  <button type="button" className="button small-button secondary" disabled={used >= vote.dots} onClick={() => run(() => roomApi.placeDot(view.id, token, vote.id, boardId, note.id))} aria-label={`${w.addDot}: ${note.text}`} data-testid="add-dot">
                    +
                  </button>
                  <button type="button" className="button small-button secondary" disabled={mine === 0} onClick={() => run(() => roomApi.takeBackDot(view.id, token, vote.id, boardId, note.id))} aria-label={`${w.takeBack}: ${note.text}`} data-testid="take-back-dot">
                    −
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** Console: start a vote on the current activity (dots, scope, live or hidden) and close it (V1, V5). */
export function VoteControls({ view, token, act, current, status, defaults }: { view: WorkshopView; token: string; act: Act; current: ActivityView | null; status: VoteStatus | null; defaults?: { dots: number; scope?: 'group' | 'workshop' } }) {
  const w = roomWords(view.language);
  const [dots, setDots] = useState(defaults?.dots ?? 3);
  const [scope, setScope] = useState<'group' | 'workshop'>(defaults?.scope ?? (current?.kind === 'workshop-wide' ? 'workshop' : 'group'));
  const [live, setLive] = useState(false);
  useEffect(() => {
    setDots(defaults?.dots ?? 3);
    setScope(defaults?.scope ?? (current?.kind === 'workshop-wide' ? 'workshop' : 'group'));
  }, [current?.id, defaults?.dots, defaults?.scope, current?.kind]);
  if (!current) return null;
  const ended = view.state.status === 'ended';
  const open = status?.vote?.open ? status.vote : null;
  return (
    <div className="control-group vote-controls" data-testid="vote-controls">
      {open ? (
        <>
          <span className="small">{w.voteRunning(open.dots, open.live)}</span>
          <button className="button primary" disabled={ended} onClick={() => act(() => roomApi.closeVote(view.id, token, open.id))} data-testid="close-vote">
            {w.closeVote}
          </button>
        </>
      ) : (
        <>
          <label className="field inline">
            <span>{w.dotsPer}</span>
            <input className="minutes" type="number" min={1} max={10} value={dots} onChange={(e) => setDots(Number(e.target.value))} data-testid="vote-dots" />
          </label>
          <label className="field inline">
            <span>{w.scope}</span>
            <select value={scope} onChange={(e) => setScope(e.target.value as 'group' | 'workshop')}>
              <option value="group">{w.scopeGroup}</option>
              <option value="workshop">{w.scopeWorkshop}</option>
            </select>
          </label>
          <label className="toggle">
            <input type="checkbox" checked={live} onChange={(e) => setLive(e.target.checked)} data-testid="vote-live" /> {w.liveResults}
          </label>
          <button className="button secondary" disabled={ended} onClick={() => act(() => roomApi.startVote(view.id, token, { activityId: current.id, dots, scope, live }))} data-testid="start-vote">
            {w.startVote}
          </button>
        </>
      )}
    </div>
  );
}
