import { localize, type Lang, type Template } from '@canvas/templates';
import { useBoardDoc } from '../lib/useBoardDoc';
import { words } from '../lib/i18n';
import { notesOf } from './MiniBoard';

/** How a participant looks at a shown solution: over their own notes, or as a copy beside the canvas. */
export type SolutionMode = 'over' | 'beside';

/** Space between the group's canvas and the solution's copy beside it (page units). */
export const SOLUTION_GAP = 80;

/** Where the solution's copy sits in `beside` mode: right of the template's frame. */
export function solutionOffset(template: Template | undefined, mode: SolutionMode): number {
  return mode === 'beside' && template ? template.frame.w + SOLUTION_GAP : 0;
}

/**
 * The facilitator's solution, drawn on a group's board: read from the facilitator board (read-only
 * for participants, open only while the solution is shown), live. `over`: translucent and dashed
 * above the group's own post-its (BoardView's overlay), so both can be read and compared in place.
 * `beside`: a copy of the canvas's outline to the right of the group's, with the solution in it.
 * Never interactive and never part of the group's document.
 */
export function SolutionLayer({ boardId, token, template, lang, mode = 'over' }: { boardId: string; token: string; template?: Template; lang: Lang; mode?: SolutionMode }) {
  const { records } = useBoardDoc(boardId, token, 100);
  const notes = notesOf(records);
  const w = words(lang);
  const dx = solutionOffset(template, mode);
  return (
    <div className={`solution-layer solution-layer--${mode}`} data-testid="solution-layer" data-mode={mode} style={{ position: 'absolute', left: 0, top: 0, pointerEvents: 'none' }}>
      {mode === 'beside' && template && (
        <div className="solution-frame" style={{ left: dx, top: 0, width: template.frame.w, height: template.frame.h }}>
          <div className="solution-frame-title">
            {w.solutionTag} — {localize(template.title, lang)}
          </div>
          {template.areas.map((area) => (
            <div key={area.id} className="solution-frame-area" style={{ left: area.rect.x, top: area.rect.y, width: area.rect.w, height: area.rect.h }}>
              <span>{localize(area.label, lang)}</span>
            </div>
          ))}
        </div>
      )}
      {notes.map((note) => (
        <div
          key={note.id}
          className="solution-note"
          data-testid="solution-note"
          style={{ position: 'absolute', left: note.x + dx, top: note.y, width: note.w, height: note.h }}
        >
          <span className="solution-tag">{w.solutionTag}</span>
          <span className="solution-text">{note.text}</span>
        </div>
      ))}
    </div>
  );
}
