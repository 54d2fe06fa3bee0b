import { atom, createTLStore, createUserId, defaultShapeUtils, type TLInstancePresence, type TLStore } from 'tldraw';
import { afterEach, describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { bindPresenceToAwareness, listPeers, presenceIdForClient, readServerStorage, type PresenceUser } from './presence.js';
import { manualScheduler } from './scheduler.js';

/** Forwards a's awareness updates to b, as the server relays them. */
function relay(from: Awareness, to: Awareness) {
  from.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
    if (origin === 'relay') return;
    applyAwarenessUpdate(to, encodeAwarenessUpdate(from, [...added, ...updated, ...removed]), 'relay');
  });
}

function presences(store: TLStore): TLInstancePresence[] {
  return store.query.records('instance_presence').get();
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('bindPresenceToAwareness', () => {
  it('turns a peer awareness state into a named, coloured instance_presence and removes it when the peer leaves', () => {
    const awarenessA = new Awareness(new Y.Doc());
    const awarenessB = new Awareness(new Y.Doc());
    relay(awarenessA, awarenessB);
    cleanups.push(() => awarenessA.destroy(), () => awarenessB.destroy());
    const storeA = createTLStore({ shapeUtils: defaultShapeUtils });
    const storeB = createTLStore({ shapeUtils: defaultShapeUtils });
    const userA = atom<PresenceUser>('user A', { id: 'ada', name: 'Ada', color: '#e03131' });
    const userB = atom<PresenceUser>('user B', { id: 'bob', name: 'Bob', color: '#1971c2' });
    cleanups.push(bindPresenceToAwareness({ store: storeB, awareness: awarenessB, user: userB, schedule: manualScheduler().schedule }));
    const unbindA = bindPresenceToAwareness({ store: storeA, awareness: awarenessA, user: userA, schedule: manualScheduler().schedule });

    // A store without an editor has no pointer or camera, so A publishes its user but a null presence.
    expect(awarenessB.getStates().get(awarenessA.clientID)).toMatchObject({ user: { id: 'ada', name: 'Ada' }, presence: null });
    expect(presences(storeB)).toEqual([]);

    // A full presence, as an editor would publish it; the server-stamped `user` wins over the claim.
    awarenessA.setLocalStateField('presence', {
      id: 'instance_presence:whatever',
      typeName: 'instance_presence',
      userId: createUserId('someone-else'),
      userName: 'Mallory',
      color: '#000000',
      lastActivityTimestamp: 1,
      camera: { x: 0, y: 0, z: 1 },
      selectedShapeIds: [],
      currentPageId: 'page:page',
      brush: null,
      scribbles: [],
      screenBounds: { x: 0, y: 0, w: 800, h: 600 },
      followingUserId: null,
      cursor: { x: 10, y: 20, type: 'default', rotation: 0 },
      chatMessage: '',
      meta: {},
    });
    expect(presences(storeB)).toEqual([
      expect.objectContaining({
        id: presenceIdForClient(awarenessA.clientID),
        userId: createUserId('ada'),
        userName: 'Ada',
        color: '#e03131',
        cursor: { x: 10, y: 20, type: 'default', rotation: 0 },
      }),
    ]);
    expect(listPeers(awarenessB).map((peer) => [peer.user.name, peer.isLocal])).toEqual([
      ['Bob', true],
      ['Ada', false],
    ]);

    unbindA();
    removeAwarenessStates(awarenessA, [awarenessA.clientID], 'test');
    expect(presences(storeB)).toEqual([]);
  });

  it('reads a degraded storage notice from the server state', () => {
    const awareness = new Awareness(new Y.Doc());
    cleanups.push(() => awareness.destroy());
    expect(readServerStorage(awareness)).toBe('ok');
    applyAwarenessUpdate(
      awareness,
      (() => {
        const server = new Awareness(new Y.Doc());
        server.setLocalState({ server: { storage: 'degraded' } });
        const update = encodeAwarenessUpdate(server, [server.clientID]);
        server.destroy();
        return update;
      })(),
      'relay',
    );
    expect(readServerStorage(awareness)).toBe('degraded');
    expect(listPeers(awareness)).toEqual([]);
  });
});
