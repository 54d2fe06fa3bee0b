import { YKeyValue } from 'y-utility/y-keyvalue';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BOARD_DOC } from './layout.js';
import { readFields, readRecords } from './readBoard.js';

describe('readRecords', () => {
  it('reads what YKeyValue wrote, the latest value of each key, without writing', () => {
    const doc = new Y.Doc();
    const kv = new YKeyValue(doc.getArray<{ key: string; val: any }>(BOARD_DOC.records));
    kv.set('shape:a', { id: 'shape:a', typeName: 'shape', x: 1 });
    kv.set('shape:b', { id: 'shape:b', typeName: 'shape', x: 2 });
    kv.set('shape:a', { id: 'shape:a', typeName: 'shape', x: 3 });
    kv.delete('shape:b');
    const before = Y.encodeStateVector(doc);
    const records = readRecords(doc);
    expect(records).toEqual([{ id: 'shape:a', typeName: 'shape', x: 3 }]);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('prefers the rightmost duplicate, as YKeyValue does after a concurrent set', () => {
    const doc = new Y.Doc();
    const array = doc.getArray<{ key: string; val: any }>(BOARD_DOC.records);
    array.push([{ key: 'k', val: { id: 'k', typeName: 'shape', v: 1 } }, { key: 'k', val: { id: 'k', typeName: 'shape', v: 2 } }]);
    expect(readRecords(doc)).toEqual([{ id: 'k', typeName: 'shape', v: 2 }]);
  });

  it('reads structured fields', () => {
    const doc = new Y.Doc();
    doc.getMap(BOARD_DOC.fields).set('eqfLevel', 5);
    expect(readFields(doc)).toEqual({ eqfLevel: 5 });
  });
});
