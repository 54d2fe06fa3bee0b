import {
  CameraRecordType,
  InstancePageStateRecordType,
  PageRecordType,
  TLINSTANCE_ID,
  TLPOINTER_ID,
  createShapeId,
  createTLStore,
  defaultBindingUtils,
  defaultShapeUtils,
  toRichText,
  type IndexKey,
  type TLNoteShape,
  type TLPageId,
  type TLStore,
} from 'tldraw';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { recordProblem } from '@canvas/board-validation';
import { bindStoreToYDoc, META_KEY, RECORDS_KEY, SCHEMA_META_FIELD, type BindingProblem } from './bindStoreToYDoc.js';
import { manualScheduler } from './scheduler.js';

const PAGE_ID = 'page:page' as TLPageId;
const REMOTE = Symbol('remote');

function newStore(): TLStore {
  return createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
}

function withPage(store: TLStore): TLStore {
  store.put([PageRecordType.create({ id: PAGE_ID, name: 'Page 1', index: 'a1' as IndexKey })]);
  return store;
}

function note(text: string, id = createShapeId()): TLNoteShape {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    parentId: PAGE_ID,
    index: 'a1' as IndexKey,
    x: 100,
    y: 100,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'yellow',
      richText: toRichText(text),
      size: 'm',
      font: 'draw',
      align: 'middle',
      verticalAlign: 'middle',
      labelColor: 'black',
      growY: 0,
      fontSizeAdjustment: 1,
      url: '',
      scale: 1,
      textLastEditedBy: null,
    },
  } as TLNoteShape;
}

/** Two docs that forward every update to each other, like two clients through a server. */
function linkedDocs() {
  const a = new Y.Doc();
  const b = new Y.Doc();
  let linked = true;
  const queued: Array<[Y.Doc, Uint8Array]> = [];
  const forward = (to: Y.Doc) => (update: Uint8Array, origin: unknown) => {
    if (origin === REMOTE) return;
    if (linked) Y.applyUpdate(to, update, REMOTE);
    else queued.push([to, update]);
  };
  a.on('update', forward(b));
  b.on('update', forward(a));
  return {
    a,
    b,
    disconnect() {
      linked = false;
    },
    /** Delivers what was exchanged while apart, as a provider's resync does. */
    reconnect() {
      linked = true;
      for (const [to, update] of queued.splice(0)) Y.applyUpdate(to, update, REMOTE);
    },
  };
}

function countTransactions(doc: Y.Doc, origin?: unknown) {
  const seen: unknown[] = [];
  doc.on('afterTransaction', (transaction: Y.Transaction) => {
    if (transaction.changed.size > 0 && (origin === undefined || transaction.origin === origin)) seen.push(transaction.origin);
  });
  return seen;
}

