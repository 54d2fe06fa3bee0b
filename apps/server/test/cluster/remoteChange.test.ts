/**
 * A REST change that lands on a process that does not serve the workshop reaches the serving
 * process's sockets within a second (issue 15 §3; packages/cluster SPEC C3.3, C4.2): published
 * state through the control board, re-decided rights through closed sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { connectBoard, outcome, waitFor, type BoardClient } from '../helpers/clients.js';
import { clusterTestsEnabled, useCluster } from '../helpers/cluster.js';
import { clusterWorkshop } from './workshop.js';

const setup = useCluster();
const clients: BoardClient[] = [];
setup.closeAfter({ destroy: () => clients.forEach((client) => client.destroy()) });

describe.skipIf(!clusterTestsEnabled)('changes made on another process', () => {
  it('C3.3: a timer set and a participant removed through the other process reach the owner’s sockets within a second', async () => {
    const w = await clusterWorkshop(setup.cluster.url, ['Anna', 'Ben']);
    const [anna, ben] = w.participants;
    const params = { workshop: w.id };
    const console = connectBoard(setup.cluster.wsUrl, w.controlBoardId, w.facilitator, params);
    const annaBoard = connectBoard(setup.cluster.wsUrl, w.groupBoard(anna!.groupId), anna!.token, params);
    const benBoard = connectBoard(setup.cluster.wsUrl, w.groupBoard(ben!.groupId), ben!.token, params);
    clients.push(console, annaBoard, benBoard);
    for (const client of clients) expect(await outcome(client, 15_000)).toBe('synced');
    const holder = (await setup.cluster.holder(w.id))!;
    const other = setup.cluster.servers[holder === 's1' ? 1 : 0]!;
    const elsewhere = api(other.url);
    const state = console.doc.getMap('workshop');

    // Published state: the timer, set by a request that HAProxy did not route (the other process).
    const revision = state.get('revision') as number;
    const started = Date.now();
    const timer = await elsewhere.post(`/api/workshops/${w.id}/timer`, { action: 'set', durationMinutes: 5 }, w.facilitator);
    expect(timer.status).toBe(200);
    await waitFor(() => (state.get('timer') as { durationMs?: number } | null)?.durationMs === 5 * 60_000, 5_000, 'the timer on the console');
    const timerLatency = Date.now() - started;
    expect(state.get('revision') as number).toBeGreaterThan(revision);

    // Rights: Anna removed through the other process; the owner closes her socket.
    const removedAt = Date.now();
    expect((await elsewhere.del(`/api/workshops/${w.id}/participants/${anna!.id}`, w.facilitator)).status).toBe(204);
    expect(await annaBoard.closed).toEqual({ code: 4403, reason: 'forbidden: you were removed from this workshop' });
    const removalLatency = Date.now() - removedAt;
    expect(timerLatency).toBeLessThan(1_000);
    expect(removalLatency).toBeLessThan(1_000);

    // Only the owner ever served it: the other process took no lock and holds no board.
    expect(await setup.cluster.holder(w.id)).toBe(holder);
    expect(((await (await fetch(`${other.url}/api/health`)).json()) as { rooms: number }).rooms).toBe(0);
    // Ben, untouched, still edits.
    expect(benBoard.provider.wsconnected).toBe(true);
  });
});
