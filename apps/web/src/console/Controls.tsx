import type { ActivityView, BoardView as BoardInfo, WorkshopView } from '@canvas/api';
import type { Template } from '@canvas/templates';
import { useEffect, useState } from 'react';
import { TimerDisplay } from '../components/TimerDisplay';
import { api } from '../lib/api';
import { useBoardDoc } from '../lib/useBoardDoc';
import type { Act } from './act';

/**
 * The facilitator's controls for the current activity: activity, timer, lock, solution. After the
 * end of the workshop every control is disabled (one disabled fieldset).
 */
export function Controls({ view, token, act, current, template, onOpenSolution }: { view: WorkshopView; token: string; act: Act; current: ActivityView | null; template?: Template; onOpenSolution: (board: BoardInfo) => void }) {
  const id = view.id;
  const index = view.activities.findIndex((a) => a.id === current?.id);
  const next = index >= 0 ? view.activities[index + 1] : undefined;
  const solutionShown = current ? view.state.shownSolutionActivityIds.includes(current.id) : false;
  const solutionBoard = current ? view.boards.find((b) => b.kind === 'facilitator' && b.activityId === current.id) : undefined;
  const [minutes, setMinutes] = useState<number>(current?.durationMinutes ?? 15);
  useEffect(() => setMinutes(current?.durationMinutes ?? 15), [current?.id, current?.durationMinutes]);
  const timer = view.state.timer;
  const ended = view.state.status === 'ended';
  // "Show solution" only where there is one to show: notes on the activity's solution board.
  const solutionDoc = useBoardDoc(solutionBoard?.id ?? null, token, 300);
  const solutionNotes = solutionDoc.records.filter((r) => r.typeName === 'shape' && r.type === 'note').length;
  const templateHasSolution = (template?.solution?.notes.length ?? 0) > 0;
  return (
    <fieldset className="controls" aria-label="Workshop controls" disabled={ended} data-testid="controls">
      <div className="control-group">
        <label className="field inline">
          <span>Activity</span>
          <select value={current?.id ?? ''} disabled={ended} onChange={(e) => act(() => api.update(id, token, { currentActivityId: e.target.value }))}>
            {view.activities.map((a) => (
              <option key={a.id} value={a.id}>{a.title}</option>
            ))}
          </select>
        </label>
        <button className="button secondary" disabled={!next || ended} onClick={() => next && act(() => api.update(id, token, { currentActivityId: next.id }))}>
          Next activity →
        </button>
      </div>
      <div className="control-group">
        <TimerDisplay timer={timer} language={view.language} />
        {!timer || timer.startedAt === null ? (
          <>
            <input className="minutes" type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} aria-label="Minutes" />
            <button
              className="button primary"
              disabled={ended}
              onClick={() =>
                act(async () => {
                  if (!timer || timer.activityId !== current?.id || timer.remainingMs === timer.durationMs) {
                    await api.timer(id, token, { action: 'set', durationMinutes: minutes, activityId: current?.id });
                  }
                  await api.timer(id, token, { action: 'start' });
                })
              }
            >
              {timer && timer.remainingMs < timer.durationMs ? 'Resume' : 'Start timer'}
            </button>
          </>
        ) : (
          <button className="button secondary" onClick={() => act(() => api.timer(id, token, { action: 'pause' }))}>Pause</button>
        )}
        <button className="button secondary" disabled={!timer || ended} onClick={() => act(() => api.timer(id, token, { action: 'extend', minutes: -1 }))}>−1 min</button>
        <button className="button secondary" disabled={!timer || ended} onClick={() => act(() => api.timer(id, token, { action: 'extend', minutes: 1 }))}>+1 min</button>
        <button className="button secondary" disabled={!timer || ended} onClick={() => act(() => api.timer(id, token, { action: 'extend', minutes: 5 }))}>+5 min</button>
      </div>
      <div className="control-group">
        <button
          className={`button ${view.state.locked ? 'primary' : 'secondary'}`}
          disabled={ended}
          onClick={() => act(() => api.update(id, token, { locked: !view.state.locked }))}
          data-testid="lock-toggle"
        >
          {view.state.locked ? '🔒 Boards locked — unlock' : 'Lock all boards'}
        </button>
        {solutionBoard && (
          <>
            {solutionNotes > 0 || solutionShown ? (
            <button
              className={`button ${solutionShown ? 'primary' : 'secondary'}`}
              disabled={ended}
              onClick={() =>
                act(() =>
                  api.update(id, token, {
                    shownSolutionActivityIds: solutionShown
                      ? view.state.shownSolutionActivityIds.filter((x) => x !== current!.id)
                      : [...view.state.shownSolutionActivityIds, current!.id],
                  }),
                )
              }
              data-testid="solution-toggle"
            >
              {solutionShown ? 'Solution shown to all — hide' : 'Show solution to all groups'}
            </button>
            ) : (
              solutionDoc.synced && (
                <span className="muted small" data-testid="no-solution">
                  {templateHasSolution ? 'This canvas comes with a solution: open the solution board and insert it to show it.' : 'No solution for this activity yet: write one on the solution board to show it.'}
                </span>
              )
            )}
            <button className="button secondary" onClick={() => onOpenSolution(solutionBoard)}>Edit solution board</button>
          </>
        )}
      </div>
    </fieldset>
  );
}
