import type * as Y from 'yjs';
import { BOARD_DOC } from './layout.js';

/** A tldraw record as stored: plain JSON with at least `id` and `typeName`. */
export interface StoredRecord {
  id: string;
  typeName: string;
  [key: string]: unknown;
}

/**
 * Every record in the board's doc (shapes, pages, assets…). Reads y-utility's YKeyValue layout
 * (`{ key, val }` entries, the rightmost entry of a key wins) without instantiating YKeyValue,
 * whose constructor would write to the doc to drop duplicates: a reader must never write.
 */
export function readRecords(doc: Y.Doc): StoredRecord[] {
  const entries = doc.getArray<{ key: string; val: StoredRecord }>(BOARD_DOC.records).toArray();
  const seen = new Map<string, StoredRecord>();
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i];
    if (entry && typeof entry.key === 'string' && !seen.has(entry.key)) seen.set(entry.key, entry.val);
  }
  return [...seen.values()];
}

/** The structured template field values of the board. */
export function readFields(doc: Y.Doc): Record<string, unknown> {
  return doc.getMap(BOARD_DOC.fields).toJSON();
}
