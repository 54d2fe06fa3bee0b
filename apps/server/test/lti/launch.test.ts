/**
 * LTI 1.3 launches against the real server (packages/lti/SPEC.md L1–L7), from a mock platform built
 * with jose: registration by the administrator, login, verified launches, and the refusals.
 */
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { ROLE, startMockPlatform, type MockPlatform } from '../helpers/mockPlatform.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
let server: ServerProcess;
let platform: MockPlatform;
let http: ReturnType<typeof api>;

const teacher = { sub: 'u-teacher', name: 'Tamara Lehrerin', roles: [ROLE.instructor] };
const ana = { sub: 'u-ana', name: 'Ana Ortega', roles: [ROLE.learner] };
const ben = { sub: 'u-ben', name: 'Ben Okafor', roles: [ROLE.learner] };

beforeAll(async () => {
  platform = await startMockPlatform();
  server = await startServer({ env: { ADMIN_TOKEN } });
  http = api(server.url);
});
afterAll(async () => {
  await server?.kill();
  await platform?.close();
});

describe('registration by the administrator (L1)', () => {
  it('refuses without the admin token, and names a bad field', async () => {
    expect((await http.post('/api/admin/lti/platforms', platform.registration())).status).toBe(401);
    expect((await http.post('/api/admin/lti/platforms', platform.registration(), 'wrong-token-wrong-token-wrong')).status).toBe(401);
    const bad = await http.post('/api/admin/lti/platforms', { ...platform.registration(), jwksUrl: 'not a url' }, ADMIN_TOKEN);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: 'invalid_request', field: 'body.jwksUrl' });
  });

  it('registers the platform and lists it with the tool URLs to give the platform', async () => {
    const created = await http.post('/api/admin/lti/platforms', platform.registration(), ADMIN_TOKEN);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ issuer: platform.issuer, clientId: platform.clientId, deploymentIds: [platform.deploymentId] });
    const listed = await http.get('/api/admin/lti', ADMIN_TOKEN);
    expect(listed.body.tool).toEqual({
      login: `${server.url}/lti/login`,
      launch: `${server.url}/lti/launch`,
      jwks: `${server.url}/lti/jwks`,
      registration: `${server.url}/lti/register`,
    });
    expect(listed.body.platforms).toHaveLength(1);
  });

  it('publishes the tool key set (public key only)', async () => {
    const jwks = await http.get('/lti/jwks');
    expect(jwks.status).toBe(200);
    expect(jwks.body.keys).toHaveLength(1);
    expect(jwks.body.keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(jwks.body.keys[0].d).toBeUndefined();
  });
});

