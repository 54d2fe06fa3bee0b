import { readFields, readRecords, type StoredRecord } from '@canvas/board-model';
import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { wsOrigin } from './useWorkshop';

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
 * A board's content without a tldraw editor: for facilitator tiles and solution overlays. Reads
 * the doc through @canvas/board-model; re-renders at most every `throttleMs`.
 */
export function useBoardDoc(boardId: string | null, token: string | null, throttleMs = 150): BoardSnapshot {
  const [snapshot, setSnapshot] = useState<BoardSnapshot>({ records: [], fields: {}, present: [], lastEditAt: null, status: 'connecting', synced: false });
  useEffect(() => {
    if (!boardId || !token) return;
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(`${wsOrigin()}/sync`, boardId, doc, { params: { token }, disableBc: true });
    let status: BoardSnapshot['status'] = 'connecting';
    let lastEditAt: number | null = null;
    let timer: ReturnType<typeof setTimeout> | null = null;
    const publish = () => {
      timer = null;
      const present: PresentUser[] = [];
      provider.awareness.getStates().forEach((state: any, clientId) => {
        if (clientId === doc.clientID || !state?.user) return;
        present.push({ clientId, id: String(state.user.id), name: String(state.user.name), color: String(state.user.color), role: state.user.role });
      });
      const records = readRecords(doc);
      // The last edit: the newest time the binding stamped on a shape, or a change seen live.
      for (const record of records) {
        const meta = record.meta as { updatedAt?: unknown; createdAt?: unknown } | undefined;
        const stamp = Date.parse(String(meta?.updatedAt ?? meta?.createdAt ?? ''));
        if (Number.isFinite(stamp) && (lastEditAt === null || stamp > lastEditAt)) lastEditAt = Math.min(stamp, Date.now());
      }
      setSnapshot({ records, fields: readFields(doc), present, lastEditAt, status, synced: provider.synced });
    };
    const schedule = () => {
      if (!timer) timer = setTimeout(publish, throttleMs);
    };
    doc.on('update', () => {
      // Updates during the first sync are old content, not an edit happening now.
      if (provider.synced) lastEditAt = Date.now();
      schedule();
    });
    provider.awareness.on('change', schedule);
    provider.on('sync', schedule);
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
      provider.destroy();
      doc.destroy();
    };
  }, [boardId, token, throttleMs]);
  return snapshot;
}
