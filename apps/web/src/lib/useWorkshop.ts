import { browserLanguage, catalogue } from './i18n';
import type { WorkshopView } from '@canvas/api';
import { useCallback, useEffect, useRef, useState } from 'react';
import { api, ApiError } from './api';
import { watchBoard } from './watchBoard';

export interface WorkshopSession {
  view: WorkshopView | null;
  error: ApiError | null;
  /** Refetch the view now (after an action of ours). */
  refresh(): Promise<void>;
  /** Server clock offset estimate is not needed: timers carry absolute epoch times. */
  live: boolean;
}


/**
 * The caller's view of a workshop, kept live: the server writes a revision into the workshop's
 * control board after every change; we watch it over y-websocket and refetch our own view.
 */
export function useWorkshop(workshopId: string, token: string | null): WorkshopSession {
  const [view, setView] = useState<WorkshopView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [live, setLive] = useState(false);
  const inflight = useRef<Promise<void> | null>(null);

  const refresh = useCallback(async () => {
    if (!token) {
      setError(new ApiError(401, 'unauthorized', catalogue(browserLanguage()).common.noCredential));
      return;
    }
    const run = (async () => {
      try {
        setView(await api.workshop(workshopId, token));
        setError(null);
      } catch (e) {
        setError(e instanceof ApiError ? e : new ApiError(0, 'error', String(e)));
      }
    })();
    inflight.current = run;
    await run;
  }, [workshopId, token]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const controlBoardId = view?.controlBoardId;
  useEffect(() => {
    if (!controlBoardId || !token) return;
    // The control board is watched, not joined.
    const watcher = watchBoard(controlBoardId, token);
    const { doc, provider } = watcher;
    const map = doc.getMap('workshop');
    let revision: unknown = undefined;
    const onChange = () => {
      const next = map.get('revision');
      if (next !== revision) {
        revision = next;
        void refresh();
      }
    };
    map.observe(onChange);
    provider.on('status', ({ status }: { status: string }) => setLive(status === 'connected'));
    provider.on('closed', (event: { code: number; reason: string }) => {
      setLive(false);
      if (event.code === 4410) setError(new ApiError(410, 'gone', catalogue(browserLanguage()).common.workshopDeleted));
      else if (event.code === 4403) void refresh();
    });
    return () => {
      map.unobserve(onChange);
      watcher.destroy();
    };
  }, [controlBoardId, token, refresh]);

  return { view, error, refresh, live };
}