describe('launches (L3, L5, L7)', () => {
  it('a learner before the teacher is told the activity is not ready', async () => {
    platform.resourceLink = { id: 'rl-early', title: 'Early' };
    const answer = await platform.launch(server.url, ana);
    expect(answer.status).toBe(409);
    expect(answer.body.error).toBe('workshop_not_ready');
  });

  let workshopId = '';
  it('an instructor opens the console of a new workshop linked to the resource link', async () => {
    platform.resourceLink = { id: 'rl-1', title: 'Needs analysis' };
    const answer = await platform.launch(server.url, teacher);
    expect(answer.status, JSON.stringify(answer.body)).toBe(302);
    const match = /^\/f\/([^#]+)#key=(.+)$/.exec(answer.location ?? '');
    expect(match, answer.location ?? JSON.stringify(answer.body)).not.toBeNull();
    workshopId = match![1]!;
    const view = await http.get(`/api/workshops/${workshopId}`, decodeURIComponent(match![2]!));
    expect(view.status).toBe(200);
    expect(view.body.title).toBe('Needs analysis');
    expect(view.body.me.role).toBe('facilitator');
    // A second launch of the same link opens the same workshop.
    const again = await platform.launch(server.url, teacher);
    expect(again.location).toMatch(new RegExp(`^/f/${workshopId}#key=`));
  });

  it('two learners land in a group with their LMS names and no code; a relaunch keeps the identity', async () => {
    const seen: Array<{ participantId: string; groupId: string; name: string }> = [];
    for (const learner of [ana, ben]) {
      const answer = await platform.launch(server.url, learner);
      expect(answer.status, JSON.stringify(answer.body)).toBe(302);
      const match = /^\/w\/([^#]+)#token=(.+)$/.exec(answer.location ?? '');
      expect(match).not.toBeNull();
      expect(match![1]).toBe(workshopId);
      const view = await http.get(`/api/workshops/${workshopId}`, decodeURIComponent(match![2]!));
      expect(view.status).toBe(200);
      expect(view.body.me).toMatchObject({ role: 'participant', displayName: learner.name });
      expect(view.body.me.groupId).toBeTruthy();
      seen.push({ participantId: view.body.me.participantId, groupId: view.body.me.groupId, name: learner.name });
    }
    const again = await platform.launch(server.url, ana);
    const view = await http.get(`/api/workshops/${workshopId}`, decodeURIComponent(/#token=(.+)$/.exec(again.location!)![1]!));
    expect(view.body.me.participantId).toBe(seen[0]!.participantId);
  });

  it('a learner whose platform withholds names joins as "Participant"', async () => {
    const answer = await platform.launch(server.url, { sub: 'u-private', name: '', roles: [ROLE.learner] }, (claims) => delete claims.name);
    expect(answer.status, JSON.stringify(answer.body)).toBe(302);
    const view = await http.get(`/api/workshops/${workshopId}`, decodeURIComponent(/#token=(.+)$/.exec(answer.location!)![1]!));
    expect(view.body.me.displayName).toBe('Participant');
  });
});

describe('deleting the workshop (L7)', () => {
  it('removes its resource link and LMS members, not the registration', async () => {
    platform.resourceLink = { id: 'rl-delete', title: 'Short-lived' };
    const teacherLaunch = await platform.launch(server.url, teacher);
    const [, id, key] = /^\/f\/([^#]+)#key=(.+)$/.exec(teacherLaunch.location!)!;
    expect((await platform.launch(server.url, ana)).status).toBe(302);
    expect((await http.del(`/api/workshops/${id}`, decodeURIComponent(key!))).status).toBe(204);
    // The link went with the workshop: a learner now finds nothing, a teacher starts a new workshop.
    expect((await platform.launch(server.url, ana)).body.error).toBe('workshop_not_ready');
    const again = await platform.launch(server.url, teacher);
    expect(again.location).toMatch(/^\/f\/ws_/);
    expect(again.location).not.toContain(id!);
    expect((await http.get('/api/admin/lti', ADMIN_TOKEN)).body.platforms).toHaveLength(1);
    platform.resourceLink = { id: 'rl-1', title: 'Needs analysis' };
  });
});

describe('refusals (L3)', () => {
  it('a bad signature', async () => {
    const other = await generateKeyPair('RS256');
    const auth = await platform.login(server.url, ana.sub);
    const idToken = await platform.sign(platform.claimsFor(ana, auth.get('nonce')!), { key: other.privateKey });
    const answer = await platform.post(auth.get('redirect_uri')!, idToken, auth.get('state')!);
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('bad_signature');
  });

  it('a wrong audience', async () => {
    const answer = await platform.launch(server.url, ana, (claims) => (claims.aud = 'another-tool'));
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('wrong_audience');
  });

  it('an unknown deployment', async () => {
    const answer = await platform.launch(server.url, ana, (claims) => (claims['https://purl.imsglobal.org/spec/lti/claim/deployment_id'] = 'deployment-x'));
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('unknown_deployment');
  });

  it('a replayed nonce', async () => {
    const first = await platform.launch(server.url, ana);
    expect(first.status, JSON.stringify(first.body)).toBe(302);
    const replay = await platform.post(`${server.url}/lti/launch`, first.idToken, first.state);
    expect(replay.status).toBe(401);
    expect(replay.body.error).toBe('replayed_nonce');
  });

  it('an expired token', async () => {
    const auth = await platform.login(server.url, ana.sub);
    const idToken = await platform.sign(platform.claimsFor(ana, auth.get('nonce')!), { expiresIn: -120 });
    const answer = await platform.post(auth.get('redirect_uri')!, idToken, auth.get('state')!);
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('token_expired');
  });

  it('a tampered state', async () => {
    const auth = await platform.login(server.url, ana.sub);
    const idToken = await platform.sign(platform.claimsFor(ana, auth.get('nonce')!));
    const [header, payload, signature] = auth.get('state')!.split('.');
    const claims = JSON.parse(Buffer.from(payload!, 'base64url').toString());
    claims.nonce = 'someone-elses-nonce';
    const tampered = `${header}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.${signature}`;
    const answer = await platform.post(auth.get('redirect_uri')!, idToken, tampered);
    expect(answer.status).toBe(401);
    expect(answer.body.error).toBe('invalid_state');
  });

  it('a launch with no id_token, and a login from an unknown platform', async () => {
    const empty = await platform.post(`${server.url}/lti/launch`, '', '');
    expect(empty.status).toBe(400);
    expect(empty.body.error).toBe('invalid_launch');
    const login = await fetch(`${server.url}/lti/login?iss=https://lms.invalid&login_hint=x&target_link_uri=${encodeURIComponent(server.url)}`, { redirect: 'manual' });
    expect(login.status).toBe(400);
    expect((await login.json()).error).toBe('unknown_platform');
  });
});
