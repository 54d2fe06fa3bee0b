import type { ActivityView, WorkshopView } from '@canvas/api';
import type { Lang, Template } from '@canvas/templates';
import { useEffect, useState } from 'react';
import { MiniBoard, notesOf } from '../canvas/MiniBoard';
import type { Act } from '../console/act';
import { useBoardDoc } from '../lib/useBoardDoc';
import { roomApi } from '../together/api';
import { roomWords } from '../together/words';

/**
 * The participant's private board while their activity is in individual writing (rule W2): the
 * server creates it on first use; null while writing is off or before it exists.
 */
export function usePrivateBoard(view: WorkshopView, activityId: string | null, token: string): string | null {
  const writing = Boolean(activityId && view.me.role === 'participant' && view.state.writingActivityIds.includes(activityId));
  const listed = view.boards.find((b) => b.kind === 'private' && b.activityId === activityId && b.ownerId === view.me.participantId);
  const [created, setCreated] = useState<string | null>(null);
  useEffect(() => {
    setCreated(null);
    if (!writing || listed || !activityId || !view.me.groupId) return;
    let cancelled = false;
    roomApi
      .myPrivateBoard(view.id, token, activityId)
      .then(({ boardId }) => !cancelled && setCreated(boardId))
      .catch(() => {});
    return () => {
      cancelled = true;
    };
  }, [writing, listed?.id, activityId, view.id, token, view.me.groupId]);
  if (!writing) return null;
  return listed?.id ?? created;
}

/** The group's board drawn under the participant's private notes while writing (read-only, live). */
export function GroupNotesLayer({ boardId, token }: { boardId: string; token: string }) {
  const { records } = useBoardDoc(boardId, token, 200);
  return (
    <div className="group-notes-layer" data-testid="group-notes-layer" style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'none' }}>
      {notesOf(records).map((note) => (
        <div key={note.id} className="group-note" style={{ position: 'absolute', left: note.x, top: note.y, width: note.w, height: note.h }}>
          {note.text}
        </div>
      ))}
    </div>
  );
}

/** Console: start individual writing, reveal, and everyone's private notes live (rules W1, W3). */
export function WritingControls({ view, token, act, current, template }: { view: WorkshopView; token: string; act: Act; current: ActivityView | null; template: Template | undefined }) {
  const w = roomWords(view.language);
  const [message, setMessage] = useState<string | null>(null);
  if (!current) return null;
  const writing = view.state.writingActivityIds.includes(current.id);
  const privateBoards = view.boards.filter((b) => b.kind === 'private' && b.activityId === current.id);
  const ended = view.state.status === 'ended';
  const names = new Map([...view.groups.flatMap((g) => g.members), ...view.unassigned].map((m) => [m.id, m.displayName]));
  return (
    <section className="writing-section" aria-label={w.privateNotes} data-testid="writing-controls">
      <div className="control-group">
        {writing ? (
          <>
            <span className="muted small">{w.writingRunning(privateBoards.length)}</span>
            <button
              className="button primary"
              disabled={ended}
              onClick={() =>
                act(async () => {
                  const result = await roomApi.reveal(view.id, token, current.id);
                  setMessage(w.revealed(result.notes));
                })
              }
              data-testid="reveal"
            >
              {w.reveal}
            </button>
          </>
        ) : (
          <button className="button secondary" disabled={ended} onClick={() => act(() => roomApi.startWriting(view.id, token, current.id))} data-testid="start-writing">
            {w.startWriting}
          </button>
        )}
        {message && <span className="small" role="status">{message}</span>}
      </div>
      {writing && (
        <>
          <h3>{w.privateNotes}</h3>
          {privateBoards.length === 0 && <p className="muted small">{w.nobodyYet}</p>}
          <div className="private-grid">
            {privateBoards.map((board) => (
              <PrivateTile key={board.id} boardId={board.id} token={token} name={names.get(board.ownerId ?? '') ?? '?'} template={template} lang={view.language as Lang} />
            ))}
          </div>
        </>
      )}
    </section>
  );
}

function PrivateTile({ boardId, token, name, template, lang }: { boardId: string; token: string; name: string; template: Template | undefined; lang: Lang }) {
  const { records } = useBoardDoc(boardId, token);
  const notes = notesOf(records);
  return (
    <article className="private-tile" data-testid="private-tile" data-board={boardId}>
      <strong>{name}</strong> <span className="muted small">{notes.length}</span>
      <MiniBoard template={template} records={records} lang={lang} />
      <ul className="private-notes small" data-testid="private-notes">
        {notes.map((n) => (
          <li key={n.id}>{n.text}</li>
        ))}
      </ul>
    </article>
  );
}
