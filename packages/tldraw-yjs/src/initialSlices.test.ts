import { createTLStore, defaultBindingUtils, defaultShapeUtils, getIndices, toRichText, type TLRecord, type TLStore } from 'tldraw';
import { afterEach, describe, expect, it } from 'vitest';
import { YKeyValue } from 'y-utility/y-keyvalue';
import type * as Y from 'yjs';
import { Doc } from 'yjs';
import { bindStoreToYDoc, RECORDS_KEY } from './bindStoreToYDoc.js';
import { planInitialSlices } from './initialSlices.js';
import { manualScheduler } from './scheduler.js';

/** Valid fractional indexes in ascending order: note n is above note n − 1. */
const INDEXES = getIndices(200);

const PAGE = { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} };

function noteAt(n: number, x: number, y: number, parentId = 'page:page'): TLRecord {
  return {
    id: `shape:n${n}`,
    typeName: 'shape',
    type: 'note',
    parentId,
    index: INDEXES[n]!,
    x,
    y,
    rotation: 0,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'yellow',
      richText: toRichText(`note ${n}`),
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
  } as unknown as TLRecord;
}

/** A board of `count` notes in a row, 230 units apart, written as the web binding stores them. */
function boardDoc(count: number): { doc: Y.Doc; kv: YKeyValue<TLRecord> } {
  const doc = new Doc();
  const kv = new YKeyValue<TLRecord>(doc.getArray(RECORDS_KEY));
  doc.transact(() => {
    kv.set(PAGE.id, PAGE as unknown as TLRecord);
    for (let n = 0; n < count; n++) kv.set(`shape:n${n}`, noteAt(n, n * 230, 0));
  });
  return { doc, kv };
}

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});

function newStore(): TLStore {
  return createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils });
}

const noteIds = (store: TLStore) =>
  store
    .allRecords()
    .filter((record) => record.typeName === 'shape')
    .map((record) => record.id)
    .sort();

describe('planInitialSlices', () => {
  it('S1: without slice options, or when the notes fit the first slice, everything loads at once', () => {
    const records = [PAGE as unknown as TLRecord, noteAt(1, 0, 0), noteAt(2, 0, 0)];
    expect(planInitialSlices(records)).toEqual({ first: records, later: [] });
    expect(planInitialSlices(records, { size: 2 })).toEqual({ first: records, later: [] });
  });

  it('S2: the topmost note and its neighbours come first; the rest follow by distance', () => {
    const records = [PAGE as unknown as TLRecord, ...Array.from({ length: 10 }, (_, n) => noteAt(n, n * 100, 0))];
    const { first, later } = planInitialSlices(records, { first: 3, size: 2 });
    // n9 has the highest index (topmost, where the board opens): it and its nearest two come first.
    expect(first.map((record) => record.id)).toEqual(['page:page', 'shape:n9', 'shape:n8', 'shape:n7']);
    expect(later).toEqual(['shape:n6', 'shape:n5', 'shape:n4', 'shape:n3', 'shape:n2', 'shape:n1', 'shape:n0']);
  });

  it('S3: notes inside another shape and notes an arrow is bound to are never deferred', () => {
    const frame = { id: 'shape:frame', typeName: 'shape', type: 'frame', parentId: 'page:page', index: 'a0' } as unknown as TLRecord;
    const inFrame = noteAt(1, 0, 0, 'shape:frame');
    const bound = noteAt(2, 5_000, 0);
    const binding = { id: 'binding:b', typeName: 'binding', type: 'arrow', fromId: 'shape:arrow', toId: 'shape:n2' } as unknown as TLRecord;
    const free = Array.from({ length: 5 }, (_, n) => noteAt(10 + n, n * 100, 0));
    const { first, later } = planInitialSlices([frame, inFrame, bound, binding, ...free], { first: 1, size: 1 });
    const firstIds = first.map((record) => record.id);
    expect(firstIds).toEqual(expect.arrayContaining(['shape:frame', 'shape:n1', 'shape:n2', 'binding:b']));
    expect(later).toHaveLength(4);
    expect(later).not.toContain('shape:n1');
    expect(later).not.toContain('shape:n2');
  });
});

describe('bindStoreToYDoc with slices', () => {
  it('S4: the first slice is in the store at bind time, the rest one slice per scheduled turn', () => {
    const { doc } = boardDoc(25);
    const store = newStore();
    const slices = manualScheduler();
    cleanups.push(bindStoreToYDoc({ store, doc, schedule: manualScheduler().schedule, slices: { first: 10, size: 5, schedule: slices.schedule } }));
    expect(noteIds(store)).toHaveLength(10);
    expect(slices.flush()).toBe(1);
    expect(noteIds(store)).toHaveLength(15);
    while (slices.flush() > 0);
    expect(noteIds(store)).toHaveLength(25);
    expect(slices.pending()).toBe(0);
  });

  it('S5: a note changed or deleted before its slice arrives as it is now; a remote note meanwhile is not lost', () => {
    const { doc, kv } = boardDoc(20);
    const store = newStore();
    const slices = manualScheduler();
    cleanups.push(bindStoreToYDoc({ store, doc, schedule: manualScheduler().schedule, slices: { first: 5, size: 5, schedule: slices.schedule } }));
    // n0 is the farthest from the topmost note (n19): it is in the last slice.
    expect(store.has('shape:n0' as TLRecord['id'])).toBe(false);
    doc.transact(() => {
      kv.set('shape:n0', { ...noteAt(0, 0, 0), x: 777 } as TLRecord);
      kv.delete('shape:n1');
      kv.set('shape:new', { ...noteAt(99, 1, 1), id: 'shape:new' } as TLRecord);
    }, 'remote');
    // A remote change puts the changed note at once; the slice later does not bring back the deleted one.
    expect((store.get('shape:n0' as TLRecord['id']) as { x: number }).x).toBe(777);
    expect(store.has('shape:new' as TLRecord['id'])).toBe(true);
    while (slices.flush() > 0);
    expect(store.has('shape:n1' as TLRecord['id'])).toBe(false);
    expect((store.get('shape:n0' as TLRecord['id']) as { x: number }).x).toBe(777);
    expect(noteIds(store)).toHaveLength(20); // 20 − n1 + new
  });

  it('S6: loading slices writes nothing to the document; unbinding cancels the remaining slices', () => {
    const { doc } = boardDoc(30);
    const store = newStore();
    const slices = manualScheduler();
    const flushes = manualScheduler();
    const unbind = bindStoreToYDoc({ store, doc, schedule: flushes.schedule, slices: { first: 10, size: 10, schedule: slices.schedule } });
    // Binding writes the schema entry once; from then on, slices only read.
    const writes: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => writes.push(update));
    slices.flush();
    flushes.flush();
    expect(noteIds(store)).toHaveLength(20);
    expect(writes).toEqual([]);
    unbind();
    expect(slices.pending()).toBe(0);
    expect(noteIds(store)).toHaveLength(20);
    expect(docRecordCount(doc)).toBe(31);
  });
});

function docRecordCount(doc: Y.Doc): number {
  return doc.getArray(RECORDS_KEY).length;
}
