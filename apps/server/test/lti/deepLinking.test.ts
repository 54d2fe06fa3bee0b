/**
 * LTI Deep Linking 2.0 (packages/lti/SPEC.md L10) against the real server and a mock platform built with
 * jose: a teacher's deep-linking request opens the picker; the choice comes back as a response signed
 * with the tool's key (verified here against the tool's published key set) whose content item names
 * the new workshop in a custom parameter the server signed; a learner's launch of the placed link lands
 * in that workshop; a forged parameter, a learner's request and a bad ticket are refused.
 */
import { createRemoteJWKSet, jwtVerify } from 'jose';
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
const DL = 'https://purl.imsglobal.org/spec/lti-dl/claim/';

beforeAll(async () => {
  platform = await startMockPlatform();
  server = await startServer({ env: { ADMIN_TOKEN } });
  http = api(server.url);
  expect((await http.post('/api/admin/lti/platforms', platform.registration(), ADMIN_TOKEN)).status).toBe(201);
  for (const user of [teacher, ana]) platform.users.set(user.sub, user);
});
afterAll(async () => {
  await server?.kill();
  await platform?.close();
});

/** The deep-linking request a platform sends when a teacher adds the tool to a course. */
const asDeepLinkingRequest = (claims: Record<string, unknown>) => {
  claims['https://purl.imsglobal.org/spec/lti/claim/message_type'] = 'LtiDeepLinkingRequest';
  delete claims['https://purl.imsglobal.org/spec/lti/claim/resource_link'];
  claims[`${DL}deep_linking_settings`] = {
    deep_link_return_url: `${platform.url}/deep-link-return`,
    accept_types: ['ltiResourceLink'],
    accept_presentation_document_targets: ['window'],
    data: 'opaque-123',
  };
};

async function choose(ticket: string, fields: Record<string, string>) {
  const response = await fetch(`${server.url}/lti/deep-link/return`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ticket, ...fields }).toString(),
  });
  return { status: response.status, csp: response.headers.get('content-security-policy') ?? '', text: await response.text() };
}

describe('deep linking (L10)', () => {
  it('a teacher creates a workshop from an agenda and places it; a learner of the placed link lands in it', async () => {
    const request = await platform.launch(server.url, teacher, asDeepLinkingRequest);
    expect(request.status).toBe(302);
    const ticket = decodeURIComponent(/^\/lti\/deep-link#ticket=(.+)$/.exec(request.location!)![1]!);

    const page = await http.get('/api/lti/deep-link', ticket);
    expect(page.body).toEqual({ courseTitle: 'Designing micro-credentials', language: 'en', workshops: [] });

    const answer = await choose(ticket, { choice: 'new', title: 'MicroQuest unit 1', agendaId: 'microquest-unit-1' });
    expect(answer.status).toBe(200);
    // The page may post only to the platform, and run only its one script.
    expect(answer.csp).toContain(`form-action ${platform.url}`);
    expect(answer.csp).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(answer.csp).toContain("default-src 'none'");
    expect(answer.text).toContain(`action="${platform.url}/deep-link-return"`);
    const jwt = /name="JWT" value="([^"]+)"/.exec(answer.text)![1]!;
    const { payload } = await jwtVerify(jwt, createRemoteJWKSet(new URL(`${server.url}/lti/jwks`)), { issuer: platform.clientId, audience: platform.issuer });
    expect(payload['https://purl.imsglobal.org/spec/lti/claim/message_type']).toBe('LtiDeepLinkingResponse');
    expect(payload[`${DL}data`]).toBe('opaque-123');
    const [item] = payload[`${DL}content_items`] as Array<{ type: string; title: string; url: string; custom: Record<string, string> }>;
    expect(item).toMatchObject({ type: 'ltiResourceLink', title: 'MicroQuest unit 1', url: `${server.url}/lti/launch` });
    const placed = item!.custom.canvas_sessions_workshop!;
    const workshopId = placed.slice(0, placed.lastIndexOf('.'));
    expect(workshopId).toMatch(/^ws_/);

    // The platform creates the link with the item's custom parameter; a learner opens it before any teacher.
    platform.resourceLink = { id: 'rl-placed', title: 'MicroQuest unit 1' };
    const learner = await platform.launch(server.url, ana, (claims) => {
      claims['https://purl.imsglobal.org/spec/lti/claim/custom'] = { canvas_sessions_workshop: placed };
    });
    expect(learner.location).toMatch(new RegExp(`^/w/${workshopId}#token=`));
    const token = decodeURIComponent(/#token=(.+)$/.exec(learner.location!)![1]!);
    const view = await http.get(`/api/workshops/${workshopId}`, token);
    expect(view.body.title).toBe('MicroQuest unit 1');
    expect(view.body.activities.map((a: { templateId: string }) => a.templateId)).toEqual(['mc-definitions', 'mc-not']);

    // The course now has this workshop: a second request offers it, and placing it again works.
    const again = await platform.launch(server.url, teacher, asDeepLinkingRequest);
    const ticket2 = decodeURIComponent(/#ticket=(.+)$/.exec(again.location!)![1]!);
    expect((await http.get('/api/lti/deep-link', ticket2)).body.workshops).toEqual([{ id: workshopId, title: 'MicroQuest unit 1' }]);
    expect((await choose(ticket2, { choice: 'existing', workshopId: 'ws_not_in_this_course' })).status).toBe(404);
    expect((await choose(ticket2, { choice: 'new', title: 'x', agendaId: 'no-such-agenda' })).status).toBe(400);
    expect((await choose(ticket2, { choice: 'existing', workshopId })).status).toBe(200);
    // A ticket answers once.
    expect((await choose(ticket2, { choice: 'existing', workshopId })).status).toBe(401);
  });

  it('refuses a forged workshop parameter, a learner’s deep-linking request and a bad ticket', async () => {
    const request = await platform.launch(server.url, teacher, asDeepLinkingRequest);
    const ticket = decodeURIComponent(/#ticket=(.+)$/.exec(request.location!)![1]!);
    const answer = await choose(ticket, { choice: 'new', title: 'Target' });
    const jwt = /name="JWT" value="([^"]+)"/.exec(answer.text)![1]!;
    const placed = ((JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString())[`${DL}content_items`] as Array<{ custom: Record<string, string> }>)[0]!.custom.canvas_sessions_workshop)!;
    const workshopId = placed.slice(0, placed.lastIndexOf('.'));

    platform.resourceLink = { id: 'rl-forged', title: 'Forged' };
    const forged = await platform.launch(server.url, ana, (claims) => {
      claims['https://purl.imsglobal.org/spec/lti/claim/custom'] = { canvas_sessions_workshop: `${workshopId}.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA` };
    });
    expect(forged.status).toBe(409);
    expect(forged.body.error).toBe('workshop_not_ready');

    const learnerRequest = await platform.launch(server.url, ana, asDeepLinkingRequest);
    expect(learnerRequest.status).toBe(403);
    expect(learnerRequest.body.error).toBe('instructors_only');

    expect((await http.get('/api/lti/deep-link', 'not-a-ticket')).status).toBe(401);
    expect((await choose('not-a-ticket', { choice: 'new', title: 'x' })).status).toBe(401);
  });
});
