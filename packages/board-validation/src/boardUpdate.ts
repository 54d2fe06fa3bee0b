/**
 * What a Yjs update does to a board's records, read from its decoded structs before it is applied
 * (SPEC V3): every `{ key, val }` entry it inserts (y-utility's YKeyValue layout, see
 * @canvas/board-model) is a record it writes. The check looks at every inserted JSON value shaped
 * like a record entry, whatever type it lands in: a writer cannot slip a record past it by where
 * it puts it.
 */
import { BOARD_DOC } from '@canvas/board-model';
import * as Y from 'yjs';
import { recordKeys } from './recordKeys.js';
import { recordProblem, type SerializedSchema } from './records.js';

export interface DecodedUpdate {
  structs: Array<Y.Item | Y.GC | Y.Skip>;
}

export interface RecordEntry {
  id: string;
  record: unknown;
}

export type BoardUpdateVerdict =
  | {
      ok: true;
      /** Ids of records the board did not hold before this update. */
      added: string[];
      /** The record entries the update writes (for the application's own bookkeeping, e.g. contributions). */
      entries: RecordEntry[];
    }
  | { ok: false; id: string; problem: string };

/** The record entries an update inserts. */
export function recordEntriesIn(decoded: DecodedUpdate): RecordEntry[] {
  const found: RecordEntry[] = [];
  for (const struct of decoded.structs) {
    if (!(struct instanceof Y.Item)) continue;
    const content = struct.content;
    if (!(content instanceof Y.ContentAny) && !(content instanceof Y.ContentJSON)) continue;
    for (const value of content.arr) {
      if (typeof value !== 'object' || value === null || !('key' in value) || !('val' in value)) continue;
      const { key, val } = value as { key: unknown; val: unknown };
      if (typeof key === 'string') found.push({ id: key, record: val });
    }
  }
  return found;
}

/** The schema the board's records were written under (null for a board not yet seeded). */
export function boardSchema(doc: Y.Doc): SerializedSchema | undefined {
  return doc.getMap(BOARD_DOC.meta).get('schema') as SerializedSchema | undefined;
}

/**
 * Whether `doc` may take the update: every record it writes must be valid (SPEC V3). `extraCheck`
 * adds the application's own rules on top of tldraw's (e.g. note levels), same refusal.
 */
export function checkBoardUpdate(doc: Y.Doc, decoded: DecodedUpdate, extraCheck?: (record: unknown) => string | null): BoardUpdateVerdict {
  const entries = recordEntriesIn(decoded);
  if (entries.length === 0) return { ok: true, added: [], entries };
  const docSchema = boardSchema(doc);
  for (const entry of entries) {
    const problem = recordProblem(entry.record, docSchema) ?? extraCheck?.(entry.record) ?? null;
    if (problem) return { ok: false, id: entry.id, problem };
    if ((entry.record as { id?: unknown }).id !== entry.id) return { ok: false, id: entry.id, problem: 'the entry key is not the record id' };
  }
  const existing = recordKeys(doc);
  const added = [...new Set(entries.map((entry) => entry.id))].filter((id) => !existing.has(id));
  return { ok: true, added, entries };
}
