import * as Y from 'yjs';

/** The records array of a board doc (`BOARD_DOC.records` in @canvas/board-model, y-utility's YKeyValue layout). */
const RECORDS = 'tldraw-records';

export type NoteChangeKind = 'added' | 'edited' | 'moved';
export interface NoteChange {
  recordId: string;
  kind: NoteChangeKind;
  /** The note as the update writes it (for listeners that describe it, e.g. learning statements). */
  record: unknown;
}

type Entry = { key?: unknown; val?: unknown } | null | undefined;
interface Signature {
  /** Where the note is: position, rotation, parent. */
  place: string;
  /** What it says and how: its props and levels, hashed. */
  content: number;
}

/** FNV-1a: a cheap fingerprint, enough to tell "changed" from "unchanged". */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function signatureOf(record: unknown): Signature | null {
  if (typeof record !== 'object' || record === null) return null;
  const r = record as { typeName?: unknown; type?: unknown; x?: unknown; y?: unknown; rotation?: unknown; parentId?: unknown; props?: unknown; meta?: { bloomLevel?: unknown; eqfLevel?: unknown } };
  if (r.typeName !== 'shape' || r.type !== 'note') return null;
  return {
    place: `${String(r.x)},${String(r.y)},${String(r.rotation)},${String(r.parentId)}`,
    // Not the whole meta: clients stamp times there on every move.
    content: hash(JSON.stringify([r.props, r.meta?.bloomLevel ?? null, r.meta?.eqfLevel ?? null])),
  };
}

/** Per board document: the signature of each note it holds, kept current from the records array's events. */
const indexes = new WeakMap<Y.Doc, Map<string, Signature>>();

function index(doc: Y.Doc): Map<string, Signature> {
  let found = indexes.get(doc);
  if (found) return found;
  const built = new Map<string, Signature>();
  const array = doc.getArray<Entry>(RECORDS);
  const put = (entry: Entry) => {
    if (typeof entry?.key !== 'string') return;
    const signature = signatureOf(entry.val);
    if (signature) built.set(entry.key, signature);
  };
  for (const entry of array.toArray()) put(entry);
  array.observe((event) => {
    // A replaced entry is deleted and re-added in one transaction: deletions first, then the new value.
    for (const item of event.changes.deleted) for (const value of item.content.getContent() as Entry[]) if (typeof value?.key === 'string') built.delete(value.key);
    for (const item of event.changes.added) for (const value of item.content.getContent() as Entry[]) put(value);
  });
  indexes.set(doc, built);
  return built;
}

/**
 * What an update does to the board's notes, decided before it is applied (contributions C2): a note the
 * board did not hold is `added`; a held one whose place changed is `moved`, whose text, colour or levels
 * changed is `edited` (both when both changed). Costs O(records written), not O(board).
 */
export function noteChanges(doc: Y.Doc, entries: ReadonlyArray<{ id: string; record: unknown }>): NoteChange[] {
  const notes = index(doc);
  const changes: NoteChange[] = [];
  const seen = new Set<string>();
  for (const { id, record } of entries) {
    if (seen.has(id)) continue;
    seen.add(id);
    const next = signatureOf(record);
    if (!next) continue;
    const before = notes.get(id);
    if (!before) {
      changes.push({ recordId: id, kind: 'added', record });
      continue;
    }
    if (before.place !== next.place) changes.push({ recordId: id, kind: 'moved', record });
    if (before.content !== next.content) changes.push({ recordId: id, kind: 'edited', record });
  }
  return changes;
}
