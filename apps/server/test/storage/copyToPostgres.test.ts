/**
 * `pnpm db:copy-to-postgres` (issue 15 §1): a SQLite data directory that a real server filled is
 * copied into an empty PostgreSQL database, and a server on PostgreSQL then serves the same
 * workshop to the same credentials with the same board content. Runs in the PostgreSQL pass.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRecords } from '@canvas/board-model';
import { testDatabaseUrl } from '@canvas/storage/postgres';
import { describe, expect, it } from 'vitest';
import { api } from '../helpers/api.js';
import { writeNote } from '../helpers/boardContent.js';
import { connectBoard, outcome, waitFor } from '../helpers/clients.js';
import { onPostgres } from '../helpers/engine.js';
import { startServer, tempDataDir } from '../helpers/serverProcess.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const COPY = path.resolve(here, '../../dist/copyToPostgres.js');
const copy = (env: Record<string, string>) => spawnSync(process.execPath, [COPY], { env: { PATH: process.env.PATH, ...env }, encoding: 'utf8' });

describe.skipIf(!onPostgres)('copying a SQLite data directory into PostgreSQL', () => {
  it('copies everything; the server on PostgreSQL serves the same workshop; a second copy is refused; bad settings are named', async () => {
    const dataDir = tempDataDir();
    // `DATABASE_URL: ''`: this server runs on SQLite even in the PostgreSQL pass.
    const onSqlite = await startServer({ dataDir, env: { DATABASE_URL: '' } });
    const http = api(onSqlite.url);
    const created = await http.post('/api/workshops', { title: 'Moved', activities: [{ templateId: 'c1-needs' }], groupCount: 1 });
    const id = created.body.workshop.id as string;
    const facilitator = created.body.facilitatorToken as string;
    const anna = (await http.post(`/api/workshops/${id}/join`, { displayName: 'Anna' })).body;
    const board = ((await http.get(`/api/workshops/${id}`, facilitator)).body.boards as Array<{ id: string; kind: string }>).find((b) => b.kind === 'group')!.id;
    const writer = connectBoard(onSqlite.wsUrl, board, anna.token);
    expect(await outcome(writer)).toBe('synced');
    writeNote(writer.doc, { id: 'moved-note', x: 1, y: 2, text: 'survives the move' });
    await waitFor(async () => (await (await fetch(`${onSqlite.url}/api/health`)).json()).dirtyRooms === 0, 5_000, 'the note stored');
    writer.destroy();
    expect(await onSqlite.kill('SIGTERM')).toBe(0);

    const target = await testDatabaseUrl(process.env.CANVAS_TEST_POSTGRES!, `copy-${randomUUID()}`);
    const first = copy({ DATA_DIR: dataDir, DATABASE_URL: target });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^workshops: 1 rows$/m);
    expect(first.stdout).toMatch(/^copied \d+ rows from .* into PostgreSQL$/m);

    // A DATA_DIR that does not exist yet: the server makes it (keys and the disk guard live there).
    const onPg = await startServer({ dataDir: path.join(tempDataDir(), 'not-yet'), env: { DATABASE_URL: target } });
    try {
      const view = await api(onPg.url).get(`/api/workshops/${id}`, anna.token);
      expect(view.status).toBe(200);
      expect(view.body.title).toBe('Moved');
      expect(view.body.me.role).toBe('participant');
      const reader = connectBoard(onPg.wsUrl, board, anna.token);
      expect(await outcome(reader)).toBe('synced');
      expect(readRecords(reader.doc).some((r) => r.id === 'shape:moved-note')).toBe(true);
      reader.destroy();
    } finally {
      await onPg.kill();
    }

    const again = copy({ DATA_DIR: dataDir, DATABASE_URL: target });
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/^copy failed, nothing was kept: .*table "\w+" already holds rows/);
    const noUrl = copy({ DATA_DIR: dataDir });
    expect(noUrl.status).toBe(78);
    expect(noUrl.stderr).toMatch(/^DATABASE_URL: must be set/);
    const noData = copy({ DATA_DIR: tempDataDir(), DATABASE_URL: target });
    expect(noData.status).toBe(78);
    expect(noData.stderr).toMatch(/^DATA_DIR: .* holds no canvas-sessions.sqlite/);
  });
});
