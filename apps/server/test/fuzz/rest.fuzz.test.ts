/**
 * REST fuzz (seeded; replay with FUZZ_SEED=<seed>): random and mutated JSON bodies, params,
 * query strings, tokens and content types against every route. The server must never answer 5xx,
 * every error must be JSON with `error` and `message`, and the server must stay healthy.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';
import { fuzzSeed, Prng } from './prng.js';

const CASES = Number(process.env.FUZZ_REST_CASES ?? 6000);
const TIME_BUDGET_MS = 40_000;

let server: ServerProcess;

beforeAll(async () => {
  server = await startServer({ env: { CREATE_RATE_LIMIT: '100000', JOIN_RATE_LIMIT: '100000', WORKSHOPS_PER_ADDRESS_PER_DAY: '100000', JOIN_CODE_FAILURES_PER_HOUR: '1000000', ALLOW_SANDBOX: 'true' } });
});
afterAll(async () => {
  await server?.kill();
});

interface Context {
  workshopId: string;
  groupIds: string[];
  activityId: string;
  facilitatorToken: string;
  participantToken: string;
  participantId: string;
  joinCode: string;
}

async function json(method: string, path: string, body?: unknown, token?: string) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body !== undefined ? JSON.stringify(body) : undefined,
  });
  return { status: response.status, body: (await response.json()) as any };
}

async function freshContext(): Promise<Context> {
  const created = await json('POST', '/api/workshops', { title: 'Fuzz', activities: [{ templateId: 'c1-needs' }, { templateId: 'c2-persona' }], groupCount: 3 });
  expect(created.status).toBe(201);
  const workshop = created.body.workshop;
  const joined = await json('POST', `/api/workshops/${workshop.id}/join`, { displayName: 'Fuzzy', groupId: workshop.groups[0].id });
  expect(joined.status).toBeLessThan(300);
  return {
    workshopId: workshop.id,
    groupIds: workshop.groups.map((g: { id: string }) => g.id),
    activityId: workshop.activities[0].id,
    facilitatorToken: created.body.facilitatorToken,
    participantToken: joined.body.token,
    participantId: joined.body.participant.id,
    joinCode: workshop.joinCode,
  };
}

/** encodeURIComponent that survives lone surrogates. */
function enc(text: string): string {
  return encodeURIComponent(text.replace(/[\ud800-\udfff]/g, '\ufffd'));
}

/** Header values must be Latin-1 without control characters (fetch refuses others). */
function headerSafe(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '_');
}

type Route = { method: string; path: (c: Context, r: Prng) => string; body?: (c: Context, r: Prng) => unknown; auth?: boolean };

function id(r: Prng, real: string): string {
  return r.chance(0.6)
    ? real
    : r.pick([enc(r.string(20)), 'x'.repeat(r.pick([1, 64, 129, 5000])), '..%2F..%2Fetc%2Fpasswd', '%00', '%E0%A4%A', 'ws_' + r.string(16), '__proto__', '0', '-1', real + real]);
}

