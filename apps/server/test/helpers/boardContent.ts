import { YKeyValue } from 'y-utility/y-keyvalue';
import type * as Y from 'yjs';

/** Writes tldraw-shaped note records into a board doc the way the web binding stores them. */
export function writeNote(doc: Y.Doc, note: { id: string; x: number; y: number; text: string; color?: string; author?: string; bloomLevel?: number }): void {
  const kv = new YKeyValue<any>(doc.getArray('tldraw-records'));
  kv.set(`shape:${note.id}`, {
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
    props: {
      color: note.color ?? 'yellow',
      richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: note.text }] }] },
      size: 'm',
      scale: 1,
      growY: 0,
    },
    meta: {
      authorName: note.author ?? 'Tester',
      createdAt: '2026-11-23T10:00:00.000Z',
      ...(note.bloomLevel ? { bloomLevel: note.bloomLevel } : {}),
    },
  });
}

export function writeFields(doc: Y.Doc, fields: Record<string, unknown>): void {
  const map = doc.getMap('fields');
  doc.transact(() => {
    for (const [key, value] of Object.entries(fields)) map.set(key, value);
  });
}
