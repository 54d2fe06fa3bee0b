/**
 * Issue 10 item 5 (the workshop side): groups and participants per workshop, workshops per address
 * per day and the free-disk guard, each refused with an answer that names the limit (@canvas/limits L1–L4).
 */
import { expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { connectBoard, waitFor } from '../helpers/clients.js';
import { startServer } from '../helpers/serverProcess.js';

it('L1: a workshop takes at most MAX_GROUPS_PER_WORKSHOP groups and MAX_PARTICIPANTS_PER_WORKSHOP participants', async () => {
  const server = await startServer({ env: { MAX_GROUPS_PER_WORKSHOP: '2', MAX_PARTICIPANTS_PER_WORKSHOP: '9' } });
  try {
    const http = api(server.url);
    expect((await http.post('/api/workshops', { title: 'Too many', activities: [{ templateId: 'c1-needs' }], groupCount: 3 })).body).toMatchObject({
      error: 'too_many_groups',
    });
    const created = await http.post('/api/workshops', { title: 'Bounded', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    const id = created.body.workshop.id;
    const facilitator = created.body.facilitatorToken;
    expect((await http.post(`/api/workshops/${id}/groups`, {}, facilitator)).status).toBe(201);
    const third = await http.post(`/api/workshops/${id}/groups`, {}, facilitator);
    expect(third.status).toBe(409);
    expect(third.body).toMatchObject({ error: 'too_many_groups', details: { limit: 'groups per workshop', value: 2, setting: 'MAX_GROUPS_PER_WORKSHOP' } });
    expect(third.body.message).toContain('at most 2 groups');

    // Two groups of four fill up; the ninth join would need a third group.
    const tokens: string[] = [];
    for (let i = 0; i < 8; i++) {
      const joined = await http.post(`/api/workshops/${id}/join`, { displayName: `P${i}` });
      expect(joined.status).toBe(201);
      tokens.push(joined.body.token);
    }
    const ninth = await http.post(`/api/workshops/${id}/join`, { displayName: 'P8' });
    expect(ninth.status).toBe(409);
    expect(ninth.body.error).toBe('too_many_groups');
    // Rejoining with one's own credential is never refused.
    expect((await http.post(`/api/workshops/${id}/join`, { displayName: 'P0 again', rejoinToken: tokens[0] })).status).toBe(200);
    expect((await http.get(`/api/workshops/${id}`, facilitator)).body.groups.length).toBe(2);
  } finally {
    await server.kill();
  }
  const small = await startServer({ env: { MAX_PARTICIPANTS_PER_WORKSHOP: '2' } });
  try {
    const http = api(small.url);
    const created = await http.post('/api/workshops', { title: 'Small', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    const id = created.body.workshop.id;
    expect((await http.post(`/api/workshops/${id}/join`, { displayName: 'A' })).status).toBe(201);
    expect((await http.post(`/api/workshops/${id}/join`, { displayName: 'B' })).status).toBe(201);
    const full = await http.post(`/api/workshops/${id}/join`, { displayName: 'C' });
    expect(full.status).toBe(409);
    expect(full.body).toMatchObject({ error: 'workshop_full', details: { setting: 'MAX_PARTICIPANTS_PER_WORKSHOP', value: 2 } });
  } finally {
    await small.kill();
  }
});

it('L2: one address creates at most WORKSHOPS_PER_ADDRESS_PER_DAY workshops a day', async () => {
  const server = await startServer({ env: { WORKSHOPS_PER_ADDRESS_PER_DAY: '2' } });
  try {
    const create = () => api(server.url).post('/api/workshops', { title: 'Daily', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    expect((await create()).status).toBe(201);
    expect((await create()).status).toBe(201);
    const response = await fetch(`${server.url}/api/workshops`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title: 'Daily', activities: [{ templateId: 'c1-needs' }], groupCount: 1 }),
    });
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(23 * 3600);
    const body = await response.json();
    expect(body).toMatchObject({ error: 'daily_workshop_limit', details: { setting: 'WORKSHOPS_PER_ADDRESS_PER_DAY', value: 2 } });
    expect(body.message).toContain('2 workshops today');
  } finally {
    await server.kill();
  }
});

it('L4: below MIN_FREE_DISK_MB new writes get 507 naming the limit, boards open read-only, and reading goes on', async () => {
  const dataDir = (await import('../helpers/serverProcess.js')).tempDataDir();
  const before = await startServer({ dataDir });
  const http = api(before.url);
  const created = await http.post('/api/workshops', { title: 'Disk', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
  const id = created.body.workshop.id;
  const facilitator = created.body.facilitatorToken;
  await before.kill();

  // A guard larger than any disk: the server sees its disk as almost full.
  const server = await startServer({ dataDir, env: { MIN_FREE_DISK_MB: '10000000' } });
  try {
    const http = api(server.url);
    const refused = await http.post('/api/workshops', { title: 'No room', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    expect(refused.status).toBe(507);
    expect(refused.body).toMatchObject({ error: 'disk_almost_full', details: { setting: 'MIN_FREE_DISK_MB', limit: 'free disk space' } });
    expect(refused.body.message).toContain('almost full');
    expect((await http.post(`/api/workshops/${id}/join`, { displayName: 'Late' })).status).toBe(507);
    const health = await http.get('/api/health');
    expect(health.body).toMatchObject({ status: 'degraded', disk: 'low' });
    // Everything stored is still there and readable.
    const view = await http.get(`/api/workshops/${id}`, facilitator);
    expect(view.status).toBe(200);
    const board = view.body.boards.find((b: { kind: string }) => b.kind === 'group').id;
    const client = connectBoard(server.wsUrl, board, facilitator);
    await client.synced;
    client.doc.getMap('test').set('note', 'should not be stored');
    await waitFor(() => server.logs.some((line) => line.includes('disk almost full: board opened read-only')), 5000, 'read-only notice');
    // The client hears why (its UI says the server is low on disk space, not that it lacks the right).
    await waitFor(() => client.permissionDenied.length > 0, 5000, 'permission denied with a reason');
    expect(client.permissionDenied[0]).toMatch(/^read-only: disk full: /);
    client.destroy();
  } finally {
    await server.kill();
  }
});
