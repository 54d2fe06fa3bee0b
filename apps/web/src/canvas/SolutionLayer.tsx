import { useBoardDoc } from '../lib/useBoardDoc';
import { notesOf } from './MiniBoard';
import { catalogue } from '../lib/i18n';

/**
 * The facilitator's solution, drawn on a group's board: read from the facilitator board (read-only
 * for participants, open only while the solution is shown) and drawn in page coordinates behind
 * the group's own post-its, dashed and labelled so nobody mistakes it for their own work. It follows
 * the facilitator's edits live.
 */
export function SolutionLayer({ boardId, token, lang }: { boardId: string; token: string; lang: string }) {
  const { records } = useBoardDoc(boardId, token, 100);
  const notes = notesOf(records);
  return (
    <div className="solution-layer" data-testid="solution-layer" style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'none' }}>
      {notes.map((note) => (
        <div
          key={note.id}
          className="solution-note"
          data-testid="solution-note"
          style={{ position: 'absolute', left: note.x, top: note.y, width: note.w, height: note.h }}
        >
          <span className="solution-tag">{catalogue(lang).board.solution}</span>
          <span className="solution-text">{note.text}</span>
        </div>
      ))}
    </div>
  );
}
