/**
 * xAPI statements from a scripted session (issue 17; @canvas/xapi SPEC X1–X7) against the real server
 * and a stub LRS on loopback: participants open a board (attended), add and edit notes (added,
 * updated), place a dot (voted), the facilitator ends the workshop (completed). Every statement passes
 * Learning Locker's validator; with the LRS down for a while nothing is lost or doubled; a learner who
 * came through LTI is an LMS account, others a workshop-scoped account, never an e-mail address.
 */
import { YKeyValue } from 'y-utility/y-keyvalue';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { noteRecord } from '../helpers/boardContent.js';
import { connectBoard, sleep, waitFor } from '../helpers/clients.js';
import { ROLE, startMockPlatform, type MockPlatform } from '../helpers/mockPlatform.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';
import { startStubLrs, type StubLrs } from '../helpers/stubLrs.js';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
let server: ServerProcess;
let lrs: StubLrs;
let platform: MockPlatform;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  lrs = await startStubLrs();
  platform = await startMockPlatform();
  server = await startServer({ env: { ADMIN_TOKEN, XAPI_ENDPOINT: lrs.endpoint, XAPI_FLUSH_MS: '200', XAPI_BATCH_SIZE: '5', JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000' } });
  http = api(server.url);
  expect((await http.post('/api/admin/lti/platforms', platform.registration(), ADMIN_TOKEN)).status).toBe(201);
});
afterAll(async () => {
  await server?.kill();
  await platform?.close();
  await lrs?.close();
});

const verbOf = (statement: Record<string, any>) => String(statement.verb.id).split('/').pop();

describe('xAPI statements', () => {
  it('a scripted session reaches the LRS complete and valid, also across an outage', async () => {
    const teacher = { sub: 'u-teacher', name: 'Tamara Lehrerin', roles: [ROLE.instructor] };
    const ana = { sub: 'u-ana', name: 'Ana Ortega', roles: [ROLE.learner] };
    for (const user of [teacher, ana]) platform.users.set(user.sub, user);
    const teacherLaunch = await platform.launch(server.url, teacher);
    const [, workshopId, key] = /^\/f\/([^#]+)#key=(.+)$/.exec(teacherLaunch.location!)!;
    const facilitator = decodeURIComponent(key!);
    const anaLaunch = await platform.launch(server.url, ana);
    const anaToken = decodeURIComponent(/#token=(.+)$/.exec(anaLaunch.location!)![1]!);
    const ben = await http.post(`/api/workshops/${workshopId}/join`, { displayName: 'Ben', groupId: (await http.get(`/api/workshops/${workshopId}`, anaToken)).body.me.groupId });
    const view = await http.get(`/api/workshops/${workshopId}`, anaToken);
    const board = (view.body.boards as { id: string; kind: string }[]).find((b) => b.kind === 'group')!.id;

    lrs.down = true; // the LRS is away while the session starts
    const a = connectBoard(server.wsUrl, board, anaToken);
    const b = connectBoard(server.wsUrl, board, ben.body.token);
    await Promise.all([a.synced, b.synced]);
    const kvA = new YKeyValue<any>(a.doc.getArray('tldraw-records'));
    const kvB = new YKeyValue<any>(b.doc.getArray('tldraw-records'));
    kvA.set('shape:n1', noteRecord({ id: 'n1', x: 100, y: 300, text: 'Employers ask for digital skills' }));
    kvB.set('shape:n2', noteRecord({ id: 'n2', x: 900, y: 300, text: 'Green transition' }));
    await sleep(300);
    kvA.set('shape:n1', noteRecord({ id: 'n1', x: 100, y: 300, text: 'Employers ask for digital and green skills' }));
    await sleep(300);
    a.destroy();
    b.destroy();
    const vote = await http.post(`/api/workshops/${workshopId}/votes`, { activityId: view.body.activities[0].id }, facilitator);
    expect((await http.post(`/api/workshops/${workshopId}/votes/${vote.body.id}/dots`, { boardId: board, shapeId: 'shape:n2' }, anaToken)).status).toBe(201);
    expect((await http.post(`/api/workshops/${workshopId}/end`, {}, facilitator)).status).toBe(200);
    await waitFor(() => lrs.refused > 0, 5000, 'the sender tried while the LRS was down');
    lrs.down = false;

    await waitFor(() => lrs.statements.size >= 8, 20_000, 'every statement arrived');
    await sleep(1500); // nothing more (no duplicates) arrives later
    const statements = [...lrs.statements.values()];
    expect(lrs.problems).toEqual([]);
    expect(statements.map(verbOf).sort()).toEqual(['add', 'add', 'attended', 'attended', 'completed', 'completed', 'update', 'voted-up'].sort());

    const byVerb = (verb: string) => statements.filter((s) => verbOf(s) === verb);
    // Ana came through LTI: an LMS account; Ben joined by code: an account scoped to the workshop.
    const anaAdd = byVerb('add').find((s) => s.object.definition.name.en.startsWith('Employers'))!;
    expect(anaAdd.actor.account).toEqual({ homePage: platform.issuer, name: ana.sub });
    const benAdd = byVerb('add').find((s) => s.object.definition.name.en === 'Green transition')!;
    expect(benAdd.actor.account.homePage).toContain(`/workshops/${workshopId}`);
    expect(JSON.stringify(statements)).not.toMatch(/mbox|mailto:/);
    // Context: the canvas and the workshop, the area the note is in, the group as a team.
    expect(anaAdd.context.contextActivities.grouping.map((g: { id: string }) => g.id).join(' ')).toContain(`/workshops/${workshopId}`);
    expect(anaAdd.context.contextActivities.parent[0].id).toContain('/areas/');
    expect(anaAdd.context.team.member).toHaveLength(2);
    expect(byVerb('update')[0]!.object.definition.name.en).toBe('Employers ask for digital and green skills');
  });
});
