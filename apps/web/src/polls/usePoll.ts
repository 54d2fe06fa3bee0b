import type { PollStatus, WorkshopView } from '@canvas/api';
import { useCallback, useEffect, useState } from 'react';
import { watchBoard } from '../lib/watchBoard';
import { pollsApi } from './api';

/**
 * The workshop's newest poll as this caller may see it (rule P3), fetched again whenever the server
 * raises `pollRevision` on the control board (P5).
 */
export function usePoll(view: WorkshopView | null, token: string | null): { status: PollStatus | null; refresh: () => Promise<void>; setStatus: (status: PollStatus) => void } {
  const [status, setStatus] = useState<PollStatus | null>(null);
  const workshopId = view?.id;
  const refresh = useCallback(async () => {
    if (!workshopId || !token) return;
    try {
      setStatus(await pollsApi.status(workshopId, token));
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
      const next = map.get('pollRevision');
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
  return { status, refresh, setStatus };
}
