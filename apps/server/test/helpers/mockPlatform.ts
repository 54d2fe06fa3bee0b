/**
 * A mock LTI 1.3 platform (an LMS) built with jose: its own RS256 key set, an OIDC authorisation endpoint
 * that answers the tool's login redirect with an auto-posting form (as Moodle does), and hooks to sign
 * id_tokens by hand for negative tests. Loopback only.
 */
import { createRemoteJWKSet, exportJWK, generateKeyPair, jwtVerify, SignJWT, type JWK } from 'jose';
import { randomUUID } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LaunchUser {
  sub: string;
  name: string;
  roles: string[];
}

export const ROLE = {
  instructor: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor',
  learner: 'http://purl.imsglobal.org/vocab/lis/v2/membership#Learner',
};

export interface MockPlatform {
  url: string;
  issuer: string;
  clientId: string;
  deploymentId: string;
  registration(): { name: string; issuer: string; clientId: string; authUrl: string; tokenUrl: string; jwksUrl: string; deploymentIds: string[] };
  /** Users the authorisation endpoint knows, by login_hint. */
  users: Map<string, LaunchUser>;
  /** The resource link the next launches are for. */
  resourceLink: { id: string; title: string };
  /** Signs an id_token; `overrides` replace claims, `key` another signing key (for a bad signature). */
  sign(claims: Record<string, unknown>, options?: { key?: Parameters<SignJWT['sign']>[0]; expiresIn?: number }): Promise<string>;
  claimsFor(user: LaunchUser, nonce: string): Record<string, unknown>;
  /** Runs the tool's login with fetch (no browser) and returns the parameters the tool sent to /auth. */
  login(toolUrl: string, loginHint: string): Promise<URLSearchParams>;
  /** A whole launch without a browser: login, sign, post; returns the tool's answer. */
  launch(toolUrl: string, user: LaunchUser, tweak?: (claims: Record<string, unknown>) => void): Promise<{ status: number; location: string | null; body: any; idToken: string; state: string }>;
  post(launchUrl: string, idToken: string, state: string): Promise<{ status: number; location: string | null; body: any }>;
  /** The course's members as Names and Role Provisioning Services lists them (`/memberships`). */
  roster: Array<{ user_id: string; name?: string; roles: string[]; status?: 'Active' | 'Inactive' | 'Deleted' }>;
  /** The tool's base URL, for checking its client assertions against its key set (`/token`). */
  toolUrl: string;
  /** Access tokens the token endpoint issued, with their scopes. */
  tokens: Map<string, string>;
  /** Changes the claims of id_tokens the authorisation endpoint signs (e.g. into a deep-linking request). */
  tweak: ((claims: Record<string, unknown>) => void) | null;
  /** JWTs the tool posted to the deep-linking return URL. */
  deepLinkResponses: string[];
  /** Registrations the tool posted to the registration endpoint (Dynamic Registration), with their bearer token. */
  registrations: Array<{ token: string; payload: Record<string, any> }>;
  close(): Promise<void>;
}

