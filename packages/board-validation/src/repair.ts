/**
 * Board repair (SPEC V4): finds the records of a board that fail validation and removes them, and
 * nothing else. For boards that took a bad record before the server checked updates.
 */
import { BOARD_DOC, readRecords } from '@canvas/board-model';
import type * as Y from 'yjs';
import { boardSchema } from './boardUpdate.js';
import { recordProblem } from './records.js';

export interface InvalidRecord {
  id: string;
  problem: string;
}

export function invalidRecords(doc: Y.Doc): InvalidRecord[] {
  const docSchema = boardSchema(doc);
  const found: InvalidRecord[] = [];
  for (const record of readRecords(doc)) {
    const problem = recordProblem(record, docSchema);
    if (problem) found.push({ id: record.id, problem });
  }
  return found;
}

/** Removes every entry of the invalid records in one transaction; returns what was removed. */
export function removeInvalidRecords(doc: Y.Doc): InvalidRecord[] {
  const invalid = invalidRecords(doc);
  if (invalid.length === 0) return invalid;
  const ids = new Set(invalid.map((record) => record.id));
  const entries = doc.getArray<{ key: string }>(BOARD_DOC.records);
  doc.transact(() => {
    const all = entries.toArray();
    // From the end, so that earlier indices stay valid while deleting.
    for (let i = all.length - 1; i >= 0; i--) if (ids.has(all[i]!.key)) entries.delete(i, 1);
  });
  return invalid;
}
