import { BOARD_DOC } from '@canvas/board-model';
import * as Y from 'yjs';

type Entry = { key?: unknown } | null | undefined;

/** Per board document: how many entries of its records array hold each key (a key is present while > 0). */
const indexes = new WeakMap<Y.Doc, Map<string, number>>();

function count(index: Map<string, number>, key: unknown, delta: number): void {
  if (typeof key !== 'string') return;
  const next = (index.get(key) ?? 0) + delta;
  if (next > 0) index.set(key, next);
  else index.delete(key);
}

/**
 * The record ids a board holds, kept up to date as the document changes, so that telling a new
 * record from an edited one costs O(records written), not O(board) as reading every record would
 * (on every record-writing update). Built on first use: one pass over the records array, then the
 * array's own change events (observers run before Yjs collects deleted content, so a deleted entry's
 * key is still readable). Counts, not a set: while YKeyValue replaces an entry, two may share a key.
 * Never writes to the document (y-utility's YKeyValue would delete duplicates when constructed).
 */
export function recordKeys(doc: Y.Doc): ReadonlyMap<string, number> {
  let index = indexes.get(doc);
  if (index) return index;
  const built = new Map<string, number>();
  const array = doc.getArray<Entry>(BOARD_DOC.records);
  for (const entry of array.toArray()) count(built, entry?.key, +1);
  array.observe((event) => {
    for (const item of event.changes.added) for (const value of item.content.getContent() as Entry[]) count(built, value?.key, +1);
    for (const item of event.changes.deleted) for (const value of item.content.getContent() as Entry[]) count(built, value?.key, -1);
  });
  indexes.set(doc, built);
  return built;
}
