/**
 * Issue 10 item 12: only canonical credentials, never a credential in a REST URL, tokens redacted
 * from logs however the query spells them, and Origin checked on /sync when PUBLIC_URL is set.
 */
import WebSocket from 'ws';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { startServer, type ServerProcess } from '../helpers/serverProcess.js';

let server: ServerProcess;
let workshopId = '';
let facilitator = '';
let boardId = '';
beforeAll(async () => {
  server = await startServer({ env: { PUBLIC_URL: 'https://canvas.school.example' } });
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Tokens', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
  workshopId = created.body.workshop.id;
  facilitator = created.body.facilitatorToken;
  boardId = created.body.workshop.boards.find((b: { kind: string }) => b.kind === 'group').id;
});
afterAll(async () => {
  await server?.kill();
});

it('accepts a credential only in its canonical spelling', async () => {
  const http = api(server.url);
  expect((await http.get(`/api/workshops/${workshopId}`, facilitator)).status).toBe(200);
  const [body, mac] = facilitator.split('.') as [string, string];
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const twin = alphabet[alphabet.indexOf(mac.at(-1)!) ^ 1]!; // same 32 bytes, another spelling
  for (const variant of [`${body}.${mac.slice(0, -1)}${twin}`, `${body}.${mac}=`, `${body}=.${mac}`, `${body}.${mac}!!`]) {
    expect([variant, (await http.get(`/api/workshops/${workshopId}`, variant)).status]).toEqual([variant, 401]);
  }
});

it('refuses a credential in a REST query string, however it is spelled, and keeps it out of the log', async () => {
  const secret = encodeURIComponent(facilitator);
  for (const query of [`token=${secret}`, `%74oken=${secret}`, `%74%6F%6B%65%6E=${secret}`]) {
    const response = await fetch(`${server.url}/api/workshops/${workshopId}/export?format=json&${query}`);
    expect([query, response.status]).toEqual([query, 400]);
    expect(await response.json()).toMatchObject({ error: 'credential_in_url' });
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  const [, mac] = facilitator.split('.') as [string, string];
  expect(server.logs.filter((line) => line.includes(mac))).toEqual([]);
  expect(server.logs.some((line) => line.includes('token=%5Bredacted%5D'))).toBe(true);
});

function openSocket(origin?: string): Promise<{ code: number; reason: string } | 'open'> {
  return new Promise((resolve) => {
    const socket = new WebSocket(`${server.wsUrl}/sync/${boardId}?token=${encodeURIComponent(facilitator)}`, origin ? { origin } : {});
    let opened = false;
    socket.on('open', () => {
      opened = true;
    });
    socket.on('message', () => {
      // The server speaks first only to a socket it accepted (SyncStep1).
      socket.close();
      resolve('open');
    });
    socket.on('close', (code, reason) => {
      if (opened) resolve({ code, reason: reason.toString() });
    });
    socket.on('error', () => resolve({ code: 0, reason: 'error' }));
  });
}

it('checks Origin on /sync against PUBLIC_URL; clients that send none (not browsers) are unaffected', async () => {
  const foreign = await openSocket('https://evil.example');
  expect(foreign).toMatchObject({ code: 4403 });
  expect((foreign as { reason: string }).reason).toContain('evil.example');
  expect(await openSocket('https://canvas.school.example')).toBe('open');
  expect(await openSocket()).toBe('open');
  // The websocket URL's token is redacted in the log too.
  const [, mac] = facilitator.split('.') as [string, string];
  expect(server.logs.filter((line) => line.includes(mac))).toEqual([]);
});