const routes: Route[] = [
  { method: 'GET', path: () => '/api/health' },
  { method: 'GET', path: () => '/api/config' },
  { method: 'GET', path: () => '/api/templates' },
  { method: 'GET', path: (_c, r) => `/api/templates/${id(r, 'c1-needs')}` },
  { method: 'GET', path: (c, r) => `/api/join/${id(r, c.joinCode)}` },
  {
    method: 'POST',
    path: () => '/api/workshops',
    body: (_c, r) => ({ title: 'T', activities: [{ templateId: r.pick(['c1-needs', 'c2-persona']) }], groupCount: 1 + r.int(5), facilitatorName: 'F' }),
  },
  { method: 'POST', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}/join`, body: (c, r) => ({ displayName: 'P', groupId: r.pick(c.groupIds) }) },
  { method: 'GET', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}`, auth: true },
  { method: 'PATCH', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}`, body: (c) => ({ title: 'New', locked: false, currentActivityId: c.activityId }), auth: true },
  {
    method: 'POST',
    path: (c, r) => `/api/workshops/${id(r, c.workshopId)}/timer`,
    body: (_c, r) => r.pick([{ action: 'set', durationMinutes: 5 }, { action: 'extend', minutes: 5 }, { action: 'start' }, { action: 'pause' }, { action: 'reset' }]),
    auth: true,
  },
  { method: 'POST', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}/groups`, body: () => ({ name: 'G' }), auth: true },
  { method: 'PATCH', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}/groups/${id(r, r.pick(c.groupIds))}`, body: () => ({ name: 'G2', color: '#aabbcc' }), auth: true },
  { method: 'DELETE', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}/groups/${id(r, r.pick(c.groupIds))}`, auth: true },
  { method: 'PATCH', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}/participants/${id(r, c.participantId)}`, body: (c, r) => ({ groupId: r.pick([...c.groupIds, null]) }), auth: true },
  { method: 'DELETE', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}/participants/${id(r, c.participantId)}`, auth: true },
  { method: 'POST', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}/end`, auth: true },
  { method: 'DELETE', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}`, auth: true },
  {
    method: 'GET',
    path: (c, r) =>
      `/api/workshops/${id(r, c.workshopId)}/groups/${id(r, r.pick(c.groupIds))}/micro-credential?format=${enc(r.pick(['json', 'png', 'pdf', 'md', r.string(6)]))}&lang=${enc(r.pick(['en', 'de', r.string(4)]))}${r.chance(0.3) ? `&token=${enc(r.string(30))}` : ''}`,
    auth: true,
  },
  { method: 'GET', path: (c, r) => `/api/workshops/${id(r, c.workshopId)}/micro-credentials?lang=${enc(r.pick(['en', r.string(4)]))}`, auth: true },
  ...['GET', 'POST', 'PUT', 'DELETE', 'OPTIONS'].map((method) => ({ method, path: (_c: Context, r: Prng) => `/api/${enc(r.string(12))}` })),
];

/** Mutates a valid body: replace, drop or add fields, change types, wrap, or replace wholesale. */
function mutateBody(valid: unknown, r: Prng): unknown {
  const choice = r.int(8);
  if (choice === 0 || typeof valid !== 'object' || valid === null) return r.json(4);
  const copy: Record<string, unknown> = { ...(valid as Record<string, unknown>) };
  const keys = Object.keys(copy);
  switch (choice) {
    case 1:
      if (keys.length) delete copy[r.pick(keys)];
      return copy;
    case 2:
      if (keys.length) copy[r.pick(keys)] = r.json(3);
      return copy;
    case 3:
      copy[r.string(10) || 'x'] = r.json(2);
      return copy;
    case 4:
      return [copy];
    case 5:
      // JSON text with __proto__ / constructor keys (JSON.stringify would drop a real __proto__)
      return { __raw: `{"__proto__": {"polluted": true}, "constructor": {"prototype": {"x": 1}}${keys.length ? ', ' : ''}${JSON.stringify(copy).slice(1)}` };
    case 6: {
      // deep nesting
      let nested: unknown = copy;
      for (let i = 0; i < r.pick([50, 1000, 5000]); i++) nested = { a: nested };
      return r.chance(0.5) ? nested : { ...copy, extra: nested };
    }
    default:
      return copy;
  }
}

function token(c: Context, r: Prng): string | undefined {
  return r.pick([
    undefined,
    c.facilitatorToken,
    c.facilitatorToken,
    c.participantToken,
    headerSafe(r.string(40)),
    'x'.repeat(10_000),
    c.facilitatorToken.slice(0, -3) + 'AAA',
    c.participantToken.split('.').reverse().join('.'),
    'eyJ2Ijo5OTk5fQ.' + headerSafe(r.string(10)),
  ]);
}

