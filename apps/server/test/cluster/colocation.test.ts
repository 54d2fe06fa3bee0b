/**
 * Workshop affinity (issue 15 §2; packages/cluster SPEC C2) over two real server processes on one
 * PostgreSQL behind HAProxy with deploy/haproxy/haproxy.cfg, with the stock y-websocket client.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectBoard, outcome, waitFor, type BoardClient } from '../helpers/clients.js';
import { clusterTestsEnabled, useCluster } from '../helpers/cluster.js';
import { clusterWorkshop } from './workshop.js';

const setup = useCluster();
const clients: BoardClient[] = [];
setup.closeAfter({ destroy: () => clients.forEach((client) => client.destroy()) });

const connections = async (url: string) => ((await (await fetch(`${url}/api/health`)).json()) as { connections: number }).connections;

describe.skipIf(!clusterTestsEnabled)('workshop affinity', () => {
  it('C2.1: every board of a workshop, its control board and its console are served by one process; C2.2: the other refuses with 1013', async () => {
    const w = await clusterWorkshop(setup.cluster.url, ['Anna', 'Ben', 'Cleo', 'Dara', 'Emil']);
    const groups = [...new Set(w.participants.map((p) => p.groupId))];
    expect(groups.length).toBe(2);
    const params = { workshop: w.id };
    // The console: control board and every group board; each participant: control and own group board.
    clients.push(connectBoard(setup.cluster.wsUrl, w.controlBoardId, w.facilitator, params));
    for (const groupId of groups) clients.push(connectBoard(setup.cluster.wsUrl, w.groupBoard(groupId), w.facilitator, params));
    for (const p of w.participants) {
      clients.push(connectBoard(setup.cluster.wsUrl, w.controlBoardId, p.token, params));
      clients.push(connectBoard(setup.cluster.wsUrl, w.groupBoard(p.groupId), p.token, params));
    }
    for (const client of clients) expect(await outcome(client, 15_000)).toBe('synced');

    const holder = await setup.cluster.holder(w.id);
    expect(holder === 's1' || holder === 's2').toBe(true);
    const owner = setup.cluster.servers[holder === 's1' ? 0 : 1]!;
    const other = setup.cluster.servers[holder === 's1' ? 1 : 0]!;
    expect(await connections(owner.url)).toBe(clients.length);
    expect(await connections(other.url)).toBe(0);

    // Defence in depth: a socket that reaches the other process directly (a misroute) is refused, retryably.
    const misrouted = connectBoard(other.wsUrl, w.groupBoard(groups[0]!), w.participants[0]!.token, params);
    clients.push(misrouted);
    const refused = await outcome(misrouted, 10_000);
    expect(refused).toEqual({ code: 1013, reason: 'try again: another server serves this workshop right now' });
    expect(await setup.cluster.holder(w.id)).toBe(holder);

    // A crafted client names another workshop (or a huge word) as its routing key: HAProxy may send it
    // anywhere, but the server decides by the board's own workshop: served by the owner, refused
    // elsewhere, never another workshop's data; a 100,000-character key is refused at the door.
    const spoofed = connectBoard(setup.cluster.wsUrl, w.groupBoard(groups[0]!), w.participants[0]!.token, { workshop: 'ws_someone-else' });
    clients.push(spoofed);
    const spoofOutcome = await outcome(spoofed, 10_000);
    expect(spoofOutcome === 'synced' || (spoofOutcome as { code: number }).code === 1013).toBe(true);
    expect(await setup.cluster.holder(w.id)).toBe(holder);
    const huge = connectBoard(setup.cluster.wsUrl, w.groupBoard(groups[0]!), w.participants[0]!.token, { workshop: 'x'.repeat(100_000) });
    clients.push(huge);
    expect(await outcome(huge, 10_000)).not.toBe('synced');
    expect(((await (await fetch(`${setup.cluster.url}/api/ready`)).json()) as { ready: boolean }).ready).toBe(true);

    // Once nobody uses the workshop, its owner gives it back (C2.5) and either process may serve it.
    for (const client of clients) client.destroy();
    await waitFor(async () => (await setup.cluster.holder(w.id)) === null, 15_000, 'the lock to be given back');
  });
});
