import { YKeyValue } from 'y-utility/y-keyvalue';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { checkBoardUpdate, invalidRecords, recordProblem, removeInvalidRecords, richTextProblem, tldrawSchema } from './index.js';

const text = (t: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });

function note(id: string, richText: unknown = text('hello'), extra: Record<string, unknown> = {}) {
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type: 'note',
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: {
      color: 'yellow',
      labelColor: 'black',
      richText,
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 1,
      align: 'middle',
      verticalAlign: 'middle',
      url: '',
      scale: 1,
      growY: 0,
      textLastEditedBy: null,
      ...extra,
    },
  };
}

function nested(depth: number) {
  let node: any = { type: 'paragraph', content: [{ type: 'text', text: 'x' }] };
  // As the editor nests lists: a list item holds a paragraph, then the inner list.
  for (let i = 0; i < depth; i++) node = { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph' }, node] }] };
  return { type: 'doc', content: [node] };
}

describe('V1 records', () => {
  it('accepts a tldraw 5.4 note and refuses what tldraw refuses', () => {
    expect(recordProblem(note('a'))).toBeNull();
    expect(recordProblem(note('a', text('x'), { color: 'ultraviolet' }))).toMatch(/props\.color/);
    expect(recordProblem({ id: 'thing:1', typeName: 'thing' })).toMatch(/unknown record type/);
    expect(recordProblem('nope')).toBe('not a record');
  });

  it('migrates a record stored under an older schema before validating it', () => {
    const current = tldrawSchema().serialize();
    const older = { ...current, sequences: { ...current.sequences, 'com.tldraw.shape.note': 1 } };
    const { textLastEditedBy: _t, fontSizeAdjustment: _f, ...props } = note('old').props as Record<string, unknown>;
    const oldNote = { ...note('old'), props: { ...props, text: 'from an old board' } };
    delete (oldNote.props as Record<string, unknown>).richText;
    expect(recordProblem(oldNote, older as never)).toBeNull();
  });
});

describe('V2 rich text', () => {
  it.each([
    ['an unknown node type', { type: 'doc', content: [{ type: 'evil' }] }, /Unknown node type: evil/],
    ['an unknown mark type', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'blink' }] }] }] }, /mark type blink/],
    ['a text node without text', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }] }] }, /Invalid text node/],
    ['content a node may not hold', { type: 'doc', content: [{ type: 'text', text: 'bare text in doc' }] }, /rich text/],
    ['nesting deeper than 32 levels', nested(20), /deeper than 32/],
    ['a non-object', 'hello', /not an object|Expected object/],
  ])('refuses %s', (_what, value, message) => {
    expect(richTextProblem(value)).toMatch(message);
    expect(recordProblem(note('r', value))).toMatch(message);
  });

  it('accepts what the editor writes: lists, marks, links, highlight, empty paragraphs', () => {
    const doc = {
      type: 'doc',
      content: [
        { type: 'paragraph', attrs: { dir: 'auto' }, content: [{ type: 'text', text: 'bold', marks: [{ type: 'bold' }, { type: 'highlight' }] }] },
        { type: 'paragraph' },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'a', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] }] }] }] },
      ],
    };
    expect(richTextProblem(doc)).toBeNull();
    expect(richTextProblem(nested(10))).toBeNull();
  });

  it('walks a document nested 100,000 levels deep without overflowing the stack', () => {
    let node: any = { type: 'paragraph' };
    for (let i = 0; i < 100_000; i++) node = { type: 'bulletList', content: [node] };
    expect(richTextProblem({ type: 'doc', content: [node] })).toMatch(/deeper than 32/);
  });
});

function decoded(update: Uint8Array) {
  return Y.decodeUpdate(update);
}

