import type { Template, TemplateArea } from './schema.js';

/** tldraw's note edge length at scale 1, in page units. */
export const NOTE_SIZE = 200;

/** A point in template coordinates. */
export interface Point {
  x: number;
  y: number;
}

/**
 * A tldraw note shape record, reduced to what templates read. Other record types on a board
 * (frames, arrows, pages, the document) are ignored by the functions in this package.
 */
export interface NoteRecord {
  id: string;
  typeName?: 'shape';
  type: 'note';
  x: number;
  y: number;
  /** Radians, clockwise, around the note's top-left corner (tldraw's convention). */
  rotation?: number;
  parentId?: string;
  props: {
    richText?: unknown;
    /** Pre-rich-text tldraw versions stored plain text here. */
    text?: string;
    color?: string;
    scale?: number;
    growY?: number;
    [key: string]: unknown;
  };
  meta?: {
    authorId?: string;
    authorName?: string;
    createdAt?: string | number;
    updatedAt?: string | number;
    bloomLevel?: number | null;
    eqfLevel?: number | null;
    [key: string]: unknown;
  };
}

/** Options for {@link areaAt} and {@link assignNotesToAreas}. */
export interface MembershipOptions {
  /**
   * Where the template frame's top-left corner sits in the coordinate space of the points / notes.
   * Defaults to (0, 0): notes that are children of the frame, or a frame placed at the page origin.
   */
  origin?: Point;
}

/** An area with the notes that belong to it. */
export interface AreaNotes<N extends NoteRecord = NoteRecord> {
  area: TemplateArea;
  notes: N[];
}

/** The result of {@link assignNotesToAreas}: every area in template order, plus the unsorted notes. */
export interface NoteAssignment<N extends NoteRecord = NoteRecord> {
  areas: AreaNotes<N>[];
  unsorted: N[];
}

/** True for a tldraw note shape record with a usable position; anything else on a board is skipped. */
export function isNoteRecord(record: unknown): record is NoteRecord {
  if (typeof record !== 'object' || record === null) return false;
  const r = record as Record<string, unknown>;
  return (
    (r['typeName'] === undefined || r['typeName'] === 'shape') &&
    r['type'] === 'note' &&
    typeof r['id'] === 'string' &&
    Number.isFinite(r['x']) &&
    Number.isFinite(r['y']) &&
    typeof r['props'] === 'object' &&
    r['props'] !== null
  );
}

function finiteOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}

/** A note's size: 200 × scale wide, (200 + growY) × scale high, as tldraw's NoteShapeUtil computes it (SPEC T3.1). */
export function noteSize(note: NoteRecord): { w: number; h: number } {
  const scale = finiteOr(note.props.scale, 1) > 0 ? finiteOr(note.props.scale, 1) : 1;
  const growY = Math.max(0, finiteOr(note.props.growY, 0));
  return { w: NOTE_SIZE * scale, h: (NOTE_SIZE + growY) * scale };
}

/**
 * The centre of a note in its parent's coordinates. tldraw rotates a shape around its top-left
 * corner, so the centre is the top-left plus the rotated half-size (SPEC T3.1).
 */
export function noteCentre(note: NoteRecord): Point {
  const { w, h } = noteSize(note);
  const r = finiteOr(note.rotation, 0);
  const cos = Math.cos(r);
  const sin = Math.sin(r);
  return { x: note.x + (w / 2) * cos - (h / 2) * sin, y: note.y + (w / 2) * sin + (h / 2) * cos };
}

/** Half-open containment: left and top edges belong to the rect, right and bottom edges do not (SPEC T3.2). */
function contains(area: TemplateArea, p: Point): boolean {
  const { x, y, w, h } = area.rect;
  return p.x >= x && p.x < x + w && p.y >= y && p.y < y + h;
}

/**
 * The area containing `point`, or `null` when it lies in no area ("unsorted").
 * Where areas overlap, the smallest area (by w × h) wins, so a small area drawn on top of a big one
 * stays reachable; equal sizes go to the area listed first (SPEC T3.3, T3.4).
 */
export function areaAt(template: Template, point: Point, options: MembershipOptions = {}): TemplateArea | null {
  const origin = options.origin ?? { x: 0, y: 0 };
  const p = { x: point.x - origin.x, y: point.y - origin.y };
  let best: TemplateArea | null = null;
  for (const area of template.areas) {
    if (!contains(area, p)) continue;
    if (best === null || area.rect.w * area.rect.h < best.rect.w * best.rect.h) best = area;
  }
  return best;
}

/**
 * Sorts notes into the template's areas by their centre. Every area appears in template order, even
 * when empty; within an area (and in `unsorted`) notes are in reading order: by centre y, then
 * centre x, then id, so exports are stable however the records were stored (SPEC T3.5).
 */
export function assignNotesToAreas<N extends NoteRecord>(
  template: Template,
  notes: readonly N[],
  options: MembershipOptions = {},
): NoteAssignment<N> {
  const byArea = new Map<string, { note: N; c: Point }[]>(template.areas.map((a) => [a.id, []]));
  const unsorted: { note: N; c: Point }[] = [];
  for (const note of notes) {
    const c = noteCentre(note);
    const area = areaAt(template, c, options);
    (area === null ? unsorted : byArea.get(area.id)!).push({ note, c });
  }
  const ordered = (list: { note: N; c: Point }[]) =>
    list
      .sort((a, b) => a.c.y - b.c.y || a.c.x - b.c.x || (a.note.id < b.note.id ? -1 : a.note.id > b.note.id ? 1 : 0))
      .map((e) => e.note);
  return {
    areas: template.areas.map((area) => ({ area, notes: ordered(byArea.get(area.id)!) })),
    unsorted: ordered(unsorted),
  };
}
