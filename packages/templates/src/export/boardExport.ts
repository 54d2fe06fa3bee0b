import { assignNotesToAreas, isNoteRecord, type MembershipOptions, type NoteRecord } from '../areaMembership.js';
import { type ExportIssue, validateFieldValues } from '../fieldValues.js';
import { type Lang, localize } from '../localized.js';
import { richTextToPlain } from '../richText.js';
import type { Template } from '../schema.js';
import { type BoardExport, EXPORT_FORMAT_VERSION, type ExportedNote } from './schema.js';

/** Input of {@link buildBoardExport}. */
export interface BoardExportInput {
  board: { id: string; title: string; groupName?: string | null; workshopTitle?: string | null };
  template: Template;
  /** All tldraw records of the board; anything that is not a note shape is ignored. */
  records: readonly unknown[];
  /** Raw structured field values keyed by field id. */
  fields?: Readonly<Record<string, unknown>>;
  exportedAt: Date | string;
  /** Language of labels in the export; note text is never translated. Defaults to English. */
  lang?: Lang;
  /** Where the template frame sits relative to the notes' coordinates (see `MembershipOptions`). */
  origin?: MembershipOptions['origin'];
  /** Dots per note id from the board's closed votes (server-counted, never from the board doc). */
  votes?: Readonly<Record<string, number>>;
}

/** Dates arrive as epoch milliseconds (tldraw, Yjs) or ISO strings; both become ISO 8601 UTC. */
function toIso(value: unknown): string | null | undefined {
  if (value === undefined || value === null) return null;
  const ms = typeof value === 'number' ? value : typeof value === 'string' ? Date.parse(value) : NaN;
  return Number.isFinite(ms) ? new Date(ms).toISOString() : undefined;
}

function optionalString(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

function exportNote(note: NoteRecord, issues: ExportIssue[], votes?: Readonly<Record<string, number>>): ExportedNote {
  const meta = note.meta ?? {};
  const at = `notes.${note.id}.meta`;
  const date = (key: 'createdAt' | 'updatedAt') => {
    const iso = toIso(meta[key]);
    if (iso === undefined) {
      issues.push({ path: `${at}.${key}`, code: 'invalid-note-meta', message: `Unreadable ${key} ${JSON.stringify(meta[key])}` });
      return null;
    }
    return iso;
  };
  // Issues follow the key order of the exported note: dates first, then the Bloom and EQF levels.
  const createdAt = date('createdAt');
  const updatedAt = date('updatedAt');
  let bloomLevel: number | null = null;
  const rawBloom = meta.bloomLevel;
  if (rawBloom !== undefined && rawBloom !== null) {
    if (Number.isInteger(rawBloom) && rawBloom >= 1 && rawBloom <= 6) bloomLevel = rawBloom;
    else issues.push({ path: `${at}.bloomLevel`, code: 'invalid-note-meta', message: `Bloom level must be 1–6, got ${JSON.stringify(rawBloom)}` });
  }
  let eqfLevel: number | null = null;
  const rawEqf = meta.eqfLevel;
  if (rawEqf !== undefined && rawEqf !== null) {
    if (Number.isInteger(rawEqf) && rawEqf >= 1 && rawEqf <= 8) eqfLevel = rawEqf;
    else issues.push({ path: `${at}.eqfLevel`, code: 'invalid-note-meta', message: `EQF level must be 1–8, got ${JSON.stringify(rawEqf)}` });
  }
  const text = note.props.richText !== undefined ? richTextToPlain(note.props.richText) : richTextToPlain(note.props.text ?? '');
  return {
    id: note.id,
    text,
    authorId: optionalString(meta.authorId),
    authorName: optionalString(meta.authorName),
    color: optionalString(note.props.color),
    createdAt,
    updatedAt,
    bloomLevel,
    eqfLevel,
    ...(votes ? { votes: votes[note.id] ?? 0 } : {}),
  };
}

/**
 * Builds the structured export of one board. It never throws on board data: bad field values and
 * unreadable note metadata end up in `issues` (SPEC T4.3). It throws only on a bad `exportedAt`,
 * which is the caller's own input.
 */
export function buildBoardExport(input: BoardExportInput): BoardExport {
  const lang = input.lang ?? 'en';
  const exportedAt = toIso(input.exportedAt instanceof Date ? input.exportedAt.getTime() : input.exportedAt);
  if (exportedAt === undefined || exportedAt === null) throw new TypeError(`Invalid exportedAt: ${String(input.exportedAt)}`);
  const { template } = input;
  const notes = input.records.filter(isNoteRecord);
  const assignment = assignNotesToAreas(template, notes, input.origin ? { origin: input.origin } : {});
  const noteIssues: ExportIssue[] = [];
  const areas = assignment.areas.map(({ area, notes: inArea }) => ({
    id: area.id,
    label: localize(area.label, lang),
    notes: inArea.map((n) => exportNote(n, noteIssues, input.votes)),
  }));
  const unsorted = assignment.unsorted.map((n) => exportNote(n, noteIssues, input.votes));
  const { fields, issues: fieldIssues } = validateFieldValues(template, input.fields ?? {}, lang);
  const issues = [...fieldIssues, ...noteIssues];
  const sorted = areas.reduce((sum, a) => sum + a.notes.length, 0);
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt,
    language: lang,
    board: {
      id: input.board.id,
      title: input.board.title,
      groupName: input.board.groupName ?? null,
      workshopTitle: input.board.workshopTitle ?? null,
    },
    template: {
      id: template.id,
      version: template.version,
      title: localize(template.title, lang),
      unit: template.unit,
      activity: localize(template.activity, lang),
    },
    areas,
    unsorted,
    fields,
    issues,
    counts: {
      notes: sorted + unsorted.length,
      sorted,
      unsorted: unsorted.length,
      perArea: Object.fromEntries(areas.map((a) => [a.id, a.notes.length])),
      fieldsFilled: fields.filter((f) => f.value !== null).length,
      fieldsTotal: fields.length,
      issues: issues.length,
    },
  };
}
