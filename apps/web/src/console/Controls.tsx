import type { ActivityView, BoardView as BoardInfo, WorkshopView } from '@canvas/api';
import type { Template } from '@canvas/templates';
import { useEffect, useState } from 'react';
import { TimerDisplay } from '../components/TimerDisplay';
import { api } from '../lib/api';
import { useBoardDoc } from '../lib/useBoardDoc';
import type { Act } from './act';
import { catalogue, type Lang } from '../lib/i18n';

/**
 * The facilitator's controls for the current activity: activity, timer, lock, solution. After the
 * end of the workshop every control is disabled (one disabled fieldset).
 */
export function Controls({ view, token, act, current, template, lang, onOpenSolution }: { view: WorkshopView; token: string; act: Act; current: ActivityView | null; template?: Template; lang: Lang; onOpenSolution: (board: BoardInfo) => void }) {
  const t = catalogue(lang).console;
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
    <fieldset className="controls" aria-label={t.controls} disabled={ended} data-testid="controls">
      <div className="control-group">
        <label className="field inline">
          <span>{t.activity}</span>
          <select value={current?.id ?? ''} disabled={ended} onChange={(e) => act(() => api.update(id, token, { currentActivityId: e.target.value }))}>
            {view.activities.map((a) => (
              <option key={a.id} value={a.id}>{a.title}</option>
            ))}
          </select>
        </label>
        <button className="button secondary" disabled={!next || ended} onClick={() => next && act(() => api.update(id, token, { currentActivityId: next.id }))}>
          {t.nextActivity}
        </button>
      </div>
      <div className="control-group">
        <TimerDisplay timer={timer} language={lang} />
        {!timer || timer.startedAt === null ? (
          <>
            <input className="minutes" type="number" min={1} max={600} value={minutes} onChange={(e) => setMinutes(Number(e.target.value))} aria-label={t.minutes} />
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
              {timer && timer.remainingMs < timer.durationMs ? t.resume : t.startTimer}
            </button>
          </>
        ) : (
          <button className="button secondary" onClick={() => act(() => api.timer(id, token, { action: 'pause' }))}>{t.pause}</button>
        )}
        <button className="button secondary" disabled={!timer || ended} onClick={() => act(() => api.timer(id, token, { action: 'extend', minutes: -1 }))} title={t.shortenLabel(1)}>{t.shorten(1)}</button>
        <button className="button secondary" disabled={!timer || ended} onClick={() => act(() => api.timer(id, token, { action: 'extend', minutes: 1 }))} title={t.extendLabel(1)}>{t.extend(1)}</button>
        <button className="button secondary" disabled={!timer || ended} onClick={() => act(() => api.timer(id, token, { action: 'extend', minutes: 5 }))} title={t.extendLabel(5)}>{t.extend(5)}</button>
      </div>
      <div className="control-group">
        <button
          className={`button ${view.state.locked ? 'primary' : 'secondary'}`}
          disabled={ended}
          onClick={() => act(() => api.update(id, token, { locked: !view.state.locked }))}
          data-testid="lock-toggle"
        >
          {view.state.locked ? t.unlock : t.lock}
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
              {solutionShown ? t.hideSolution : t.showSolution}
            </button>
            ) : (
              solutionDoc.synced && (
                <span className="muted small" data-testid="no-solution">
                  {templateHasSolution ? t.solutionInTemplate : t.noSolutionYet}
                </span>
              )
            )}
            <button className="button secondary" onClick={() => onOpenSolution(solutionBoard)}>{t.editSolution}</button>
          </>
        )}
      </div>
    </fieldset>
  );
}
