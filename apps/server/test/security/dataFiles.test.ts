/** Issue 10 item 9: the data directory is 0700 and its files 0600 (names, notes and the signing secret live there). */
import fs from 'node:fs';
import { itOnSqlite } from '../helpers/engine.js';
import path from 'node:path';
import { expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { startServer, tempDataDir } from '../helpers/serverProcess.js';

const modeOf = (file: string) => fs.statSync(file).mode & 0o777;

itOnSqlite('creates the data directory 0700 and the SQLite files and the issuer key 0600, and narrows looser ones', async () => {
  const parent = tempDataDir();
  const dataDir = path.join(parent, 'data');
  const server = await startServer({ dataDir });
  try {
    const http = api(server.url);
    const created = await http.post('/api/workshops', { title: 'Modes', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    expect(created.status).toBe(201);
    // The issuer key is created on first use.
    await http.get('/.well-known/did.json');
    expect(modeOf(dataDir)).toBe(0o700);
    const files = fs.readdirSync(dataDir);
    expect(files).toEqual(expect.arrayContaining(['canvas-sessions.sqlite', 'canvas-sessions.sqlite-wal', 'canvas-sessions.sqlite-shm']));
    for (const name of files) expect([name, modeOf(path.join(dataDir, name))]).toEqual([name, 0o600]);
  } finally {
    await server.kill();
  }
  // A directory and database left readable by an older version are narrowed at start.
  fs.chmodSync(dataDir, 0o755);
  fs.chmodSync(path.join(dataDir, 'canvas-sessions.sqlite'), 0o644);
  const again = await startServer({ dataDir });
  try {
    expect(modeOf(dataDir)).toBe(0o700);
    for (const name of fs.readdirSync(dataDir)) expect([name, modeOf(path.join(dataDir, name))]).toEqual([name, 0o600]);
  } finally {
    await again.kill();
  }
});