function docRecordIds(doc: Y.Doc): string[] {
  return doc
    .getArray<{ key: string }>(RECORDS_KEY)
    .toArray()
    .map((entry) => entry.key)
    .sort();
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function bind(store: TLStore, doc: Y.Doc, extra: Partial<Parameters<typeof bindStoreToYDoc>[0]> = {}) {
  const scheduler = manualScheduler();
  const origin = { name: 'local' };
  const problems: BindingProblem[] = [];
  const unbind = bindStoreToYDoc({
    store,
    doc,
    origin,
    schedule: scheduler.schedule,
    onProblem: (problem) => problems.push(problem),
    ...extra,
  });
  cleanups.push(unbind);
  return { scheduler, origin, problems, unbind };
}

describe('bindStoreToYDoc', () => {
  it('makes two stores on two synced docs converge on create, update and delete of a note', () => {
    const { a, b } = linkedDocs();
    const storeA = withPage(newStore());
    const bindingA = bind(storeA, a);
    const storeB = newStore();
    const bindingB = bind(storeB, b);
    expect(storeB.get(PAGE_ID)).toEqual(storeA.get(PAGE_ID));

    const sticky = note('Hello from A');
    storeA.put([sticky]);
    expect(storeB.get(sticky.id)).toBeUndefined(); // not flushed yet
    bindingA.scheduler.flush();
    expect(storeB.get(sticky.id)).toEqual(storeA.get(sticky.id));

    const seenByB = storeB.get(sticky.id) as TLNoteShape;
    storeB.put([{ ...seenByB, x: 300, props: { ...seenByB.props, richText: toRichText('Edited by B') } }]);
    bindingB.scheduler.flush();
    expect(storeA.get(sticky.id)).toEqual(storeB.get(sticky.id));
    expect((storeA.get(sticky.id) as TLNoteShape).props.richText).toEqual(toRichText('Edited by B'));

    storeA.remove([sticky.id]);
    bindingA.scheduler.flush();
    expect(storeB.get(sticky.id)).toBeUndefined();
    expect(docRecordIds(a)).toEqual(docRecordIds(b));
    expect(docRecordIds(a)).not.toContain(sticky.id);
  });

  it('seeds a new empty doc from document records only, and keeps session records out afterwards', () => {
    const doc = new Y.Doc();
    const store = withPage(newStore());
    store.put([
      InstancePageStateRecordType.create({ id: InstancePageStateRecordType.createId(PAGE_ID), pageId: PAGE_ID }),
      CameraRecordType.create({ id: CameraRecordType.createId(PAGE_ID) }),
    ]);
    const { scheduler } = bind(store, doc);
    expect(docRecordIds(doc)).toEqual([PAGE_ID]);
    expect(doc.getMap(META_KEY).get(SCHEMA_META_FIELD)).toEqual(store.schema.serialize());

    store.update(CameraRecordType.createId(PAGE_ID), (camera) => ({ ...camera, x: 42 }));
    store.put([note('A note')]);
    scheduler.flush();
    const typeNames = doc
      .getArray<{ val: { typeName: string } }>(RECORDS_KEY)
      .toArray()
      .map((entry) => entry.val.typeName)
      .sort();
    expect(typeNames).toEqual(['page', 'shape']);
    expect(docRecordIds(doc)).not.toContain(TLINSTANCE_ID);
    expect(docRecordIds(doc)).not.toContain(TLPOINTER_ID);
  });

  it('loads a non-empty doc into the store, replacing the store document records', () => {
    const { a, b } = linkedDocs();
    const storeA = withPage(newStore());
    const bindingA = bind(storeA, a);
    const sticky = note('Already there');
    storeA.put([sticky]);
    bindingA.scheduler.flush();

    const storeB = withPage(newStore());
    const stray = note('Only in B before binding');
    storeB.put([stray]);
    bind(storeB, b);
    expect(storeB.get(sticky.id)).toEqual(storeA.get(sticky.id));
    expect(storeB.get(stray.id)).toBeUndefined();
    expect(docRecordIds(b)).not.toContain(stray.id);
  });

  it('coalesces many changes in one frame into one transaction', () => {
    const doc = new Y.Doc();
    const store = withPage(newStore());
    const { scheduler, origin } = bind(store, doc);
    const transactions = countTransactions(doc, origin);
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));

    const sticky = note('Dragged');
    store.put([sticky]);
    for (let step = 1; step <= 50; step++) store.update(sticky.id, (shape) => ({ ...shape, x: 100 + step }));
    expect(transactions).toHaveLength(0);
    expect(scheduler.pending()).toBe(1);
    scheduler.flush();
    expect(transactions).toHaveLength(1);
    expect(updates).toHaveLength(1);
    const stored = doc.getArray<{ key: string; val: TLNoteShape }>(RECORDS_KEY).toArray().find((entry) => entry.key === sticky.id);
    expect(stored?.val.x).toBe(150);
  });

  it('does not echo remote changes back into the doc', () => {
    const { a, b } = linkedDocs();
    const storeA = withPage(newStore());
    const bindingA = bind(storeA, a);
    const storeB = newStore();
    const bindingB = bind(storeB, b);
    const writesByB = countTransactions(b, bindingB.origin);

    storeA.put([note('From A')]);
    bindingA.scheduler.flush();
    expect(bindingB.scheduler.pending()).toBe(0);
    expect(bindingB.scheduler.flush()).toBe(0);
    expect(writesByB).toHaveLength(0);
  });

  it('merges edits made while disconnected once the docs meet again', () => {
    const link = linkedDocs();
    const storeA = withPage(newStore());
    const bindingA = bind(storeA, link.a);
    const storeB = newStore();
    const bindingB = bind(storeB, link.b);

    link.disconnect();
    const fromA = note('Offline A');
    const fromB = note('Offline B');
    storeA.put([fromA]);
    storeB.put([fromB]);
    bindingA.scheduler.flush();
    bindingB.scheduler.flush();
    expect(storeA.get(fromB.id)).toBeUndefined();

    link.reconnect();
    expect(storeA.get(fromB.id)).toEqual(storeB.get(fromB.id));
    expect(storeB.get(fromA.id)).toEqual(storeA.get(fromA.id));
  });

  it('stamps authorship meta on local creates and updatedAt on local changes', () => {
    const doc = new Y.Doc();
    const store = withPage(newStore());
    let clock = new Date('2030-01-01T10:00:00.000Z');
    const { scheduler } = bind(store, doc, {
      getAuthor: () => ({ id: 'user-ada', name: 'Ada' }),
      now: () => clock,
    });
    const sticky = note('Mine');
    store.put([sticky]);
    expect(store.get(sticky.id)?.meta).toEqual({
      authorId: 'user-ada',
      authorName: 'Ada',
      createdAt: '2030-01-01T10:00:00.000Z',
      updatedAt: '2030-01-01T10:00:00.000Z',
    });
    clock = new Date('2030-01-01T10:05:00.000Z');
    store.update(sticky.id, (shape) => ({ ...shape, x: 1 }));
    expect(store.get(sticky.id)?.meta).toMatchObject({ createdAt: '2030-01-01T10:00:00.000Z', updatedAt: '2030-01-01T10:05:00.000Z' });
    scheduler.flush();
    const stored = doc.getArray<{ key: string; val: TLNoteShape }>(RECORDS_KEY).toArray().find((entry) => entry.key === sticky.id);
    expect(stored?.val.meta).toMatchObject({ authorId: 'user-ada', updatedAt: '2030-01-01T10:05:00.000Z' });
  });

  it('stops with reload-needed, touching nothing, when the doc schema is newer than the client', () => {
    const doc = new Y.Doc();
    const store = newStore();
    const clientSchema = store.schema.serialize();
    const newer = { ...clientSchema, sequences: { ...clientSchema.sequences, 'com.tldraw.shape.note': 999 } };
    const futureNote = { ...note('From the future'), props: { futureProp: true } };
    doc.transact(() => {
      doc.getArray(RECORDS_KEY).push([{ key: futureNote.id, val: futureNote }]);
      doc.getMap(META_KEY).set(SCHEMA_META_FIELD, newer);
    });
    const before = Y.encodeStateAsUpdate(doc);
    const { problems } = bind(store, doc);
    expect(problems.map((problem) => problem.kind)).toEqual(['reload-needed']);
    expect(store.get(futureNote.id)).toBeUndefined();
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('stops when another client upgrades the doc schema while bound', () => {
    const doc = new Y.Doc();
    const store = withPage(newStore());
    const { problems, scheduler } = bind(store, doc);
    const clientSchema = store.schema.serialize();
    doc.getMap(META_KEY).set(SCHEMA_META_FIELD, { ...clientSchema, sequences: { ...clientSchema.sequences, 'com.example.new': 1 } });
    expect(problems.map((problem) => problem.kind)).toEqual(['reload-needed']);
    store.put([note('After the upgrade')]);
    expect(scheduler.flush()).toBe(0);
    expect(docRecordIds(doc)).toEqual([PAGE_ID]);
  });

  it('skips an invalid remote record without losing the valid ones', () => {
    const { a, b } = linkedDocs();
    const invalid: string[] = [];
    const storeB = withPage(newStore());
    bind(storeB, b, { onInvalidRecord: (record) => invalid.push((record as { id: string }).id) });
    const good = note('Good');
    const bad = { ...note('Bad'), props: { nonsense: 1 } };
    a.transact(() => {
      const kv = a.getArray<{ key: string; val: unknown }>(RECORDS_KEY);
      kv.push([{ key: good.id, val: good }, { key: bad.id, val: bad }]);
    });
    expect(storeB.get(good.id)).toEqual(good);
    expect(invalid).toEqual([bad.id]);
  });

  it('board-validation V5: a stored note whose rich text the editor cannot render stays out of the store; the board loads', () => {
    // Rich text that passes tldraw's light record check but throws when the note is rendered.
    const good = note('Good');
    const hostile = [
      { ...note('x'), props: { ...note('x').props, richText: { type: 'doc', content: [{ type: 'evilWidget' }] } } },
      { ...note('x'), props: { ...note('x').props, richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }] }] } } },
    ];
    const doc = new Y.Doc();
    doc.getArray<{ key: string; val: unknown }>(RECORDS_KEY).push([good, ...hostile].map((record) => ({ key: record.id, val: record })));
    const skipped: string[] = [];
    const store = withPage(newStore());
    bind(store, doc, { onInvalidRecord: (record) => skipped.push((record as { id: string }).id) });
    expect(store.get(good.id)).toEqual(good);
    for (const record of hostile) expect(store.has(record.id)).toBe(false);
    expect(skipped.sort()).toEqual(hostile.map((record) => record.id).sort());
    // Left in the document for the facilitator's repair, not dropped by the client.
    expect(docRecordIds(doc)).toEqual(expect.arrayContaining(hostile.map((record) => record.id)));
  });

  it('board-validation V1/V2: what this client writes passes the server\'s check', () => {
    const store = withPage(newStore());
    store.put([note('One line'), note('Two\nlines'), note('')]);
    const doc = new Y.Doc();
    bind(store, doc);
    const records = doc.getArray<{ key: string; val: unknown }>(RECORDS_KEY).toArray().map((entry) => entry.val);
    expect(records.length).toBeGreaterThan(3);
    const schema = doc.getMap(META_KEY).get(SCHEMA_META_FIELD) as never;
    expect(records.map((record) => recordProblem(record, schema)).filter(Boolean)).toEqual([]);
  });
});
