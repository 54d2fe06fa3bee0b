import { YKeyValue } from 'y-utility/y-keyvalue';
import type * as Y from 'yjs';

export interface NoteSpec {
  id: string;
  x: number;
  y: number;
  text: string;
  color?: string;
  author?: string;
  /** The participant id the web client stamps as `meta.authorId`. */
  authorId?: string;
  bloomLevel?: number;
  eqfLevel?: number;
  createdAt?: string;
  updatedAt?: string;
}

/** One YKeyValue per doc: each instance observes the array, so building one per write would leak. */
const keyValues = new WeakMap<Y.Doc, YKeyValue<any>>();

/** Writes a tldraw-shaped note record into a board doc the way the web binding stores it. */
export function writeNote(doc: Y.Doc, note: NoteSpec): void {
  let kv = keyValues.get(doc);
  if (!kv) {
    kv = new YKeyValue<any>(doc.getArray('tldraw-records'));
    keyValues.set(doc, kv);
  }
  kv.set(`shape:${note.id}`, noteRecord(note));
}

/** A tldraw 5 note record (what the binding stores), for tests and benchmarks. */
export function noteRecord(note: NoteSpec) {
  return {
    id: `shape:${note.id}`,
    typeName: 'shape',
    type: 'note',
    x: note.x,
    y: note.y,
    rotation: 0,
    index: 'a1',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    // Every prop of a tldraw 5.4 note: the server refuses records tldraw's validators refuse.
    props: {
      color: note.color ?? 'yellow',
      labelColor: 'black',
      richText: { type: 'doc', content: [{ type: 'paragraph', content: note.text ? [{ type: 'text', text: note.text }] : [] }] },
      size: 'm',
      font: 'draw',
      fontSizeAdjustment: 1,
      align: 'middle',
      verticalAlign: 'middle',
      url: '',
      scale: 1,
      growY: 0,
      textLastEditedBy: null,
    },
    meta: {
      authorName: note.author ?? 'Tester',
      createdAt: note.createdAt ?? '2026-11-23T10:00:00.000Z',
      ...(note.updatedAt ? { updatedAt: note.updatedAt } : {}),
      ...(note.bloomLevel ? { bloomLevel: note.bloomLevel } : {}),
      ...(note.eqfLevel ? { eqfLevel: note.eqfLevel } : {}),
      ...(note.authorId ? { authorId: note.authorId } : {}),
    },
  };
}

export function writeFields(doc: Y.Doc, fields: Record<string, unknown>): void {
  const map = doc.getMap('fields');
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
  });
}
