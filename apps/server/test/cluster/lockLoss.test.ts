/**
 * A process that loses its PostgreSQL session loses its workshops (packages/cluster SPEC C1.2,
 * C1.3, C2.4): it closes their sockets with 1013 and drops their boards from memory without
 * storing them; the clients come back, to whichever process then takes the lock, and nothing is lost.
 */
import { readRecords } from '@canvas/board-model';
import { describe, expect, it } from 'vitest';
import { writeNote } from '../helpers/boardContent.js';
import { connectBoard, outcome, waitFor, type BoardClient } from '../helpers/clients.js';
import { clusterTestsEnabled, useCluster } from '../helpers/cluster.js';
import { clusterWorkshop } from './workshop.js';

const setup = useCluster();
const clients: BoardClient[] = [];
setup.closeAfter({ destroy: () => clients.forEach((client) => client.destroy()) });

describe.skipIf(!clusterTestsEnabled)('losing the cluster session', () => {
  it('C2.4: the owner closes the workshop’s sockets with 1013 and serves it again only after taking the lock back', async () => {
    const w = await clusterWorkshop(setup.cluster.url, ['Anna']);
    const [anna] = w.participants;
    const board = w.groupBoard(anna!.groupId);
    const first = connectBoard(setup.cluster.wsUrl, board, anna!.token, { workshop: w.id });
    clients.push(first);
    expect(await outcome(first, 15_000)).toBe('synced');
    writeNote(first.doc, { id: 'kept', x: 0, y: 0, text: 'written before the cut' });
    await waitFor(async () => {
      const health = await Promise.all(setup.cluster.servers.map(async (s) => (await (await fetch(`${s.url}/api/health`)).json()) as { dirtyRooms: number }));
      return health.every((h) => h.dirtyRooms === 0);
    }, 5_000, 'the note stored');

    expect(await setup.cluster.cutHolderSession(w.id)).toBe(true);
    expect(await first.closed).toEqual({ code: 1013, reason: 'try again: this server stopped serving the workshop' });

    // C1.3: the session comes back by itself (ready again), and a new client is served again, with the note.
    await waitFor(async () => (await Promise.all(setup.cluster.servers.map((s) => fetch(`${s.url}/api/ready`).then((r) => r.ok)))).every(Boolean), 10_000, 'both processes ready');
    const second = connectBoard(setup.cluster.wsUrl, board, anna!.token, { workshop: w.id });
    clients.push(second);
    expect(await outcome(second, 15_000)).toBe('synced');
    expect(readRecords(second.doc).some((r) => r.id === 'shape:kept')).toBe(true);
    expect(await setup.cluster.holder(w.id)).not.toBeNull();
  });
});