describe('REST fuzz', () => {
  it('never answers 5xx, always answers errors as JSON with error and message', async () => {
    const seed = fuzzSeed();
    const r = new Prng(seed);
    console.log(`rest fuzz: seed ${seed} (replay with FUZZ_SEED=${seed})`);
    let context = await freshContext();
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    const started = Date.now();
    let cases = 0;
    for (; cases < CASES && Date.now() - started < TIME_BUDGET_MS; cases++) {
      if (cases % 150 === 149) context = await freshContext();
      const route = r.pick(routes);
      const path = route.path(context, r);
      const headers: Record<string, string> = {};
      const bearer = route.auth || r.chance(0.2) ? token(context, r) : undefined;
      if (bearer !== undefined) headers.authorization = r.chance(0.9) ? `Bearer ${bearer}` : r.pick([bearer, `Basic ${bearer}`, 'Bearer', 'Bearer  ']);
      let body: string | undefined;
      const method = route.method;
      if (method !== 'GET' && method !== 'OPTIONS') {
        const valid = route.body?.(context, r);
        const kind = r.int(10);
        if (kind < 2 && valid !== undefined) body = JSON.stringify(valid);
        else if (kind < 7) {
          const mutated = mutateBody(valid ?? {}, r) as { __raw?: string } | undefined;
          body = typeof mutated?.__raw === 'string' ? mutated.__raw : (JSON.stringify(mutated) ?? 'null');
        }
        else if (kind === 7) body = r.pick(['{', '{"title":', '[1,2', 'null', '', '"str"', '{"a":1}}', '\u0000', 'NaN', '{"title": "x", "title": 5}']);
        else if (kind === 8) body = r.pick(['x'.repeat(3 * 1024 * 1024), JSON.stringify({ title: 'y'.repeat(1024 * 1024) })]);
        else body = undefined;
        if (body !== undefined) {
          headers['content-type'] = r.chance(0.85)
            ? 'application/json'
            : r.pick(['text/plain', 'application/x-www-form-urlencoded', 'application/json; charset=utf-16', 'multipart/form-data; boundary=x', 'application/jsonx', '']);
          if (headers['content-type'] === '') delete headers['content-type'];
        }
      }
      let status = 0;
      let text = '';
      try {
        const response = await fetch(`${server.url}${path}`, { method, headers, body });
        status = response.status;
        text = await response.text();
      } catch (error) {
        const cause = (error as { cause?: { code?: string; message?: string } }).cause;
        // A body over the 2 MiB limit may be answered (413/404) and the connection closed before the
        // client finished writing it: the client then sees EPIPE/ECONNRESET. That is a refusal.
        if ((body?.length ?? 0) > 2 * 1024 * 1024 && (cause?.code === 'EPIPE' || cause?.code === 'ECONNRESET')) {
          statuses.set(-1, (statuses.get(-1) ?? 0) + 1);
          continue;
        }
        failures.push(`${method} ${path.slice(0, 80)}: request failed (${(error as Error).message}: ${cause?.code ?? ''} ${cause?.message ?? ''}) body ${body?.length ?? 0} B ${headers['content-type'] ?? ''}`);
        continue;
      }
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      const describeCase = () => `${method} ${path.slice(0, 120)} ${headers['content-type'] ?? ''} body=${(body ?? '').slice(0, 120)} → ${status} ${text.slice(0, 200)}`;
      if (status >= 500) {
        failures.push(describeCase());
        continue;
      }
      if (status >= 400 && method !== 'HEAD') {
        let parsed: any = null;
        try {
          parsed = JSON.parse(text);
        } catch {
          /* reported below */
        }
        if (!parsed || typeof parsed.error !== 'string' || typeof parsed.message !== 'string') failures.push(`not an error body: ${describeCase()}`);
      }
    }
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    console.log(
      `rest fuzz: ${cases} cases in ${Date.now() - started} ms, statuses (-1: oversized body cut off) ${JSON.stringify(Object.fromEntries([...statuses].sort((a, b) => a[0] - b[0])))}, ${failures.length} failures`,
    );
    expect(failures.slice(0, 15), `seed ${seed}: ${failures.length} failures`).toEqual([]);
  }, 60_000);
});