describe('V3 updates', () => {
  it('reports the first invalid record an update writes, and the ids it adds', () => {
    const board = new Y.Doc();
    const kv = new YKeyValue<any>(board.getArray('tldraw-records'));
    kv.set('shape:a', note('a'));
    const client = new Y.Doc();
    Y.applyUpdate(client, Y.encodeStateAsUpdate(board));
    const clientKv = new YKeyValue<any>(client.getArray('tldraw-records'));
    const before = Y.encodeStateVector(client);
    clientKv.set('shape:a', note('a', text('edited')));
    clientKv.set('shape:b', note('b'));
    const good = Y.encodeStateAsUpdate(client, before);
    expect(checkBoardUpdate(board, decoded(good))).toMatchObject({ ok: true, added: ['shape:b'] });

    const before2 = Y.encodeStateVector(client);
    clientKv.set('shape:c', note('c', { type: 'doc', content: [{ type: 'evil' }] }));
    const bad = Y.encodeStateAsUpdate(client, before2);
    expect(checkBoardUpdate(board, decoded(bad))).toMatchObject({ ok: false, id: 'shape:c', problem: expect.stringMatching(/evil/) });
  });

  it('checks record entries wherever they land, and that the key is the record id', () => {
    const board = new Y.Doc();
    const client = new Y.Doc();
    client.getMap('elsewhere').set('x', { key: 'shape:z', val: note('z', { type: 'doc', content: [{ type: 'evil' }] }) });
    expect(checkBoardUpdate(board, decoded(Y.encodeStateAsUpdate(client)))).toMatchObject({ ok: false, id: 'shape:z' });
    const other = new Y.Doc();
    other.getArray('tldraw-records').push([{ key: 'shape:other', val: note('real') }]);
    expect(checkBoardUpdate(board, decoded(Y.encodeStateAsUpdate(other)))).toMatchObject({ ok: false, problem: 'the entry key is not the record id' });
  });
});

describe('V4 repair', () => {
  it('removes the invalid records and nothing else', () => {
    const board = new Y.Doc();
    const records = board.getArray<any>('tldraw-records');
    records.push([
      { key: 'shape:ok', val: note('ok') },
      { key: 'shape:bad', val: note('bad', { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text' }] }] }) },
      { key: 'shape:ok2', val: note('ok2') },
    ]);
    expect(invalidRecords(board).map((r) => r.id)).toEqual(['shape:bad']);
    expect(removeInvalidRecords(board).map((r) => r.id)).toEqual(['shape:bad']);
    expect(records.toArray().map((e) => e.key)).toEqual(['shape:ok', 'shape:ok2']);
    expect(removeInvalidRecords(board)).toEqual([]);
  });
});

describe('V3 new records, counted incrementally', () => {
  it('tells added from edited records as the board changes: edits, deletions and re-creations', () => {
    const board = new Y.Doc();
    const kv = new YKeyValue<any>(board.getArray('tldraw-records'));
    kv.set('shape:a', note('a'));
    const client = new Y.Doc();
    const clientKv = new YKeyValue<any>(client.getArray('tldraw-records'));
    const sync = () => Y.applyUpdate(client, Y.encodeStateAsUpdate(board, Y.encodeStateVector(client)));
    sync();
    const offer = (change: () => void) => {
      const before = Y.encodeStateVector(client);
      change();
      const update = Y.encodeStateAsUpdate(client, before);
      const verdict = checkBoardUpdate(board, decoded(update));
      Y.applyUpdate(board, update);
      return verdict;
    };
    expect(offer(() => clientKv.set('shape:a', note('a', text('edited'))))).toMatchObject({ ok: true, added: [] });
    expect(offer(() => clientKv.set('shape:b', note('b')))).toMatchObject({ ok: true, added: ['shape:b'] });
    expect(offer(() => clientKv.set('shape:b', note('b', text('again'))))).toMatchObject({ ok: true, added: [] });
    // Deleted, then written again: new again.
    offer(() => clientKv.delete('shape:b'));
    expect(offer(() => clientKv.set('shape:b', note('b')))).toMatchObject({ ok: true, added: ['shape:b'] });
    // Changes that arrive from elsewhere (another client) are counted too.
    kv.set('shape:c', note('c'));
    sync();
    expect(offer(() => clientKv.set('shape:c', note('c', text('edited'))))).toMatchObject({ ok: true, added: [] });
    kv.delete('shape:a');
    sync();
    expect(offer(() => clientKv.set('shape:a', note('a')))).toMatchObject({ ok: true, added: ['shape:a'] });
  });
});
