/**
 * PostgreSQL behind SqlClient (runs only when CANVAS_TEST_POSTGRES is a postgres:// URL;
 * scripts/postgres.sh starts one). Each test gets a database of its own.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase } from '../Database.js';
import { SqliteBoardStore } from '../SqliteBoardStore.js';
import { SqliteClient } from '../SqliteClient.js';
import { WorkshopRepository } from '../WorkshopRepository.js';
import { copySqliteToPostgres } from './copySqliteToPostgres.js';
import { migratePostgres } from './migrations.js';
import { PostgresBoardStore } from './PostgresBoardStore.js';
import { PostgresClient } from './PostgresClient.js';
import { numberPlaceholders } from './sqlText.js';
import { testDatabaseUrl } from './testDatabase.js';

const base = process.env.CANVAS_TEST_POSTGRES?.startsWith('postgres') ? process.env.CANVAS_TEST_POSTGRES : undefined;
const fresh = async () => PostgresClient.connect(await testDatabaseUrl(base!, randomUUID()), { max: 4 });

describe('placeholders', () => {
  it('numbers ? outside quotes and comments only', () => {
    expect(numberPlaceholders(`SELECT '?', "a?" FROM t WHERE a = ? AND b = ? -- c?\nAND 'it''s?' = ?`)).toBe(
      `SELECT '?', "a?" FROM t WHERE a = $1 AND b = $2 -- c?\nAND 'it''s?' = $3`,
    );
  });
});

describe.skipIf(!base)('PostgreSQL (CANVAS_TEST_POSTGRES)', () => {
  it('has the same tables and columns as SQLite', async () => {
    const pg = await fresh();
    const sqlite = openDatabase({ dataDir: ':memory:' });
    const tables = (sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").all() as Array<{ name: string }>).map((t) => t.name);
    expect(tables.length).toBeGreaterThan(20);
    for (const table of tables) {
      const sqliteColumns = (sqlite.prepare(`PRAGMA table_info(${table})`).all() as Array<{ name: string }>).map((c) => c.name).sort();
      const pgColumns = (await pg.all<{ column_name: string }>('SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ?', [table]))
        .map((c) => c.column_name)
        .filter((c) => c !== 'rowid')
        .sort();
      expect(pgColumns, table).toEqual(sqliteColumns);
    }
    await pg.close();
  });

  it('migrates once when several processes start together', async () => {
    const url = await testDatabaseUrl(base!, randomUUID());
    const clients = await Promise.all([1, 2, 3].map(() => PostgresClient.connect(url, { max: 2 })));
    expect(await migratePostgres(clients[0]!.pool)).toBe(0);
    expect((await clients[1]!.get<{ n: number }>('SELECT count(*) AS n FROM schema_migrations'))!.n).toBeGreaterThan(5);
    await Promise.all(clients.map((c) => c.close()));
  });

  it('returns integers as numbers and bytes as bytes; commits and rolls back; statements in a transaction’s context join it', async () => {
    const pg = await fresh();
    await pg.run('INSERT INTO settings (key, value) VALUES (?, ?)', ['a', '1']);
    const big = await pg.get<{ n: number }>('SELECT 1700000000000::bigint AS n');
    expect(big).toEqual({ n: 1_700_000_000_000 });
    await pg.run('INSERT INTO board_snapshots (board_id, state, updated_at) VALUES (?, ?, ?)', ['b', new Uint8Array([1, 2, 255]), 5]);
    const row = await pg.get<{ state: Buffer; updated_at: number }>('SELECT state, updated_at FROM board_snapshots WHERE board_id = ?', ['b']);
    expect([...row!.state]).toEqual([1, 2, 255]);
    expect(row!.updated_at).toBe(5);
    const settings = async () => (await pg.all<{ key: string }>('SELECT key FROM settings ORDER BY key')).map((r) => r.key);
    await expect(
      pg.transaction(async () => {
        await pg.run('INSERT INTO settings (key, value) VALUES (?, ?)', ['lost', '1']);
        await pg.transaction(async (tx) => tx.run('INSERT INTO settings (key, value) VALUES (?, ?)', ['lost too', '1']));
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    await pg.transaction(async (tx) => tx.run('INSERT INTO settings (key, value) VALUES (?, ?)', ['kept', '1']));
    expect(await settings()).toEqual(['a', 'kept']);
    await expect(pg.run('INSERT INTO settings (key, value) VALUES (?, ?)', ['a', '2'])).rejects.toThrow(/duplicate key.*\(in: INSERT INTO settings/);
    await pg.close();
  });

  it('read-decide-write transactions do not interleave: ten racing for one seat from two processes, one gets it', async () => {
    const url = await testDatabaseUrl(base!, randomUUID());
    // Two clients are two processes to PostgreSQL: only serializable isolation keeps them apart.
    const processes = await Promise.all([1, 2].map(() => PostgresClient.connect(url, { max: 4 })));
    const take = (pg: PostgresClient, who: string) =>
      pg.transaction(async (tx) => {
        const taken = await tx.get<{ n: number }>("SELECT count(*) AS n FROM settings WHERE key LIKE 'seat:%'");
        // Give the others time to read the same count before anyone writes.
        await new Promise((resolve) => setTimeout(resolve, 50));
        if (taken!.n >= 1) throw new Error('full');
        await tx.run('INSERT INTO settings (key, value) VALUES (?, ?)', [`seat:${who}`, who]);
      });
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => take(processes[i % 2]!, String(i))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.filter((r) => r.status === 'rejected').map((r) => (r as PromiseRejectedResult).reason.message)).toEqual(Array(9).fill('full'));
    expect((await processes[0]!.get<{ n: number }>("SELECT count(*) AS n FROM settings WHERE key LIKE 'seat:%'"))!.n).toBe(1);
    await Promise.all(processes.map((pg) => pg.close()));
  });

  it('many transactions of one process at once all commit (they queue instead of conflicting)', async () => {
    const pg = await fresh();
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        pg.transaction(async (tx) => {
          const n = (await tx.get<{ n: number }>('SELECT count(*) AS n FROM settings'))!.n;
          await tx.run('INSERT INTO settings (key, value) VALUES (?, ?)', [`k${i}`, String(n)]);
        }),
      ),
    );
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    // Each saw every earlier one: the counts are 0..39, once each.
    const seen = (await pg.all<{ value: string }>('SELECT value FROM settings')).map((r) => Number(r.value)).sort((a, b) => a - b);
    expect(seen).toEqual(Array.from({ length: 40 }, (_, i) => i));
    await pg.close();
  });

  it('the board log keeps writes in call order: appends issued after a compaction survive it', async () => {
    const pg = await fresh();
    const store = new PostgresBoardStore(pg);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('updateV2', (u: Uint8Array) => updates.push(u));
    for (let i = 0; i < 20; i++) doc.getMap('m').set(`k${i}`, i);
    await store.appendMany(updates.slice(0, 10).map((u) => ({ boardId: 'b', updateV2: u })));
    const snapshotDoc = new Y.Doc();
    for (const u of updates.slice(0, 10)) Y.applyUpdateV2(snapshotDoc, u);
    const pending = [store.compact('b', Y.encodeStateAsUpdateV2(snapshotDoc)), ...updates.slice(10).map((u) => store.append('b', u))];
    await Promise.all(pending);
    expect(await store.pendingUpdates('b')).toBe(10);
    const loaded = new Y.Doc();
    Y.applyUpdateV2(loaded, (await store.load('b'))!);
    expect(loaded.getMap('m').size).toBe(20);
    expect(await store.load('nothing')).toBeNull();
    await pg.close();
  });

  it('copies a SQLite data directory, ids, blobs and order kept, and refuses a target that holds rows', async () => {
    const sqliteDb = openDatabase({ dataDir: ':memory:' });
    const sqlite = new SqliteClient(sqliteDb);
    const repo = new WorkshopRepository(sqlite);
    await repo.insertWorkshop({ id: 'w1', title: 'Ws', language: 'en', joinCode: 'ABCDEF', status: 'active', state: '{}', createdAt: 1, expiresAt: 2 });
    for (const id of ['bz', 'ba', 'bm']) await repo.insertBoard({ id, workshopId: 'w1', kind: 'workshop', groupId: null, activityId: null });
    const doc = new Y.Doc();
    doc.getMap('m').set('note', 'kept');
    await new SqliteBoardStore(sqlite).append('bz', Y.encodeStateAsUpdateV2(doc));
    const pg = await fresh();
    const copied = await copySqliteToPostgres(sqliteDb, pg);
    expect(copied).toMatchObject({ workshops: 1, boards: 3, board_updates: 1 });
    const target = new WorkshopRepository(pg);
    expect((await target.workshop('w1'))?.joinCode).toBe('ABCDEF');
    // Insertion order (SQLite's rowid) is kept.
    expect((await pg.all<{ id: string }>('SELECT id FROM boards ORDER BY rowid')).map((b) => b.id)).toEqual(['bz', 'ba', 'bm']);
    const loaded = new Y.Doc();
    Y.applyUpdateV2(loaded, (await new PostgresBoardStore(pg).load('bz'))!);
    expect(loaded.getMap('m').get('note')).toBe('kept');
    // New rows continue past the copied ones.
    await target.insertBoard({ id: 'bn', workshopId: 'w1', kind: 'workshop', groupId: null, activityId: null });
    expect((await pg.all<{ id: string }>('SELECT id FROM boards ORDER BY rowid')).at(-1)?.id).toBe('bn');
    await expect(copySqliteToPostgres(sqliteDb, pg)).rejects.toThrow(/not empty: table "\w+" already holds rows/);
    await pg.close();
  });
});
