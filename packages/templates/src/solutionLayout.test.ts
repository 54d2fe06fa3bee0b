import { describe, expect, it } from 'vitest';
import { areaAt } from './areaMembership.js';
import type { Template } from './schema.js';
import { layoutSolutionNotes } from './solutionLayout.js';

const crowded: Template = {
  schemaVersion: 1,
  id: 'crowded',
  version: '1',
  title: { en: 'Crowded' },
  unit: '0',
  activity: { en: 'Test' },
  durationMinutes: 5,
  instructions: { en: 'Test' },
  kind: 'group',
  frame: { w: 900, h: 600 },
  areas: [
    { id: 'small', label: { en: 'Small' }, questions: [], rect: { x: 0, y: 0, w: 450, h: 600 }, accepts: 'notes' },
    { id: 'empty', label: { en: 'Empty' }, questions: [], rect: { x: 450, y: 0, w: 450, h: 600 }, accepts: 'notes' },
  ],
  solution: { notes: Array.from({ length: 9 }, (_, i) => ({ areaId: 'small', text: { en: `Answer ${i + 1}` } })) },
};

describe('layoutSolutionNotes', () => {
  it('T2.7 shrinks notes until they fit, keeping order and every note inside its area', () => {
    const placed = layoutSolutionNotes(crowded);
    expect(placed.map((p) => p.text)).toEqual(crowded.solution!.notes.map((n) => n.text.en));
    const scale = placed[0]!.scale;
    expect(scale).toBeLessThan(1);
    expect(scale).toBeGreaterThanOrEqual(0.25);
    for (const p of placed) {
      expect(p.scale).toBe(scale);
      expect(areaAt(crowded, { x: p.x + 100 * scale, y: p.y + 100 * scale })?.id).toBe('small');
      expect(p.x + 200 * scale).toBeLessThanOrEqual(450);
      expect(p.y + 200 * scale).toBeLessThanOrEqual(600);
    }
  });

  it('returns nothing for a template without a solution', () => {
    expect(layoutSolutionNotes({ ...crowded, solution: undefined })).toEqual([]);
  });
});