export async function startMockPlatform(options: { clientId?: string; deploymentId?: string } = {}): Promise<MockPlatform> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { extractable: true });
  const kid = 'mock-platform-key';
  const jwk: JWK = { ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' };
  const users = new Map<string, LaunchUser>();
  const clientId = options.clientId ?? 'canvas-sessions-tool';
  const deploymentId = options.deploymentId ?? 'deployment-1';
  let base = '';

  const platform: MockPlatform = {
    url: '',
    issuer: '',
    clientId,
    deploymentId,
    users,
    resourceLink: { id: 'rl-1', title: 'Needs analysis' },
    roster: [],
    toolUrl: '',
    tokens: new Map(),
    tweak: null,
    deepLinkResponses: [],
    registrations: [],
    registration: () => ({
      name: 'Mock Moodle',
      issuer: base,
      clientId,
      authUrl: `${base}/auth`,
      tokenUrl: `${base}/token`,
      jwksUrl: `${base}/jwks`,
      deploymentIds: [deploymentId],
    }),
    async sign(claims, signOptions = {}) {
      const now = Math.floor(Date.now() / 1000);
      const expiresIn = signOptions.expiresIn ?? 300;
      return new SignJWT({ iat: now, exp: now + expiresIn, ...claims })
        .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
        .sign(signOptions.key ?? privateKey);
    },
    claimsFor(user, nonce) {
      return {
        iss: base,
        aud: clientId,
        sub: user.sub,
        nonce,
        name: user.name,
        'https://purl.imsglobal.org/spec/lti/claim/message_type': 'LtiResourceLinkRequest',
        'https://purl.imsglobal.org/spec/lti/claim/version': '1.3.0',
        'https://purl.imsglobal.org/spec/lti/claim/deployment_id': deploymentId,
        'https://purl.imsglobal.org/spec/lti/claim/target_link_uri': 'http://tool.invalid/lti/launch',
        'https://purl.imsglobal.org/spec/lti/claim/roles': user.roles,
        'https://purl.imsglobal.org/spec/lti/claim/resource_link': { ...platform.resourceLink },
        'https://purl.imsglobal.org/spec/lti/claim/context': { id: 'course-7', label: 'MC101', title: 'Designing micro-credentials' },
        'https://purl.imsglobal.org/spec/lti/claim/tool_platform': { guid: 'mock', name: 'Mock Moodle' },
        'https://purl.imsglobal.org/spec/lti/claim/launch_presentation': { locale: 'en' },
        'https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice': {
          context_memberships_url: `${base}/memberships`,
          service_versions: ['2.0'],
        },
      };
    },
    async login(toolUrl, loginHint) {
      const params = new URLSearchParams({ iss: base, login_hint: loginHint, target_link_uri: `${toolUrl}/lti/launch`, client_id: clientId, lti_deployment_id: deploymentId });
      const response = await fetch(`${toolUrl}/lti/login?${params}`, { redirect: 'manual' });
      if (response.status !== 302) throw new Error(`login answered ${response.status}: ${await response.text()}`);
      const location = new URL(response.headers.get('location')!);
      if (`${location.origin}${location.pathname}` !== `${base}/auth`) throw new Error(`login redirected to ${location}`);
      return location.searchParams;
    },
    async post(launchUrl, idToken, state) {
      const response = await fetch(launchUrl, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ id_token: idToken, state }).toString(),
      });
      const text = await response.text();
      let body: any = text;
      try {
        body = JSON.parse(text);
      } catch {
        /* not JSON */
      }
      return { status: response.status, location: response.headers.get('location'), body };
    },
    async launch(toolUrl, user, tweak) {
      const auth = await platform.login(toolUrl, user.sub);
      const claims = platform.claimsFor(user, auth.get('nonce')!);
      tweak?.(claims);
      const idToken = await platform.sign(claims);
      const state = auth.get('state')!;
      return { ...(await platform.post(auth.get('redirect_uri')!, idToken, state)), idToken, state };
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };

  const server = http.createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', base);
    if (url.pathname === '/jwks') {
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
      return;
    }
    if (url.pathname === '/token' && request.method === 'POST') {
      // OAuth 2 client credentials with a JWT client assertion signed by the tool's key (LTI Security 1.0 §4.1).
      let body = '';
      for await (const chunk of request) body += chunk;
      const form = new URLSearchParams(body);
      try {
        if (form.get('grant_type') !== 'client_credentials') throw new Error('grant_type');
        const keys = createRemoteJWKSet(new URL(`${platform.toolUrl}/lti/jwks`));
        await jwtVerify(form.get('client_assertion') ?? '', keys, { issuer: clientId, subject: clientId, audience: `${base}/token` });
      } catch (error) {
        response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid_client', detail: String(error) }));
        return;
      }
      const token = randomUUID();
      platform.tokens.set(token, form.get('scope') ?? '');
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600, scope: form.get('scope') }));
      return;
    }
    if (url.pathname === '/.well-known/openid-configuration') {
      // What Moodle publishes for LTI Dynamic Registration 1.0.
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({
          issuer: base,
          authorization_endpoint: `${base}/auth`,
          registration_endpoint: `${base}/register`,
          jwks_uri: `${base}/jwks`,
          token_endpoint: `${base}/token`,
          token_endpoint_auth_methods_supported: ['private_key_jwt'],
          token_endpoint_auth_signing_alg_values_supported: ['RS256'],
          scopes_supported: ['openid', 'https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly'],
          response_types_supported: ['id_token'],
          id_token_signing_alg_values_supported: ['RS256'],
          claims_supported: ['sub', 'iss', 'name'],
          subject_types_supported: ['public', 'pairwise'],
          'https://purl.imsglobal.org/spec/lti-platform-configuration': {
            product_family_code: 'moodle',
            version: '4.5',
            messages_supported: [{ type: 'LtiResourceLinkRequest' }, { type: 'LtiDeepLinkingRequest' }],
          },
        }),
      );
      return;
    }
    if (url.pathname === '/register' && request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += chunk;
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (token !== 'reg-token-1') {
        response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'invalid registration token' }));
        return;
      }
      const payload = JSON.parse(body) as Record<string, any>;
      platform.registrations.push({ token, payload });
      const toolConfig = payload['https://purl.imsglobal.org/spec/lti-tool-configuration'] ?? {};
      response.writeHead(200, { 'content-type': 'application/json' }).end(
        JSON.stringify({ ...payload, client_id: clientId, 'https://purl.imsglobal.org/spec/lti-tool-configuration': { ...toolConfig, deployment_id: deploymentId } }),
      );
      return;
    }
    if (url.pathname === '/deep-link-return' && request.method === 'POST') {
      let body = '';
      for await (const chunk of request) body += chunk;
      platform.deepLinkResponses.push(new URLSearchParams(body).get('JWT') ?? '');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Mock Moodle</title><p>Activity added.</p>');
      return;
    }
    if (url.pathname === '/memberships') {
      const token = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? '';
      if (!platform.tokens.get(token)?.includes('contextmembership.readonly')) {
        response.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ error: 'unauthorized' }));
        return;
      }
      response
        .writeHead(200, { 'content-type': 'application/vnd.ims.lti-nrps.v2.membershipcontainer+json' })
        .end(JSON.stringify({ id: `${base}/memberships`, context: { id: 'course-7', label: 'MC101', title: 'Designing micro-credentials' }, members: platform.roster }));
      return;
    }
    if (url.pathname === '/auth') {
      // The platform's side of the OIDC login: check what the tool asked for, then post the id_token back.
      const p = url.searchParams;
      const user = users.get(p.get('login_hint') ?? '');
      const wrong = ['scope=openid', 'response_type=id_token', 'response_mode=form_post', 'prompt=none', `client_id=${clientId}`].find((pair) => {
        const [k, v] = pair.split('=');
        return p.get(k!) !== v;
      });
      if (!user || wrong || !p.get('nonce') || !p.get('state') || !p.get('redirect_uri')) {
        response.writeHead(400, { 'content-type': 'text/plain' }).end(`bad authorisation request (${wrong ?? 'unknown user or missing parameter'})`);
        return;
      }
      const claims = platform.claimsFor(user, p.get('nonce')!);
      platform.tweak?.(claims);
      const idToken = await platform.sign(claims);
      const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(
        `<!doctype html><html><body><form id="f" method="post" action="${escape(p.get('redirect_uri')!)}">` +
          `<input type="hidden" name="id_token" value="${escape(idToken)}"><input type="hidden" name="state" value="${escape(p.get('state')!)}">` +
          `</form><script>document.getElementById('f').submit()</script></body></html>`,
      );
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  platform.url = base;
  platform.issuer = base;
  return platform;
}
