import {
  InstancePresenceRecordType,
  UserRecordType,
  computed,
  createPresenceStateDerivation,
  createUserId,
  react,
  type Signal,
  type TLInstancePresence,
  type TLStore,
} from 'tldraw';
import type { Awareness } from 'y-protocols/awareness';
import type { Scheduler } from './scheduler.js';

/** A participant as shown to others. The server overwrites what a client claims with its credential. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}

/** Awareness fields this package reads and writes. */
export interface AwarenessState {
  /** Who this connection is: set by the client, stamped by the server once it knows the credential. */
  user?: PresenceUser;
  /** The tldraw presence record of this connection (cursor, selection, camera, …). */
  presence?: TLInstancePresence | null;
  /** Only in the server's own state: `{ storage: 'degraded' }` when persisting fails. */
  server?: { storage?: string };
}

export const DEFAULT_PRESENCE_INTERVAL_MS = 50;

export interface BindPresenceOptions {
  store: TLStore;
  awareness: Awareness;
  /** The local user; a signal so that renames and colour changes propagate. */
  user: Signal<PresenceUser>;
  /** Throttles local presence updates (default: at most one per 50 ms, the last one always sent). */
  schedule?: Scheduler;
}

/** The `instance_presence` id used for a remote awareness client. */
export function presenceIdForClient(clientId: number): TLInstancePresence['id'] {
  return InstancePresenceRecordType.createId(`awareness-${clientId}`);
}

/**
 * Two-way bridge between y-protocols awareness and tldraw presence:
 * - the local `instance_presence` (from `createPresenceStateDerivation`) goes to
 *   `awareness.presence`, throttled, and the local user to `awareness.user`;
 * - every other client's state becomes an `instance_presence` record (merged as a remote change),
 *   named and coloured from its `user` field, and is removed when the client leaves.
 * Returns a function that unbinds and removes the records it created.
 */
export function bindPresenceToAwareness({ store, awareness, user, schedule }: BindPresenceOptions): () => void {
  const throttle = schedule ?? ((callback: () => void) => {
    const timer = setTimeout(callback, DEFAULT_PRESENCE_INTERVAL_MS);
    return () => clearTimeout(timer);
  });
  const localUser = computed('tldraw-yjs local user', () => {
    const { id, name, color } = user.get();
    return UserRecordType.create({ id: createUserId(id), name, color });
  });
  const localPresence = createPresenceStateDerivation(localUser, {
    instanceId: presenceIdForClient(awareness.clientID),
  })(store);

  // Local → awareness: write at once when idle, then at most once per interval (trailing edge kept).
  let latest: TLInstancePresence | null = null;
  let cancelTimer: (() => void) | null = null;
  let dirty = false;
  const publish = () => {
    awareness.setLocalStateField('presence', latest);
    dirty = false;
    cancelTimer = throttle(() => {
      cancelTimer = null;
      if (dirty) publish();
    });
  };
  const stopUser = react('tldraw-yjs publish user', () => {
    const { id, name, color } = user.get();
    awareness.setLocalStateField('user', { id, name, color } satisfies PresenceUser);
  });
  const stopPresence = react('tldraw-yjs publish presence', () => {
    latest = localPresence.get();
    dirty = true;
    if (!cancelTimer) publish();
  });

  // Awareness → store.
  const created = new Set<TLInstancePresence['id']>();
  const applyRemote = (clientIds: number[]) => {
    const states = awareness.getStates() as Map<number, AwarenessState>;
    const toPut: TLInstancePresence[] = [];
    const toRemove: TLInstancePresence['id'][] = [];
    for (const clientId of clientIds) {
      if (clientId === awareness.clientID) continue;
      const record = presenceFromState(clientId, states.get(clientId));
      if (record) toPut.push(record);
      else if (store.has(presenceIdForClient(clientId))) toRemove.push(presenceIdForClient(clientId));
    }
    if (toPut.length === 0 && toRemove.length === 0) return;
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove);
      for (const id of toRemove) created.delete(id);
      for (const record of toPut) {
        try {
          store.put([record]);
          created.add(record.id);
        } catch {
          // A malformed presence from a peer is ignored; it must not break the board.
        }
      }
    });
  };
  const onChange = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
    applyRemote([...added, ...updated, ...removed]);
  };
  awareness.on('change', onChange);
  applyRemote([...awareness.getStates().keys()]);

  return () => {
    awareness.off('change', onChange);
    stopPresence();
    stopUser();
    cancelTimer?.();
    awareness.setLocalStateField('presence', null);
    const leftovers = [...created].filter((id) => store.has(id));
    created.clear();
    if (leftovers.length > 0) store.mergeRemoteChanges(() => store.remove(leftovers));
  };
}

function presenceFromState(clientId: number, state: AwarenessState | undefined): TLInstancePresence | null {
  const presence = state?.presence;
  if (!presence || typeof presence !== 'object') return null;
  const claimed = state.user;
  const userId = typeof claimed?.id === 'string' ? createUserId(claimed.id) : presence.userId;
  return InstancePresenceRecordType.create({
    ...presence,
    id: presenceIdForClient(clientId),
    userId,
    userName: typeof claimed?.name === 'string' ? claimed.name : presence.userName,
    color: typeof claimed?.color === 'string' ? claimed.color : presence.color,
  });
}

/** A connected participant, for "who is here" lists. */
export interface Peer {
  clientId: number;
  user: PresenceUser;
  isLocal: boolean;
}

/**
 * The participants in an awareness, one entry per user id (a user with two tabs is listed once),
 * the local user first, then by name. States without a `user` (such as the server's) are skipped.
 */
export function listPeers(awareness: Awareness): Peer[] {
  const byUser = new Map<string, Peer>();
  for (const [clientId, state] of awareness.getStates() as Map<number, AwarenessState>) {
    const user = state.user;
    if (!user || typeof user.id !== 'string' || typeof user.name !== 'string') continue;
    const isLocal = clientId === awareness.clientID;
    const known = byUser.get(user.id);
    if (!known || isLocal) {
      byUser.set(user.id, { clientId, user: { id: user.id, name: user.name, color: String(user.color ?? '') }, isLocal });
    }
  }
  return [...byUser.values()].sort((a, b) =>
    a.isLocal !== b.isLocal ? (a.isLocal ? -1 : 1) : a.user.name.localeCompare(b.user.name),
  );
}

/** `degraded` when the server reports through awareness that it cannot persist the board. */
export function readServerStorage(awareness: Awareness): 'ok' | 'degraded' {
  for (const state of (awareness.getStates() as Map<number, AwarenessState>).values()) {
    if (state.server?.storage === 'degraded') return 'degraded';
  }
  return 'ok';
}
