import {
  animationFrameScheduler,
  bindPresenceToAwareness,
  bindStoreToYDoc,
  gatedScheduler,
  listPeers,
  readServerStorage,
  watchConnection,
  type BindingProblem,
  type ConnectionStatus,
  type Peer,
  type PresenceUser,
} from '@canvas/tldraw-yjs';
import { useEffect, useRef, useState } from 'react';
import { atom, createTLStore, defaultBindingUtils, defaultShapeUtils, type TLStore } from 'tldraw';
import { readAuthMessage } from 'y-protocols/auth';
import { messageAuth, WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { wsOrigin } from '../lib/watchBoard.js';
import { syncParams } from '../lib/syncParams.js';
import { boardAssetStore } from '../files/assetStore.js';

export interface BoardConnection {
  /** The bound store, once the board's content has arrived; `null` before. */
  store: TLStore | null;
  status: ConnectionStatus;
  peers: Peer[];
  /** The server reports that it cannot save right now. */
  storageDegraded: boolean;
  /** The binding stopped: the board needs a newer app, or could not be upgraded. */
  problem: BindingProblem | null;
  /** The server refused a write: this connection is read-only. */
  writeRefused: boolean;
  /** The server refused a change because its disk is almost full (not because of this person's rights). */
  diskFull: boolean;
  /** The board's Y.Doc once synced (for panels that edit shared fields beside the canvas). */
  doc: Y.Doc | null;
  /** Call when the editor showing `store` has mounted: a big board's farther notes load after that. */
  editorMounted: () => void;
}

export interface BoardConnectionOptions {
  boardId: string;
  token?: string;
  user: PresenceUser;
  readOnly: boolean;
  /** A workshop board: pictures upload to and load from the server (files F1, F4). */
  files?: { workshopId: string; onRefused(message: string): void };
}


/**
 * Connects one board: a Y.Doc with a y-websocket provider, a tldraw store bound to it once the
 * first sync arrived (so that an empty-looking doc is never seeded over real content), presence
 * through awareness, and the connection status. Everything is torn down when the board or the
 * credential changes, or the component unmounts.
 */
export function useBoardConnection({ boardId, token, user, readOnly, files }: BoardConnectionOptions): BoardConnection {
  const [state, setState] = useState<BoardConnection>(() => initialState());
  // Signals the tldraw store reads; updated in place so that a rename or a mode change does not reconnect.
  const userSignal = useRef(atom<PresenceUser>('board user', user)).current;
  const modeSignal = useRef(atom<'readonly' | 'readwrite'>('board mode', readOnly ? 'readonly' : 'readwrite')).current;
  const writeRefusedRef = useRef(false);
  const onRefusedRef = useRef(files?.onRefused);
  onRefusedRef.current = files?.onRefused;
  const workshopId = files?.workshopId;

  useEffect(() => {
    userSignal.set({ id: user.id, name: user.name, color: user.color });
  }, [userSignal, user.id, user.name, user.color]);

  useEffect(() => {
    // Granted writing again (unlocked, spotlight released): forget an earlier refusal.
    if (!readOnly && writeRefusedRef.current) {
      writeRefusedRef.current = false;
      setState((previous) => ({ ...previous, writeRefused: false, diskFull: false }));
    }
    modeSignal.set(readOnly || writeRefusedRef.current ? 'readonly' : 'readwrite');
  }, [modeSignal, readOnly]);

  useEffect(() => {
    setState(initialState());
    writeRefusedRef.current = false;
    const doc = new Y.Doc();
    // disableBc: every tab talks to the server itself, so a read-only tab cannot write through a
    // writable tab of the same browser.
    const provider = new WebsocketProvider(`${wsOrigin()}/sync`, boardId, doc, {
      params: syncParams(token),
      disableBc: true,
    });
    const statusSignal = atom<'online' | 'offline'>('board connection', 'offline');
    const assets = workshopId && token ? boardAssetStore({ workshopId, boardId, token, onRefused: (message) => onRefusedRef.current?.(message) }) : null;
    const store = createTLStore({
      shapeUtils: defaultShapeUtils,
      bindingUtils: defaultBindingUtils,
      collaboration: { status: statusSignal, mode: modeSignal },
      ...(assets ? { assets } : {}),
    });
    const update = (patch: Partial<BoardConnection>) => setState((previous) => ({ ...previous, ...patch }));

    // The server answers a refused write with a y-protocols auth "permission denied" message.
    // Its reason says whether the board is read-only for this person or the server cannot store (disk full).
    provider.messageHandlers[messageAuth] = (_encoder, decoder) => {
      readAuthMessage(decoder, provider.doc, (_doc, reason) => {
        writeRefusedRef.current = true;
        modeSignal.set('readonly');
        update({ writeRefused: true, diskFull: reason.includes('disk full') });
        console.warn(`Permission denied to access ${provider.url}.\n${reason}`);
      });
    };

    const stopWatching = watchConnection(
      provider,
      (status) => {
        statusSignal.set(status.kind === 'connected' ? 'online' : 'offline');
        update({ status });
      },
      {
        isOnline: () => navigator.onLine,
        onNetworkChange: (listener) => {
          window.addEventListener('online', listener);
          window.addEventListener('offline', listener);
          return () => {
            window.removeEventListener('online', listener);
            window.removeEventListener('offline', listener);
          };
        },
      },
    );

    const refreshPeers = () =>
      update({ peers: listPeers(provider.awareness), storageDegraded: readServerStorage(provider.awareness) === 'degraded' });
    provider.awareness.on('change', refreshPeers);

    // Later slices wait for the editor: run before it, they only make its first render bigger.
    const mounted = gatedScheduler(animationFrameScheduler());
    let unbindRecords: (() => void) | null = null;
    let unbindPresence: (() => void) | null = null;
    const onSync = (synced: boolean) => {
      if (!synced || unbindRecords) return;
      unbindRecords = bindStoreToYDoc({
        store,
        doc,
        getAuthor: () => {
          const { id, name } = userSignal.get();
          return { id, name };
        },
        onProblem: (problem) => update({ problem }),
        onInvalidRecord: (record, error) => console.warn('Skipped an invalid record from the board', record, error),
        // A big board shows its first notes at once and the rest over the next frames (issue 14).
        slices: { first: FIRST_SLICE_NOTES, size: LATER_SLICE_NOTES, schedule: mounted.schedule },
      });
      unbindPresence = bindPresenceToAwareness({ store, awareness: provider.awareness, user: userSignal });
      refreshPeers();
      update({ store, doc, editorMounted: mounted.open });
    };
    provider.on('sync', onSync);
    if (provider.synced) onSync(true);

    return () => {
      provider.off('sync', onSync);
      provider.awareness.off('change', refreshPeers);
      stopWatching();
      unbindPresence?.();
      unbindRecords?.();
      provider.destroy();
      doc.destroy();
      assets?.dispose();
      // The store is left to the garbage collector: the editor may still hold it until it unmounts.
    };
  }, [boardId, token, userSignal, modeSignal, workshopId]);

  return state;
}

/**
 * A big board's first load: notes cost ~1–2 ms each to mount, so the first slice (shown with the
 * editor) is small and the later ones keep each frame near 100–200 ms (bench:bigboard, docs/performance.md).
 */
const FIRST_SLICE_NOTES = 100;
const LATER_SLICE_NOTES = 100;

function initialState(): BoardConnection {
  return { store: null, status: { kind: 'connecting' }, peers: [], storageDegraded: false, problem: null, writeRefused: false, diskFull: false, doc: null, editorMounted: () => {} };
}
