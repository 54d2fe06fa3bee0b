import type { WorkshopView } from '@canvas/api';
import { useEffect, useRef } from 'react';
import type { Act } from '../console/act';
import { api } from '../lib/api';
import { roomApi } from './api';
import { roomWords } from './words';

/**
 * "Bring everyone here": when the facilitator raises `state.gather`, the participant's screen goes
 * back to the current activity (the spotlight follows from there). The first view only records it.
 */
export function useGather(view: WorkshopView | null, goToCurrent: () => void): void {
  const seen = useRef<number | null>(null);
  const gather = view?.state.gather ?? null;
  useEffect(() => {
    if (gather === null) return;
    if (seen.current !== null && gather !== seen.current) goToCurrent();
    seen.current = gather;
  }, [gather, goToCurrent]);
}

/** A participant on another activity sees which one is current, with a button to go there. */
export function ElsewhereBanner({ view, activityId, onGo }: { view: WorkshopView; activityId: string | null; onGo: () => void }) {
  const current = view.activities.find((a) => a.id === view.state.currentActivityId);
  if (!current || !activityId || activityId === current.id) return null;
  const w = roomWords(view.language);
  return (
    <div className="elsewhere-banner" role="status" data-testid="elsewhere">
      <span>
        {w.elsewhere(current.title)}
        {view.state.onlyCurrentActivityOpen && <> {w.readOnlyHere}</>}
      </span>
      <button type="button" className="button primary small-button" onClick={onGo} data-testid="go-to-current">
        {w.goThere}
      </button>
    </div>
  );
}

/** Console controls: gather everyone, and "only the current activity is open" (access rule A11). */
export function TogetherControls({ view, token, act }: { view: WorkshopView; token: string; act: Act }) {
  const w = roomWords(view.language);
  const ended = view.state.status === 'ended';
  return (
    <div className="control-group">
      <button className="button secondary" disabled={ended} title={w.gatherHint} onClick={() => act(() => roomApi.gather(view.id, token))} data-testid="gather">
        {w.gather}
      </button>
      <label className="toggle">
        <input
          type="checkbox"
          disabled={ended}
          checked={view.state.onlyCurrentActivityOpen}
          onChange={(e) => {
            // Read now: the controlled box shows the server's answer once the view is refetched.
            const onlyCurrentActivityOpen = e.target.checked;
            void act(() => api.update(view.id, token, { onlyCurrentActivityOpen }));
          }}
          data-testid="only-current"
        />{' '}
        {w.onlyCurrent}
      </label>
    </div>
  );
}
