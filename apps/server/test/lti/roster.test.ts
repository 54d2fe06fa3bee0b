/**
 * The course roster from the LMS (packages/lti/SPEC.md L9) against the real server and a mock platform
 * built with jose: the platform's token endpoint checks the tool's signed client assertion against the
 * tool's published key set, its memberships endpoint answers only with that token; the facilitator
 * loads the roster, plans groups, and each learner lands in the planned group at their first launch.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { ROLE, startMockPlatform, type MockPlatform } from '../helpers/mockPlatform.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
let server: ServerProcess;
let platform: MockPlatform;
let http: ReturnType<typeof api>;

const teacher = { sub: 'u-teacher', name: 'Tamara Lehrerin', roles: [ROLE.instructor] };
const learners = [
  { sub: 'u-ana', name: 'Ana Ortega', roles: [ROLE.learner] },
  { sub: 'u-ben', name: 'Ben Okafor', roles: [ROLE.learner] },
  { sub: 'u-cleo', name: 'Cleo Ŀanza', roles: [ROLE.learner] },
];

beforeAll(async () => {
  platform = await startMockPlatform();
  server = await startServer({ env: { ADMIN_TOKEN } });
  platform.toolUrl = server.url;
  http = api(server.url);
  expect((await http.post('/api/admin/lti/platforms', platform.registration(), ADMIN_TOKEN)).status).toBe(201);
  for (const user of [teacher, ...learners]) platform.users.set(user.sub, user);
  platform.roster = [
    { user_id: teacher.sub, name: teacher.name, roles: teacher.roles, status: 'Active' },
    ...learners.map((l) => ({ user_id: l.sub, name: l.name, roles: l.roles, status: 'Active' as const })),
    { user_id: 'u-gone', name: 'Gone Student', roles: [ROLE.learner], status: 'Inactive' },
  ];
});
afterAll(async () => {
  await server?.kill();
  await platform?.close();
});

describe('the course roster (NRPS, L9)', () => {
  it('loads the roster with the tool’s client credentials, plans groups, and learners land in them', async () => {
    const teacherLaunch = await platform.launch(server.url, teacher);
    const [, workshopId, key] = /^\/f\/([^#]+)#key=(.+)$/.exec(teacherLaunch.location!)!;
    const facilitator = decodeURIComponent(key!);

    const before = await http.get(`/api/workshops/${workshopId}/lti/roster`, facilitator);
    expect(before.body).toEqual({ available: true, members: [] });

    const loaded = await http.post(`/api/workshops/${workshopId}/lti/roster`, {}, facilitator);
    expect(loaded.status).toBe(200);
    // Active members only; the platform handed them out only to the tool's signed assertion.
    expect(loaded.body.members.map((m: { name: string }) => m.name).sort()).toEqual([...learners.map((l) => l.name), teacher.name].sort());
    expect([...platform.tokens.values()]).toEqual(['https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly']);

    const view = await http.get(`/api/workshops/${workshopId}`, facilitator);
    const groups = view.body.groups as { id: string }[];
    const ben = loaded.body.members.find((m: { name: string }) => m.name === 'Ben Okafor');
    const planned = await http.call('PUT', `/api/workshops/${workshopId}/lti/roster/${ben.key}`, { body: { groupId: groups[2]!.id }, token: facilitator });
    expect(planned.status).toBe(200);
    expect(planned.body.members.find((m: { key: string }) => m.key === ben.key).groupId).toBe(groups[2]!.id);

    // Refusals name the problem.
    expect((await http.call('PUT', `/api/workshops/${workshopId}/lti/roster/${ben.key}`, { body: { groupId: 'gr_nope' }, token: facilitator })).body.error).toBe('unknown_group');
    expect((await http.call('PUT', `/api/workshops/${workshopId}/lti/roster/nobody.eHh4`, { body: { groupId: null }, token: facilitator })).status).toBe(404);

    const benLaunch = await platform.launch(server.url, learners[1]!);
    const benToken = decodeURIComponent(/#token=(.+)$/.exec(benLaunch.location!)![1]!);
    const benView = await http.get(`/api/workshops/${workshopId}`, benToken);
    expect(benView.body.me.groupId).toBe(groups[2]!.id);
    expect(benView.body.me.displayName).toBe('Ben Okafor');
    // A learner may not read or change the roster.
    expect((await http.get(`/api/workshops/${workshopId}/lti/roster`, benToken)).status).toBe(403);
    expect((await http.post(`/api/workshops/${workshopId}/lti/roster`, {}, benToken)).status).toBe(403);
    const after = await http.get(`/api/workshops/${workshopId}/lti/roster`, facilitator);
    expect(after.body.members.find((m: { key: string }) => m.key === ben.key)).toMatchObject({ joined: true, groupId: groups[2]!.id });
  });

  it('a workshop not opened from an LMS has no roster', async () => {
    const created = await http.post('/api/workshops', { title: 'Plain', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    const roster = await http.get(`/api/workshops/${created.body.workshop.id}/lti/roster`, created.body.facilitatorToken);
    expect(roster.body).toEqual({ available: false, members: [] });
    const load = await http.post(`/api/workshops/${created.body.workshop.id}/lti/roster`, {}, created.body.facilitatorToken);
    expect(load.status).toBe(409);
    expect(load.body.error).toBe('no_roster');
  });
});
