import { NOTE_SIZE } from './areaMembership.js';
import { type Lang, localize } from './localized.js';
import type { Template } from './schema.js';

/** Where to put one solution note when the mentor reveals the solution. */
export interface PlacedSolutionNote {
  areaId: string;
  text: string;
  /** Top-left corner in template coordinates. */
  x: number;
  y: number;
  /** tldraw note scale; below 1 when the area is too small for all notes at full size. */
  scale: number;
}

/** Space kept free along an area's edge and between notes, in page units at scale 1. */
const GAP = 20;
/** Room at the top of an area for its label and guiding questions. */
const HEADER = 100;
/** Smallest scale used; below it note text becomes unreadable. */
const MIN_SCALE = 0.25;

/**
 * Lays out a template's solution notes in a grid inside their areas, in solution order. Each area
 * gets the largest scale (at most 1) at which all of its notes fit, so every note's centre lands in
 * its area and the export sorts the revealed solution like the groups' own notes.
 */
export function layoutSolutionNotes(template: Template, lang: Lang = 'en'): PlacedSolutionNote[] {
  const placed: PlacedSolutionNote[] = [];
  for (const area of template.areas) {
    const notes = (template.solution?.notes ?? []).filter((n) => n.areaId === area.id);
    if (notes.length === 0) continue;
    const { x, y, w, h } = area.rect;
    const top = Math.min(HEADER, h / 3);
    const columnsAt = (scale: number) => Math.max(1, Math.floor((w - GAP * scale) / ((NOTE_SIZE + GAP) * scale)));
    const fits = (scale: number) =>
      Math.ceil(notes.length / columnsAt(scale)) * (NOTE_SIZE + GAP) * scale + GAP * scale <= h - top;
    // Shrink in small steps until the grid fits; 0.25 is the floor so text stays legible.
    let scale = 1;
    while (scale > MIN_SCALE && !fits(scale)) scale = Math.round((scale - 0.05) * 100) / 100;
    const cols = columnsAt(scale);
    const cell = (NOTE_SIZE + GAP) * scale;
    notes.forEach((note, i) => {
      placed.push({
        areaId: area.id,
        text: localize(note.text, lang),
        x: x + GAP * scale + (i % cols) * cell,
        y: y + top + GAP * scale + Math.floor(i / cols) * cell,
        scale,
      });
    });
  }
  return placed;
}
