/** Joining: groups of at most four, automatic placement, rejoin, the facilitator's group controls. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { connectBoard, outcome } from '../helpers/clients.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let http: ReturnType<typeof api>;

async function createWorkshop(groupCount = 2) {
  const created = await http.post('/api/workshops', { title: 'Groups', activities: [{ templateId: 'c2-persona' }], groupCount });
  expect(created.status).toBe(201);
  return created.body as { workshop: any; facilitatorToken: string; joinCode: string; links: { facilitator: string; participant: string } };
}

beforeAll(async () => {
  server = await startServer({ env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000', WORKSHOPS_PER_ADDRESS_PER_DAY: '1000' } });
  http = api(server.url);
});
afterAll(async () => {
  await server?.kill();
});

describe('creating a workshop', () => {
  it('returns a facilitator link with the secret in the fragment, a participant link and a readable code', async () => {
    const created = await createWorkshop();
    expect(created.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    expect(created.links.participant).toBe(`${server.url}/join/${created.joinCode}`);
    expect(created.links.facilitator).toBe(`${server.url}/f/${created.workshop.id}#key=${created.facilitatorToken}`);
    expect(created.workshop.groups).toHaveLength(2);
    expect(created.workshop.activities[0]).toMatchObject({ templateId: 'c2-persona', durationMinutes: 60 });
  });

  it('names the offending field of an invalid request', async () => {
    const cases: Array<[unknown, string]> = [
      [{ title: '', activities: [{ templateId: 'c1-needs' }] }, 'body.title'],
      [{ title: 'x', activities: [] }, 'body.activities'],
      [{ title: 'x', activities: [{ templateId: 'nope' }] }, 'activities.0.templateId'],
      [{ title: 'x', language: 'tlh', activities: [{ templateId: 'c1-needs' }] }, 'body.language'],
      [{ title: 'x', activities: [{ templateId: 'c1-needs' }], groupCount: 99 }, 'body.groupCount'],
    ];
    for (const [body, field] of cases) {
      const response = await http.post('/api/workshops', body);
      expect(response.status, JSON.stringify(body)).toBe(400);
      expect(response.body.field).toBe(field);
      expect(response.body.message).toEqual(expect.any(String));
    }
    const notJson = await fetch(`${server.url}/api/workshops`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'invalid_json' });
  });

  it('answers 404 for an unknown workshop and an unknown code', async () => {
    const created = await createWorkshop();
    expect((await http.get('/api/workshops/ws_unknown', created.facilitatorToken)).status).toBe(404);
    const unknownCode = await http.get('/api/join/ZZZZZZ');
    expect(unknownCode.status).toBe(404);
    expect(unknownCode.body.error).toBe('join_code_not_found');
    expect((await http.get('/api/join/bad!')).status).toBe(400);
  });
});

describe('joining', () => {
  it('finds the workshop by code (case and spaces forgiven)', async () => {
    const created = await createWorkshop();
    const spaced = `${created.joinCode.slice(0, 3).toLowerCase()} ${created.joinCode.slice(3)}`;
    const lookup = await http.get(`/api/join/${encodeURIComponent(spaced)}`);
    expect(lookup.status).toBe(200);
    expect(lookup.body).toMatchObject({ workshopId: created.workshop.id, title: 'Groups' });
    expect(lookup.body.groups[0]).toMatchObject({ memberCount: 0, capacity: 4 });
  });

  it('refuses a fifth member with a clear message and offers the groups with room', async () => {
    const created = await createWorkshop(2);
    const [groupA, groupB] = created.workshop.groups;
    for (const name of ['A1', 'A2', 'A3', 'A4']) {
      expect((await http.post(`/api/workshops/${created.workshop.id}/join`, { displayName: name, groupId: groupA.id })).status).toBe(201);
    }
    const fifth = await http.post(`/api/workshops/${created.workshop.id}/join`, { displayName: 'A5', groupId: groupA.id });
    expect(fifth.status).toBe(409);
    expect(fifth.body).toMatchObject({ error: 'group_full', field: 'groupId' });
    expect(fifth.body.message).toContain('4 members');
    expect(fifth.body.details.groupsWithRoom.map((g: { id: string }) => g.id)).toEqual([groupB.id]);
  });

  it('two joiners racing for the last seat: exactly one gets it', async () => {
    const created = await createWorkshop(1);
    const [group] = created.workshop.groups;
    for (const name of ['P1', 'P2', 'P3']) {
      await http.post(`/api/workshops/${created.workshop.id}/join`, { displayName: name, groupId: group.id });
    }
    const results = await Promise.all(
      ['Racer 1', 'Racer 2', 'Racer 3'].map((name) =>
        http.post(`/api/workshops/${created.workshop.id}/join`, { displayName: name, groupId: group.id }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    const view = await http.get(`/api/workshops/${created.workshop.id}`, created.facilitatorToken);
    expect(view.body.groups[0].members).toHaveLength(4);
  });

  it('places people automatically, filling groups of four, and opens a new group when all are full', async () => {
    const created = await createWorkshop(1);
    const placed: string[] = [];
    for (let i = 1; i <= 5; i++) {
      const joined = await http.post(`/api/workshops/${created.workshop.id}/join`, { displayName: `Auto ${i}` });
      expect(joined.status).toBe(201);
      placed.push(joined.body.participant.groupId);
    }
    expect(new Set(placed.slice(0, 4)).size).toBe(1);
    expect(placed[4]).not.toBe(placed[0]);
    const view = await http.get(`/api/workshops/${created.workshop.id}`, created.facilitatorToken);
    expect(view.body.groups).toHaveLength(2);
    expect(view.body.groups[0].members.map((m: { color: string }) => m.color)).toEqual(['yellow', 'light-blue', 'light-green', 'light-red']);
  });

  it('rejoining with the same credential restores the same identity and group', async () => {
    const created = await createWorkshop();
    const first = await http.post(`/api/workshops/${created.workshop.id}/join`, { displayName: 'Eva' });
    const again = await http.post(`/api/workshops/${created.workshop.id}/join`, { displayName: 'Eva', rejoinToken: first.body.token });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ rejoined: true, participant: { id: first.body.participant.id, groupId: first.body.participant.groupId } });
  });

  it('rejects names that are empty, too long or carry markup', async () => {
    const created = await createWorkshop();
    for (const displayName of ['', '   ', 'x'.repeat(41), '<script>']) {
      const response = await http.post(`/api/workshops/${created.workshop.id}/join`, { displayName });
      expect(response.status).toBe(400);
      expect(response.body.field).toBe('body.displayName');
    }
  });
});

describe("the facilitator's group controls", () => {
  it('creates, renames, colours and deletes groups; moves and removes people', async () => {
    const created = await createWorkshop(1);
    const id = created.workshop.id;
    const token = created.facilitatorToken;
    const added = await http.post(`/api/workshops/${id}/groups`, { name: 'Team Blue', color: '#1e88e5' }, token);
    expect(added.status).toBe(201);
    expect((await http.patch(`/api/workshops/${id}/groups/${added.body.id}`, { name: 'Team Teal', color: '#00897b' }, token)).status).toBe(204);
    expect((await http.patch(`/api/workshops/${id}/groups/${added.body.id}`, { color: 'teal' }, token)).body.field).toBe('body.color');
    const joined = await http.post(`/api/workshops/${id}/join`, { displayName: 'Finn', groupId: created.workshop.groups[0].id });
    const client = connectBoard(
      server.wsUrl,
      (await http.get(`/api/workshops/${id}`, joined.body.token)).body.boards.find((b: any) => b.kind === 'group').id,
      joined.body.token,
    );
    expect(await outcome(client)).toBe('synced');
    expect((await http.patch(`/api/workshops/${id}/participants/${joined.body.participant.id}`, { groupId: added.body.id }, token)).status).toBe(204);
    // Moved away from the board's group: the open socket loses access.
    expect(await client.closed).toMatchObject({ code: 4403 });
    client.destroy();
    let view = await http.get(`/api/workshops/${id}`, token);
    expect(view.body.groups[1]).toMatchObject({ name: 'Team Teal', color: '#00897b' });
    expect(view.body.groups[1].members.map((m: any) => m.displayName)).toEqual(['Finn']);
    expect((await http.del(`/api/workshops/${id}/groups/${added.body.id}`, token)).status).toBe(204);
    view = await http.get(`/api/workshops/${id}`, token);
    expect(view.body.groups).toHaveLength(1);
    expect(view.body.unassigned.map((m: any) => m.displayName)).toEqual(['Finn']);
    expect((await http.del(`/api/workshops/${id}/participants/${joined.body.participant.id}`, token)).status).toBe(204);
    expect((await http.get(`/api/workshops/${id}`, joined.body.token)).status).toBe(403);
  });
});

describe("the workshop's life", () => {
  it('an ended workshop is read-only: joins refused, boards read-only', async () => {
    const created = await createWorkshop(1);
    const id = created.workshop.id;
    const joined = await http.post(`/api/workshops/${id}/join`, { displayName: 'Gus' });
    expect((await http.post(`/api/workshops/${id}/end`, {}, created.facilitatorToken)).status).toBe(200);
    const late = await http.post(`/api/workshops/${id}/join`, { displayName: 'Late' });
    expect(late.status).toBe(409);
    expect(late.body.error).toBe('workshop_ended');
    const view = await http.get(`/api/workshops/${id}`, joined.body.token);
    expect(view.body.state.status).toBe('ended');
    expect(view.body.boards.every((b: { access: string }) => b.access === 'read')).toBe(true);
    expect((await http.patch(`/api/workshops/${id}`, { locked: true }, created.facilitatorToken)).status).toBe(409);
  });

  it('rate-limits joins per address', async () => {
    const limited = await startServer({ env: { JOIN_RATE_LIMIT: '3' } });
    try {
      const limitedApi = api(limited.url);
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await limitedApi.get('/api/join/ABCDEF')).status);
      expect(statuses.slice(0, 3)).toEqual([404, 404, 404]);
      expect(statuses.slice(3)).toEqual([429, 429]);
      const body = (await limitedApi.get('/api/join/ABCDEF')).body;
      expect(body).toMatchObject({ error: 'rate_limited' });
    } finally {
      await limited.kill();
    }
  });
});
