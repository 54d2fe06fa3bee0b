import type { TLRecord } from 'tldraw';

/**
 * How a big board's first load is spread over several turns (issue 14: a 2,000-note flipchart must
 * open interactive within 1.5 s). Mounting a tldraw shape costs about a millisecond; putting every
 * note into the store at once kept the page busy for seconds before anything showed.
 */
export interface SliceOptions {
  /** Notes per later slice. */
  size: number;
  /** Notes in the first slice, which also holds every record that is not a deferrable note; defaults to `size`. */
  first?: number;
  /** Runs the next slice; defaults to a 0 ms timer, so input and frames get their turn in between. */
  schedule?: (callback: () => void) => () => void;
}

interface ShapeLike {
  id: string;
  typeName: string;
  type?: string;
  parentId?: string;
  x?: number;
  y?: number;
  index?: string;
}

interface BindingLike {
  typeName: string;
  fromId?: string;
  toId?: string;
}

/**
 * Splits the records of a first load into what goes into the store now and the note ids that may
 * follow. Only notes directly on a page are deferred, and never one a binding points at: tldraw
 * repairs a shape whose parent is missing and drops bindings to missing shapes, and such a repair
 * would be written back to the board. Without `options` (or when everything fits) nothing is deferred.
 * Notes go in the order a person looks at them: the topmost (latest) note, where the board opens,
 * then the others by distance from it.
 */
export function planInitialSlices(records: TLRecord[], options?: SliceOptions): { first: TLRecord[]; later: TLRecord['id'][] } {
  const firstSize = options?.first ?? options?.size ?? 0;
  if (!options || records.length <= firstSize) return { first: records, later: [] };
  const bound = new Set<string>();
  for (const record of records as unknown as BindingLike[]) {
    if (record.typeName !== 'binding') continue;
    if (record.fromId) bound.add(record.fromId);
    if (record.toId) bound.add(record.toId);
  }
  const fixed: TLRecord[] = [];
  const notes: ShapeLike[] = [];
  for (const record of records) {
    const shape = record as unknown as ShapeLike;
    const deferrable = shape.typeName === 'shape' && shape.type === 'note' && shape.parentId?.startsWith('page:') && !bound.has(shape.id);
    if (deferrable) notes.push(shape);
    else fixed.push(record);
  }
  if (notes.length <= firstSize) return { first: records, later: [] };
  const ordered = nearestToLatestFirst(notes);
  const first = [...fixed, ...(ordered.slice(0, firstSize) as unknown as TLRecord[])];
  return { first, later: ordered.slice(firstSize).map((note) => note.id as TLRecord['id']) };
}

/** The topmost note (highest fractional index on its page) first, then by distance from it. */
function nearestToLatestFirst(notes: ShapeLike[]): ShapeLike[] {
  let latest = notes[0]!;
  for (const note of notes) if ((note.index ?? '') > (latest.index ?? '')) latest = note;
  const from = { x: latest.x ?? 0, y: latest.y ?? 0 };
  return notes
    .map((note) => ({ note, distance: Math.hypot((note.x ?? 0) - from.x, (note.y ?? 0) - from.y) }))
    .sort((a, b) => a.distance - b.distance)
    .map((entry) => entry.note);
}
