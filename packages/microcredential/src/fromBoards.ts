import { assignNotesToAreas, getTemplate, isNoteRecord, richTextToPlain, type NoteRecord } from '@canvas/templates';
import { CanvasContent, FIELD_TEMPLATE, isFieldId, type CanvasNote } from './canvasContent.js';

/** One board of a group as stored: its template id, its tldraw records and its structured fields. */
export interface BoardContentInput {
  templateId: string;
  records: readonly unknown[];
  fields: Record<string, unknown>;
}

const RELEVANT = ['c3-competences', 'c4-substantive', 'awarding'] as const;

/**
 * A level stored in a note's `meta` (`bloomLevel` 1–6, `eqfLevel` 1–8, integers): anything else, e.g.
 * a string or 9, is ignored rather than failing the whole board (SPEC M3).
 */
function levelFrom<K extends 'bloomLevel' | 'eqfLevel'>(raw: unknown, max: number, key: K): Partial<Record<K, number>> {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= max ? ({ [key]: raw } as Record<K, number>) : {};
}

/**
 * Builds the canvas content the drafts are made from: for the C3, C4 and awarding boards of one
 * group, which post-it lies in which area (the templates' membership rule), its text, its Bloom and
 * EQF levels (`meta.bloomLevel`, `meta.eqfLevel`), and the structured field values. Other boards are ignored.
 */
export function canvasContentFromBoards(boards: readonly BoardContentInput[]): CanvasContent {
  const content: Record<string, { notes: CanvasNote[]; fields: Record<string, unknown> }> = {};
  for (const board of boards) {
    if (!(RELEVANT as readonly string[]).includes(board.templateId)) continue;
    const template = getTemplate(board.templateId);
    if (!template) continue;
    const notes: NoteRecord[] = board.records.filter(isNoteRecord);
    const assignment = assignNotesToAreas(template, notes);
    const toNote = (areaId: string | null) => (note: NoteRecord): CanvasNote => {
      const meta = (note.meta ?? {}) as Record<string, unknown>;
      return {
        areaId,
        text: richTextToPlain(note.props.richText),
        ...levelFrom(meta.bloomLevel, 6, 'bloomLevel'),
        ...levelFrom(meta.eqfLevel, 8, 'eqfLevel'),
      };
    };
    content[board.templateId] = {
      notes: [
        ...assignment.areas.flatMap(({ area, notes: inArea }) => inArea.map(toNote(area.id))),
        ...assignment.unsorted.map(toNote(null)),
      ].filter((note) => note.text.trim() !== ''),
      fields: board.fields,
    };
  }
  return CanvasContent.parse(content);
}

/** The 6.3 canvas: a group records an existing micro-credential on it instead of designing one. */
export const EXAMPLE_REVIEW_TEMPLATE = 'mc-example-review';

/**
 * Canvas content for the EU checklist of an *existing* micro-credential that a group recorded on the
 * example-review canvas (SPEC M18). Its fields are the C4 and awarding fields, so each goes back to
 * the canvas the mapping reads it from; its `learning-outcomes` and `assessment` notes count as the
 * C4 areas of the same name. The review notes (strengths, gaps, own offer) are not part of the draft.
 */
export function canvasContentFromExampleBoard(board: Omit<BoardContentInput, 'templateId'>): CanvasContent {
  const template = getTemplate(EXAMPLE_REVIEW_TEMPLATE);
  if (!template) return CanvasContent.parse({});
  const notes = board.records.filter(isNoteRecord);
  const assignment = assignNotesToAreas(template, notes);
  const c4Notes: CanvasNote[] = assignment.areas
    .filter(({ area }) => area.id === 'learning-outcomes' || area.id === 'assessment')
    .flatMap(({ area, notes: inArea }) =>
      inArea.map((note) => ({ areaId: area.id, text: richTextToPlain(note.props.richText) })).filter((note) => note.text.trim() !== ''),
    );
  const c4Fields: Record<string, unknown> = {};
  const awardingFields: Record<string, unknown> = {};
  for (const [id, value] of Object.entries(board.fields)) {
    if (!isFieldId(id)) continue;
    (FIELD_TEMPLATE[id] === 'awarding' ? awardingFields : c4Fields)[id] = value;
  }
  return CanvasContent.parse({
    'c4-substantive': { notes: c4Notes, fields: c4Fields },
    awarding: { notes: [], fields: awardingFields },
  });
}
