import { describe, expect, it } from 'vitest';
import { openDatabase } from './Database.js';
import { SqliteClient } from './SqliteClient.js';

function client() {
  const db = openDatabase({ dataDir: ':memory:' });
  db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT NOT NULL)');
  return new SqliteClient(db);
}

describe('SqliteClient', () => {
  it('runs a statement at call time: a caller awaiting only the database stays in one turn', async () => {
    const sql = client();
    const pending = sql.run('INSERT INTO t (v) VALUES (?)', ['a']);
    // Written before the promise is even awaited.
    expect(sql.db.prepare('SELECT count(*) AS n FROM t').get()).toEqual({ n: 1 });
    expect(await pending).toEqual({ changes: 1 });
    expect(await sql.get<{ v: string }>('SELECT v FROM t WHERE id = ?', [1])).toEqual({ v: 'a' });
    expect(await sql.all('SELECT v FROM t')).toEqual([{ v: 'a' }]);
  });

  it('a failing statement rejects with the engine’s error instead of throwing', async () => {
    const sql = client();
    const result = sql.run('INSERT INTO t (v) VALUES (?)', [null]);
    await expect(result).rejects.toThrow(/NOT NULL/);
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    const sql = client();
    await sql.transaction(async (tx) => {
      await tx.run('INSERT INTO t (v) VALUES (?)', ['kept']);
    });
    await expect(
      sql.transaction(async () => {
        await sql.run('INSERT INTO t (v) VALUES (?)', ['lost']);
        throw new Error('no');
      }),
    ).rejects.toThrow('no');
    expect(await sql.all('SELECT v FROM t')).toEqual([{ v: 'kept' }]);
  });

  it('statements from inside the transaction’s async context join it, whichever object issues them', async () => {
    const sql = client();
    const insert = (v: string) => sql.run('INSERT INTO t (v) VALUES (?)', [v]);
    await expect(
      sql.transaction(async () => {
        await insert('nested');
        await sql.transaction(async () => insert('inner'));
        throw new Error('roll back all');
      }),
    ).rejects.toThrow();
    expect(await sql.all('SELECT v FROM t')).toEqual([]);
  });

  it('statements from outside wait until an open transaction ends, so a rollback never takes them along', async () => {
    const sql = client();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const tx = sql.transaction(async () => {
      await sql.run('INSERT INTO t (v) VALUES (?)', ['in tx']);
      await held; // something truly async inside the transaction
      throw new Error('rolled back');
    });
    const outside = sql.run('INSERT INTO t (v) VALUES (?)', ['outside']);
    const board = sql.whenFree((db) => db.prepare('INSERT INTO t (v) VALUES (?)').run('board'));
    release();
    await expect(tx).rejects.toThrow('rolled back');
    await outside;
    await board;
    expect((await sql.all<{ v: string }>('SELECT v FROM t ORDER BY id')).map((r) => r.v)).toEqual(['outside', 'board']);
  });
});
