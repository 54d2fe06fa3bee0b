import { readFields, readRecords, type StoredRecord } from '@canvas/board-model';
import { useEffect, useState } from 'react';
import { watchBoard } from './watchBoard';

export interface PresentUser {
  clientId: number;
  id: string;
  name: string;
  color: string;
  role?: string;
}

export interface BoardSnapshot {
  records: StoredRecord[];
  fields: Record<string, unknown>;
  present: PresentUser[];
  /** Epoch ms of the last change seen (null before any). */
  lastEditAt: number | null;
  status: 'connecting' | 'connected' | 'offline' | 'closed';
  synced: boolean;
}

/**
 * A board's content without a tldraw editor, watched read-only: for facilitator tiles and
 * solution overlays. The watcher stays invisible (no presence of its own, no echo of others'
 * presence back to the server), connects through the page's connection queue, shows the first
 * sync at once and later changes at most every `throttleMs`.
 */
export function useBoardDoc(boardId: string | null, token: string | null, throttleMs = 150): BoardSnapshot {
  const [snapshot, setSnapshot] = useState<BoardSnapshot>({ records: [], fields: {}, present: [], lastEditAt: null, status: 'connecting', synced: false });
  useEffect(() => {
    if (!boardId || !token) return;
    const watcher = watchBoard(boardId, token);
    const { doc, provider } = watcher;

    let status: BoardSnapshot['status'] = 'connecting';
    let lastEditAt: number | null = null;
    let records: StoredRecord[] = [];
    let fields: Record<string, unknown> = {};
    let recordsStale = true;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publish = () => {
      if (timer) clearTimeout(timer);
      timer = null;
      if (recordsStale) {
        // Only a document change re-reads the records: cursor moves leave tiles alone.
        records = readRecords(doc);
        fields = readFields(doc);
        recordsStale = false;
        for (const record of records) {
          const meta = record.meta as { updatedAt?: unknown; createdAt?: unknown } | undefined;
          const stamp = Date.parse(String(meta?.updatedAt ?? meta?.createdAt ?? ''));
          if (Number.isFinite(stamp) && (lastEditAt === null || stamp > lastEditAt)) lastEditAt = Math.min(stamp, Date.now());
        }
      }
      const present: PresentUser[] = [];
      provider.awareness.getStates().forEach((state: any, clientId) => {
        if (clientId === doc.clientID || !state?.user) return;
        present.push({ clientId, id: String(state.user.id), name: String(state.user.name), color: String(state.user.color), role: state.user.role });
      });
      setSnapshot({ records, fields, present, lastEditAt, status, synced: provider.synced });
    };
    const schedule = () => {
      if (!timer) timer = setTimeout(publish, throttleMs);
    };
    doc.on('update', () => {
      recordsStale = true;
      // Updates during the first sync are old content, not an edit happening now.
      if (provider.synced) lastEditAt = Date.now();
      schedule();
    });
    provider.awareness.on('change', schedule);
    provider.on('sync', (synced: boolean) => {
      if (synced) publish(); // the first content shows at once
    });
    provider.on('status', ({ status: next }: { status: string }) => {
      status = next === 'connected' ? 'connected' : next === 'connecting' ? 'connecting' : 'offline';
      schedule();
    });
    provider.on('closed', () => {
      status = 'closed';
      schedule();
    });
    return () => {
      if (timer) clearTimeout(timer);
      watcher.destroy();
    };
  }, [boardId, token, throttleMs]);
  return snapshot;
}
