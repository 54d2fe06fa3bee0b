import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type SqliteDatabase } from './Database.js';
import { SqliteBoardStore } from './SqliteBoardStore.js';
import { SqliteClient } from './SqliteClient.js';

const opened: SqliteDatabase[] = [];
function open(dataDir = ':memory:') {
  const db = openDatabase({ dataDir });
  opened.push(db);
  return { db, store: new SqliteBoardStore(new SqliteClient(db)) };
}
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

/** A doc whose V2 updates are collected, one per transaction. */
function recordingDoc() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('updateV2', (u: Uint8Array) => updates.push(u));
  return { doc, updates };
}
const mapOf = (stateV2: Uint8Array | null) => {
  const doc = new Y.Doc();
  if (stateV2) Y.applyUpdateV2(doc, stateV2);
  return doc.getMap('m').toJSON();
};

describe('SqliteBoardStore', () => {
  it('load of a board never written is null', async () => {
    const { store } = open();
    expect(await store.load('nothing')).toBeNull();
    expect(await store.pendingUpdates('nothing')).toBe(0);
  });

  it('append keeps V2 updates in order; load merges them', async () => {
    const { store } = open();
    const { doc, updates } = recordingDoc();
    doc.getMap('m').set('a', 1);
    doc.getMap('m').set('b', 2);
    doc.getMap('m').delete('a');
    for (const u of updates) await store.append('board', u);
    expect(await store.pendingUpdates('board')).toBe(3);
    expect(mapOf(await store.load('board'))).toEqual({ b: 2 });
    expect(await store.load('board')).toEqual(Y.mergeUpdatesV2(updates));
  });

  it('a single stored update is returned as is', async () => {
    const { store } = open();
    const { doc, updates } = recordingDoc();
    doc.getMap('m').set('only', true);
    await store.append('board', updates[0]!);
    expect(await store.load('board')).toEqual(updates[0]);
  });

  it('compact replaces the log with one snapshot; later appends come on top', async () => {
    const { store, db } = open();
    const { doc, updates } = recordingDoc();
    for (let i = 0; i < 10; i++) doc.getMap('m').set(`k${i}`, i);
    for (const u of updates) await store.append('board', u);
    const state = Y.encodeStateAsUpdateV2(doc);
    await store.compact('board', state);
    expect(await store.pendingUpdates('board')).toBe(0);
    expect(await store.load('board')).toEqual(state);
    expect(db.prepare('SELECT count(*) AS n FROM board_snapshots').get()).toEqual({ n: 1 });

    doc.getMap('m').set('after', 'snap');
    await store.append('board', updates.at(-1)!);
    expect(await store.pendingUpdates('board')).toBe(1);
    expect(mapOf(await store.load('board'))).toEqual({ ...Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i])), after: 'snap' });

    // A second compaction overwrites the snapshot row.
    const state2 = Y.encodeStateAsUpdateV2(doc);
    await store.compact('board', state2);
    expect(await store.load('board')).toEqual(state2);
    expect(db.prepare('SELECT count(*) AS n FROM board_snapshots').get()).toEqual({ n: 1 });
  });

  it('boards are independent; delete removes every trace of one board only', async () => {
    const { store } = open();
    const one = recordingDoc();
    const two = recordingDoc();
    one.doc.getMap('m').set('board', 1);
    two.doc.getMap('m').set('board', 2);
    await store.append('one', one.updates[0]!);
    await store.compact('one', Y.encodeStateAsUpdateV2(one.doc));
    await store.append('one', one.updates[0]!);
    await store.append('two', two.updates[0]!);
    expect((await store.boardIds()).sort()).toEqual(['one', 'two']);
    await store.delete('one');
    expect(await store.load('one')).toBeNull();
    expect(await store.pendingUpdates('one')).toBe(0);
    expect(mapOf(await store.load('two'))).toEqual({ board: 2 });
    expect(await store.boardIds()).toEqual(['two']);
  });

  it('what was appended or compacted is there after the database is reopened', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'storage-test-'));
    const first = open(dir);
    const { doc, updates } = recordingDoc();
    doc.getMap('m').set('a', 1);
    await first.store.append('snap', updates[0]!);
    await first.store.compact('snap', Y.encodeStateAsUpdateV2(doc));
    doc.getMap('m').set('b', 2);
    await first.store.append('snap', updates[1]!);
    first.db.close();
    const second = open(dir);
    expect(mapOf(await second.store.load('snap'))).toEqual({ a: 1, b: 2 });
    expect(await second.store.pendingUpdates('snap')).toBe(1);
  });
});
