/**
 * Issue 10 item 3: X-Forwarded-For is believed only from configured proxies (TRUST_PROXY), the log
 * names the real peer, failed join-code look-ups have a server-wide ceiling, codes are 8 characters
 * (old 6-character ones still work) and the facilitator can rotate the code.
 */
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { SERVER_MAIN, startServer, tempDataDir } from '../helpers/serverProcess.js';

const lookup = (url: string, code: string, forwardedFor?: string) =>
  fetch(`${url}/api/join/${code}`, forwardedFor ? { headers: { 'x-forwarded-for': forwardedFor } } : {});

it('ignores X-Forwarded-For by default: a client cannot reset its rate limit by naming other addresses', async () => {
  const server = await startServer({ env: { JOIN_RATE_LIMIT: '5' } });
  try {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) statuses.push((await lookup(server.url, 'ABCDEFGH', `203.0.113.${i + 1}`)).status);
    expect(statuses.slice(0, 5)).toEqual([404, 404, 404, 404, 404]);
    expect(statuses.slice(5)).toEqual([429, 429, 429]);
    // The log names the peer, not the address the client claimed.
    const failed = server.logs.filter((line) => line.includes('failed join-code look-up')).map((line) => JSON.parse(line));
    expect(failed[0]).toMatchObject({ peer: '127.0.0.1', clientAddress: '127.0.0.1' });
  } finally {
    await server.kill();
  }
});

it('believes X-Forwarded-For from a configured proxy, logs both addresses, and stops guessing server-wide after the ceiling', async () => {
  const server = await startServer({ env: { TRUST_PROXY: '127.0.0.1/32', JOIN_RATE_LIMIT: '5', JOIN_CODE_FAILURES_PER_HOUR: '6' } });
  try {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Proxy', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    expect(created.body.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    // Six wrong guesses from six addresses behind the proxy: each address is under its own limit.
    for (let i = 0; i < 6; i++) expect((await lookup(server.url, 'ZZZZZZZZ', `198.51.100.${i + 1}`)).status).toBe(404);
    const failed = server.logs.filter((line) => line.includes('failed join-code look-up')).map((line) => JSON.parse(line));
    expect(failed[0]).toMatchObject({ peer: '127.0.0.1', clientAddress: '198.51.100.1' });
    const request = server.logs.map((line) => JSON.parse(line)).find((entry) => entry.req?.url === '/api/join/ZZZZZZZZ');
    expect(request.req).toMatchObject({ remoteAddress: '127.0.0.1', clientAddress: '198.51.100.1' });
    // The ceiling: now even the right code is refused, with a message that names the limit.
    const paused = await lookup(server.url, created.body.joinCode, '198.51.100.99');
    expect(paused.status).toBe(429);
    expect(Number(paused.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = await paused.json();
    expect(body).toMatchObject({ error: 'join_lookups_paused', details: { setting: 'JOIN_CODE_FAILURES_PER_HOUR', value: 6 } });
    expect(body.message).toContain('at most 6');
    // Joining through the workshop's link still works.
    expect((await http.post(`/api/workshops/${created.body.workshop.id}/join`, { displayName: 'Via link' })).status).toBe(201);
  } finally {
    await server.kill();
  }
});

it('rotates the join code: the old code stops working, the new one works, only the facilitator may rotate', async () => {
  const server = await startServer();
  try {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Rotate', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    const id = created.body.workshop.id;
    const old = created.body.joinCode;
    const joined = await http.post(`/api/workshops/${id}/join`, { displayName: 'Early' });
    expect((await http.post(`/api/workshops/${id}/join-code`, {}, joined.body.token)).status).toBe(403);
    expect((await http.post(`/api/workshops/${id}/join-code`, {})).status).toBe(401);
    const rotated = await http.post(`/api/workshops/${id}/join-code`, {}, created.body.facilitatorToken);
    expect(rotated.status).toBe(200);
    expect(rotated.body.joinCode).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{8}$/);
    expect(rotated.body.joinCode).not.toBe(old);
    expect(rotated.body.participantLink).toBe(`${server.url}/join/${rotated.body.joinCode}`);
    expect((await http.get(`/api/join/${old}`)).status).toBe(404);
    expect((await http.get(`/api/join/${rotated.body.joinCode}`)).body.workshopId).toBe(id);
    expect((await http.get(`/api/workshops/${id}`, created.body.facilitatorToken)).body.joinCode).toBe(rotated.body.joinCode);
    // Whoever is in stays in.
    expect((await http.get(`/api/workshops/${id}`, joined.body.token)).status).toBe(200);
    // Six-character codes of older workshops are still valid input (looked up, not refused as malformed).
    expect((await http.get('/api/join/ABCDEF')).body).toMatchObject({ error: 'join_code_not_found' });
  } finally {
    await server.kill();
  }
});

it.each([
  ['true', /TRUST_PROXY: must name the proxies/],
  ['proxy.example', /TRUST_PROXY: "proxy.example" is not an IP address/],
  ['10.0.0.0/33', /TRUST_PROXY: "10.0.0.0\/33" is not an IP address/],
  ['99', /TRUST_PROXY: a hop count must be between 1 and 10/],
])('refuses TRUST_PROXY=%s with a config error', (value, message) => {
  const result = spawnSync(process.execPath, [SERVER_MAIN], { env: { ...process.env, TRUST_PROXY: value, DATA_DIR: tempDataDir(), PORT: '0' }, encoding: 'utf8', timeout: 60_000 });
  expect(result.status).toBe(78);
  expect(result.stderr).toMatch(message);
});
