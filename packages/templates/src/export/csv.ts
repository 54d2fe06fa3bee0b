import type { BoardExport, ExportedNote, WorkshopExport } from './schema.js';

/** Column order of the CSV export (SPEC T4.7). */
export const CSV_COLUMNS = ['board', 'group', 'area', 'text', 'author', 'colour', 'created', 'updated', 'bloom_level', 'eqf_level', 'votes'] as const;

/** What a spreadsheet would read as the start of a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * RFC 4180: quote a cell that holds a quote, comma, CR or LF, doubling the quotes inside. A cell a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab or CR first) is defused as OWASP
 * recommends: a single quote goes in front and the cell is quoted (SPEC T4.7).
 */
export function csvCell(value: string): string {
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function rows(board: BoardExport): string[][] {
  const row = (areaId: string, n: ExportedNote) => [
    board.board.title,
    board.board.groupName ?? '',
    areaId,
    n.text,
    n.authorName ?? n.authorId ?? '',
    n.color ?? '',
    n.createdAt ?? '',
    n.updatedAt ?? '',
    n.bloomLevel === null ? '' : String(n.bloomLevel),
    n.eqfLevel === null ? '' : String(n.eqfLevel),
    n.votes === null || n.votes === undefined ? '' : String(n.votes),
  ];
  return [...board.areas.flatMap((a) => a.notes.map((n) => row(a.id, n))), ...board.unsorted.map((n) => row('', n))];
}

/**
 * One row per note: areas in template order, then unsorted notes (empty `area`). CRLF line ends,
 * header first, trailing CRLF. A workshop export gives one table with the rows of all boards.
 * Cells that would start a spreadsheet formula are defused (see `cell`).
 */
export function toCsv(data: BoardExport | WorkshopExport): string {
  const all = 'boards' in data ? data.boards.flatMap(rows) : rows(data);
  return [[...CSV_COLUMNS], ...all].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** One quick poll's result, as the workshop's exports carry it (polls/SPEC.md P6): counts, no names. */
export interface PollResult {
  kind: 'choice' | 'rating';
  question: string;
  options: string[];
  counts: number[];
  answered: number;
}

/** `polls.csv`: one row per poll and choice (rating: 1…5), with its count; cells defused like the notes'. */
export function pollsToCsv(polls: readonly PollResult[]): string {
  const lines = [['question', 'kind', 'choice', 'count', 'answered']];
  for (const poll of polls) {
    poll.counts.forEach((count, i) => {
      const choice = poll.kind === 'rating' ? String(i + 1) : (poll.options[i] ?? '');
      lines.push([poll.question, poll.kind, choice, String(count), String(poll.answered)]);
    });
  }
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** One participant's contributions to one activity (workshops contributions C4), as the CSV lists them. */
export interface ContributionCsvRow {
  name: string;
  group: string;
  activity: string;
  added: number;
  edited: number;
  moved: number;
  writes: number;
  activeMinutes: number;
  votes: number;
}

/** The contributions report as CSV (RFC 4180, CRLF), every cell neutralised like the board exports (T4.7). */
export function contributionsToCsv(rows: readonly ContributionCsvRow[]): string {
  const lines = [['participant', 'group', 'activity', 'notes_added', 'notes_edited', 'notes_moved', 'writes', 'active_minutes', 'votes']];
  for (const row of rows) {
    lines.push([row.name, row.group, row.activity, String(row.added), String(row.edited), String(row.moved), String(row.writes), String(row.activeMinutes), String(row.votes)]);
  }
  return `${lines.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
