import { catalogue } from '@canvas/i18n';
import type { Lang } from '../localized.js';
import { localize } from '../localized.js';
import { getBloomLevel } from '../reference/bloom.js';
import type { BoardExport, ExportedNote, WorkshopExport } from './schema.js';

/** The export's own words come from the language's catalogue (@canvas/i18n), like every other text. */
const words = (lang: Lang) => catalogue(lang).exports;

/** URL schemes that run code or smuggle content when a renderer turns text into a link. */
const DANGEROUS_SCHEME = /\b(javascript|vbscript|data|file):/gi;

/**
 * Text from a board or a template, made inert for Markdown (SPEC T4.8): `<` and `>` are escaped so
 * no raw HTML or autolink survives, `[` and `]` so no link or image can be formed, the backslash so
 * the escapes cannot be undone, and the colon after `javascript`, `vbscript`, `data` or `file` so
 * no renderer's auto-linking makes a dangerous link. Escaped characters display as themselves.
 */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\<>[\]]/g, (c) => `\\${c}`).replace(DANGEROUS_SCHEME, '$1\\:');
}

/** One line of escaped text (headings and list items cannot hold line breaks). */
const inline = (text: string) => escapeMarkdown(text).replace(/\s*\r?\n\s*/g, ' ');

/** Table cells cannot hold pipes or line breaks. */
function tableCell(text: string): string {
  return text === '' ? '—' : escapeMarkdown(text).replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

function bullet(note: ExportedNote, lang: Lang): string {
  const w = words(lang);
  const suffix: string[] = [];
  const author = note.authorName ?? note.authorId;
  if (author !== null) suffix.push(`— ${inline(author)}`);
  if (note.bloomLevel !== null) {
    const level = getBloomLevel(note.bloomLevel);
    suffix.push(`[${w.bloom} ${note.bloomLevel}${level ? `: ${localize(level.name, lang)}` : ''}]`);
  }
  if (note.eqfLevel !== null) suffix.push(`[${w.eqf} ${note.eqfLevel}]`);
  if (note.votes) suffix.push(`[${w.votes(note.votes)}]`);
  const lines = (note.text === '' ? '…' : escapeMarkdown(note.text)).split('\n');
  const body = lines.map((line, i) => (i === 0 ? `- ${line}` : `  ${line}`)).join('\n');
  return suffix.length > 0 ? `${body} ${suffix.join(' ')}` : body;
}

function boardSections(data: BoardExport, level: number): string[] {
  const lang = data.language;
  const w = words(lang);
  const h = (n: number) => '#'.repeat(n);
  const out: string[] = [];
  out.push(`${h(level)} ${inline(data.board.title)}`);
  const meta = [
    `- ${w.template}: ${inline(data.template.title)} (${inline(data.template.id)} ${inline(data.template.version)}, ${w.unit} ${inline(data.template.unit)})`,
  ];
  if (data.board.groupName !== null) meta.push(`- ${w.group}: ${inline(data.board.groupName)}`);
  if (data.board.workshopTitle !== null) meta.push(`- ${w.workshop}: ${inline(data.board.workshopTitle)}`);
  meta.push(`- ${w.exported}: ${data.exportedAt}`);
  out.push(meta.join('\n'));
  if (data.fields.length > 0) {
    const table = [`| ${w.field} | ${w.value} |`, '| --- | --- |', ...data.fields.map((f) => `| ${tableCell(f.label)} | ${tableCell(f.display)} |`)];
    out.push(`${h(level + 1)} ${w.fields}`, table.join('\n'));
  }
  for (const area of data.areas) {
    out.push(`${h(level + 1)} ${inline(area.label)}`);
    out.push(area.notes.length > 0 ? area.notes.map((n) => bullet(n, lang)).join('\n') : w.noNotes);
  }
  if (data.unsorted.length > 0) {
    out.push(`${h(level + 1)} ${w.unsorted}`, data.unsorted.map((n) => bullet(n, lang)).join('\n'));
  }
  if (data.issues.length > 0) {
    out.push(`${h(level + 1)} ${w.issues}`, data.issues.map((i) => `- \`${i.path.replace(/`/g, "'")}\`: ${inline(i.message)}`).join('\n'));
  }
  return out;
}

/**
 * Renders an export as Markdown: a level-1 heading with the board title, a metadata list, a field
 * table (when the template has fields), one level-2 heading per area with one bullet per note, then
 * unsorted notes and issues when there are any (SPEC T4.8). A workshop export starts with the
 * workshop title and shifts each board one heading level down. Every text from a board or a
 * template is escaped (`escapeMarkdown`): the file carries no active HTML and no link.
 */
export function toMarkdown(data: BoardExport | WorkshopExport): string {
  if ('boards' in data) {
    const lang = data.boards[0]?.language ?? 'en';
    const w = words(lang);
    const head = [`# ${inline(data.workshop.title)}`, `- ${w.exported}: ${data.exportedAt}\n- ${w.boards}: ${data.counts.boards}`];
    return `${[...head, ...data.boards.flatMap((b) => boardSections(b, 2))].join('\n\n')}\n`;
  }
  return `${boardSections(data, 1).join('\n\n')}\n`;
}
