import { describe, expect, it } from 'vitest';
import { areaAt, assignNotesToAreas, isNoteRecord, type NoteRecord, noteCentre, noteSize } from './areaMembership.js';
import type { Template } from './schema.js';

/**
 * Two side-by-side areas sharing the edge x = 500, a big area below them, and a small area laid on
 * top of the big one, plus an equally sized twin of the small one listed after it.
 */
const template: Template = {
  schemaVersion: 1,
  id: 'grid',
  version: '1',
  title: { en: 'Grid' },
  unit: '0',
  activity: { en: 'Test' },
  durationMinutes: 5,
  instructions: { en: 'Test' },
  kind: 'group',
  frame: { w: 1000, h: 1000 },
  areas: [
    { id: 'left', label: { en: 'Left' }, questions: [], rect: { x: 0, y: 0, w: 500, h: 400 }, accepts: 'notes' },
    { id: 'right', label: { en: 'Right' }, questions: [], rect: { x: 500, y: 0, w: 500, h: 400 }, accepts: 'notes' },
    { id: 'bottom', label: { en: 'Bottom' }, questions: [], rect: { x: 0, y: 400, w: 1000, h: 500 }, accepts: 'notes' },
    { id: 'inset', label: { en: 'Inset' }, questions: [], rect: { x: 100, y: 500, w: 300, h: 300 }, accepts: 'notes' },
    { id: 'inset-twin', label: { en: 'Twin' }, questions: [], rect: { x: 100, y: 500, w: 300, h: 300 }, accepts: 'notes' },
  ],
};

function note(id: string, x: number, y: number, extra: { scale?: number; growY?: number; rotation?: number } = {}): NoteRecord {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    x,
    y,
    rotation: extra.rotation ?? 0,
    props: { richText: { type: 'doc', content: [] }, color: 'yellow', scale: extra.scale ?? 1, growY: extra.growY ?? 0 },
    meta: {},
  };
}

const at = (x: number, y: number) => areaAt(template, { x, y })?.id ?? null;

describe('areaAt', () => {
  it('T3.2 a point on the top-left corner of an area belongs to it', () => {
    expect(at(0, 0)).toBe('left');
    expect(at(500, 0)).toBe('right');
  });

  it('T3.2 centre on the shared vertical edge belongs to the area on the right', () => {
    expect(at(500, 200)).toBe('right');
    expect(at(499.999, 200)).toBe('left');
  });

  it('T3.2 centre on the shared horizontal edge belongs to the area below', () => {
    expect(at(700, 400)).toBe('bottom');
    expect(at(700, 399.5)).toBe('right');
  });

  it('T3.2 the right and bottom edges of the outermost areas are outside', () => {
    expect(at(1000, 200)).toBeNull();
    expect(at(700, 900)).toBeNull();
    expect(at(999.9, 899.9)).toBe('bottom');
  });

  it('T3.3 where areas overlap, the smallest area wins', () => {
    expect(at(250, 650)).toBe('inset');
    expect(at(450, 650)).toBe('bottom');
  });

  it('T3.3 between equally sized overlapping areas, the first listed wins', () => {
    const swapped: Template = { ...template, areas: [...template.areas].reverse() };
    expect(areaAt(swapped, { x: 250, y: 650 })?.id).toBe('inset-twin');
  });

  it('T3.4 a point outside every area is unsorted (null)', () => {
    expect(at(500, 950)).toBeNull();
    expect(at(-1, 10)).toBeNull();
    expect(at(2000, 2000)).toBeNull();
  });

  it('T3.6 origin shifts the frame', () => {
    expect(areaAt(template, { x: 1500, y: 1200 }, { origin: { x: 1000, y: 1000 } })?.id).toBe('right');
    expect(areaAt(template, { x: 10, y: 10 }, { origin: { x: 1000, y: 1000 } })).toBeNull();
  });
});

describe('note geometry', () => {
  it('T3.1 a note is 200 × 200 at scale 1, its centre 100 units in', () => {
    expect(noteSize(note('a', 0, 0))).toEqual({ w: 200, h: 200 });
    expect(noteCentre(note('a', 10, 20))).toEqual({ x: 110, y: 120 });
  });

  it('T3.1 scale multiplies both sides and growY adds height before scaling', () => {
    expect(noteSize(note('a', 0, 0, { scale: 0.5, growY: 40 }))).toEqual({ w: 100, h: 120 });
    expect(noteCentre(note('a', 0, 0, { scale: 2, growY: 50 }))).toEqual({ x: 200, y: 250 });
  });

  it('T3.1 missing or invalid scale counts as 1', () => {
    const n = note('a', 0, 0);
    delete n.props.scale;
    expect(noteSize(n)).toEqual({ w: 200, h: 200 });
    n.props.scale = -3;
    expect(noteSize(n)).toEqual({ w: 200, h: 200 });
  });

  it('T3.1 rotation turns the centre around the top-left corner', () => {
    const c = noteCentre(note('a', 400, 100, { rotation: Math.PI / 2 }));
    expect(c.x).toBeCloseTo(300);
    expect(c.y).toBeCloseTo(200);
  });

  it('T3.5 only note shapes count as notes', () => {
    expect(isNoteRecord(note('a', 0, 0))).toBe(true);
    expect(isNoteRecord({ id: 'shape:f', typeName: 'shape', type: 'frame', x: 0, y: 0, props: {} })).toBe(false);
    expect(isNoteRecord({ id: 'page:p', typeName: 'page', name: 'Page 1' })).toBe(false);
    expect(isNoteRecord({ id: 'shape:n', typeName: 'shape', type: 'note', x: Number.NaN, y: 0, props: {} })).toBe(false);
    expect(isNoteRecord(null)).toBe(false);
  });
});

describe('assignNotesToAreas', () => {
  it('T3.1 a scaled note belongs where its scaled centre is', () => {
    // At scale 1 the centre would be (540, 100) → right; at 0.25 it is (425, 25) → left.
    const small = note('small', 400, 0, { scale: 0.25 });
    const big = note('big', 440, 0);
    const result = assignNotesToAreas(template, [small, big]);
    expect(result.areas.find((a) => a.area.id === 'left')!.notes.map((n) => n.id)).toEqual(['small']);
    expect(result.areas.find((a) => a.area.id === 'right')!.notes.map((n) => n.id)).toEqual(['big']);
  });

  it('T3.1 growY can move a note centre into the area below', () => {
    // Top-left at y=250: centre y = 350 without growth (right), 400 with growY 100 (bottom).
    const grown = note('grown', 600, 250, { growY: 100 });
    expect(areaAt(template, noteCentre(grown))?.id).toBe('bottom');
  });

  it('T3.5 lists every area in template order, empty ones too, and collects unsorted notes', () => {
    const result = assignNotesToAreas(template, [note('out', 450, 850), note('l', 0, 0)]);
    expect(result.areas.map((a) => [a.area.id, a.notes.map((n) => n.id)])).toEqual([
      ['left', ['l']],
      ['right', []],
      ['bottom', []],
      ['inset', []],
      ['inset-twin', []],
    ]);
    expect(result.unsorted.map((n) => n.id)).toEqual(['out']);
  });

  it('T3.5 orders notes by centre y, then x, then id', () => {
    const notes = [note('c', 200, 100), note('b', 0, 100), note('a', 200, 100), note('top', 250, 0)];
    const left = assignNotesToAreas(template, notes).areas[0]!;
    expect(left.notes.map((n) => n.id)).toEqual(['top', 'b', 'a', 'c']);
  });
});
