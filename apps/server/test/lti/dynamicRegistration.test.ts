/**
 * LTI Dynamic Registration 1.0 (packages/lti/SPEC.md L11) against the real server and a mock platform
 * that publishes Moodle's OpenID configuration and registration endpoint: the platform opens the tool's
 * registration URL, the tool registers itself with the registration token, keeps the client id and
 * deployment it gets back, and a launch through the new registration works. Refusals name the problem.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { ROLE, startMockPlatform, type MockPlatform } from '../helpers/mockPlatform.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';
let server: ServerProcess;
let platform: MockPlatform;
let http: ReturnType<typeof api>;

beforeAll(async () => {
  platform = await startMockPlatform({ clientId: 'dyn-client', deploymentId: 'dyn-deployment' });
  server = await startServer({ env: { ADMIN_TOKEN } });
  http = api(server.url);
});
afterAll(async () => {
  await server?.kill();
  await platform?.close();
});

const registrationUrl = (token = 'reg-token-1') =>
  `${server.url}/lti/register?${new URLSearchParams({ openid_configuration: `${platform.url}/.well-known/openid-configuration`, registration_token: token })}`;

describe('dynamic registration (L11)', () => {
  it('registers itself with the platform, which then launches it', async () => {
    const opened = await fetch(registrationUrl());
    expect(opened.status).toBe(200);
    const csp = opened.headers.get('content-security-policy') ?? '';
    expect(csp).toContain(`frame-ancestors ${platform.url}`);
    expect(csp).toContain("default-src 'none'");
    const html = await opened.text();
    expect(html).not.toMatch(/https?:\/\/(?!127\.0\.0\.1)/); // nothing loads from elsewhere (no CDN)
    const sessionToken = /name="sessionToken" value="([^"]+)"/.exec(html)![1]!;

    const done = await fetch(`${server.url}/lti/register`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ sessionToken }).toString() });
    expect(done.status).toBe(200);
    expect(await done.text()).toContain("postMessage({ subject: 'org.imsglobal.lti.close' }, '*')");
    expect(done.headers.get('content-security-policy')).toMatch(/script-src 'sha256-[A-Za-z0-9+/=]+'/);

    // What the tool told the platform about itself.
    const [registration] = platform.registrations;
    expect(registration!.payload).toMatchObject({
      initiate_login_uri: `${server.url}/lti/login`,
      jwks_uri: `${server.url}/lti/jwks`,
      token_endpoint_auth_method: 'private_key_jwt',
    });
    expect(registration!.payload.scope).toContain('https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly');
    const messages = registration!.payload['https://purl.imsglobal.org/spec/lti-tool-configuration'].messages as Array<{ type: string }>;
    expect(messages.map((m) => m.type)).toContain('LtiDeepLinkingRequest');

    // The registration is kept, and a launch through it works.
    const listed = await http.get('/api/admin/lti', ADMIN_TOKEN);
    expect(listed.body.platforms).toEqual([expect.objectContaining({ issuer: platform.issuer, clientId: 'dyn-client', deploymentIds: ['dyn-deployment'] })]);
    const teacher = { sub: 'u-teacher', name: 'Tamara Lehrerin', roles: [ROLE.instructor] };
    platform.users.set(teacher.sub, teacher);
    expect((await platform.launch(server.url, teacher)).location).toMatch(/^\/f\/ws_/);

    // A session is used once.
    const again = await fetch(`${server.url}/lti/register`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ sessionToken }).toString() });
    expect(again.status).toBe(400);
    expect((await again.json()).error).toBe('registration_expired');
  });

  it('refuses a request without a configuration, and reports a platform that refuses the registration', async () => {
    const bare = await fetch(`${server.url}/lti/register`);
    expect(bare.status).toBe(400);
    expect((await bare.json()).error).toBe('invalid_registration');
    const opened = await fetch(registrationUrl('wrong-token'));
    const sessionToken = /name="sessionToken" value="([^"]+)"/.exec(await opened.text())![1]!;
    const refused = await fetch(`${server.url}/lti/register`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams({ sessionToken }).toString() });
    expect(refused.status).toBe(502);
    expect((await refused.json()).error).toBe('registration_refused');
  });
});
