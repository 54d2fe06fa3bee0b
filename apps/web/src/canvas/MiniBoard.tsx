import type { StoredRecord } from '@canvas/board-model';
import { NOTE_FILL } from '@canvas/board-render/palette';
import { levelsLabel, localize, noteSize, readNoteLevels, richTextToPlain, type Lang, type NoteLevels, type Template } from '@canvas/templates';

/** tldraw's own light-theme note fills (shared with the PDF/SVG exports). */
export { NOTE_FILL };

interface NoteLike {
  id: string;
  x: number;
  y: number;
  text: string;
  color: string;
  w: number;
  h: number;
  /** Bloom and EQF levels (`meta`), shown as a badge. */
  levels: NoteLevels;
}

export function notesOf(records: StoredRecord[]): NoteLike[] {
  const notes: NoteLike[] = [];
  for (const record of records) {
    if (record.typeName !== 'shape' || record.type !== 'note') continue;
    const props = (record.props ?? {}) as Record<string, unknown>;
    const size = noteSize(record as never);
    notes.push({
      id: record.id,
      x: Number(record.x) || 0,
      y: Number(record.y) || 0,
      text: richTextToPlain(props.richText),
      color: String(props.color ?? 'black'),
      w: size.w,
      h: size.h,
      levels: readNoteLevels(record.meta),
    });
  }
  return notes;
}

/** Pictures and link cards of a board as boxes: the miniature fetches no file (thirty tiles would). */
export function picturesOf(records: StoredRecord[]): Array<{ id: string; x: number; y: number; w: number; h: number }> {
  return records
    .filter((record) => record.typeName === 'shape' && (record.type === 'image' || record.type === 'bookmark'))
    .map((record) => {
      const props = (record.props ?? {}) as { w?: unknown; h?: unknown };
      return { id: record.id, x: Number(record.x) || 0, y: Number(record.y) || 0, w: Number(props.w) || 300, h: Number(props.h) || 200 };
    });
}

/**
 * A legible miniature of a board: the template's areas and the post-its with their first words.
 * SVG, so that thirty of them stay cheap (no tldraw editor per tile). Hidden from screen readers:
 * the tile's button over it names the board ("Step into Group 1").
 */
export function MiniBoard({ template, records, lang, className }: { template: Template | undefined; records: StoredRecord[]; lang: Lang; className?: string }) {
  const notes = notesOf(records);
  const frame = template ? { x: 0, y: 0, w: template.frame.w, h: template.frame.h } : boundsOf(notes);
  return (
    <svg className={className ?? 'mini-board'} viewBox={`${frame.x} ${frame.y} ${frame.w} ${frame.h}`} preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
      <rect x={frame.x} y={frame.y} width={frame.w} height={frame.h} fill="#fff" stroke="#ced4da" strokeWidth={4} />
      {template?.areas.map((area) => (
        <g key={area.id}>
          <rect x={area.rect.x} y={area.rect.y} width={area.rect.w} height={area.rect.h} fill="#f8f9fa" stroke="#adb5bd" strokeWidth={3} rx={8} />
          <text x={area.rect.x + 16} y={area.rect.y + 40} fontSize={30} fontWeight={600} fill="#495057">
            {truncate(localize(area.label, lang), Math.floor(area.rect.w / 17))}
          </text>
        </g>
      ))}
      {picturesOf(records).map((picture) => (
        <rect key={picture.id} x={picture.x} y={picture.y} width={picture.w} height={picture.h} fill="#dee2e6" stroke="#adb5bd" strokeWidth={3} strokeDasharray="12 8" />
      ))}
      {notes.map((note) => (
        <g key={note.id}>
          <rect x={note.x} y={note.y} width={note.w} height={note.h} fill={NOTE_FILL[note.color] ?? NOTE_FILL.black} stroke="rgba(0,0,0,0.15)" strokeWidth={2} rx={6} />
          {wrap(note.text, 14, 4).map((line, i) => (
            <text key={i} x={note.x + 14} y={note.y + 44 + i * 36} fontSize={28} fill="#212529">
              {line}
            </text>
          ))}
          <LevelsBadge note={note} lang={lang} />
        </g>
      ))}
    </svg>
  );
}

/** The note's levels as on the board's badge (`Bloom 3 · EQF 5`), bottom right inside the note. */
function LevelsBadge({ note, lang }: { note: NoteLike; lang: Lang }) {
  const label = levelsLabel(note.levels, lang);
  if (label === '') return null;
  const width = Math.min(note.w - 8, 14 + label.length * 14);
  return (
    <g data-testid="mini-level-badge">
      <rect x={note.x + note.w - width - 4} y={note.y + note.h - 40} width={width} height={34} rx={17} fill="#1d3557" />
      <text x={note.x + note.w - 4 - width / 2} y={note.y + note.h - 15} fontSize={24} fontWeight={700} fill="#fff" textAnchor="middle">
        {label}
      </text>
    </g>
  );
}

function boundsOf(notes: NoteLike[]): { x: number; y: number; w: number; h: number } {
  if (notes.length === 0) return { x: 0, y: 0, w: 1600, h: 1000 };
  const minX = Math.min(...notes.map((n) => n.x)) - 40;
  const minY = Math.min(...notes.map((n) => n.y)) - 40;
  const maxX = Math.max(...notes.map((n) => n.x + n.w)) + 40;
  const maxY = Math.max(...notes.map((n) => n.y + n.h)) + 40;
  return { x: minX, y: minY, w: Math.max(400, maxX - minX), h: Math.max(300, maxY - minY) };
}

function truncate(text: string, max: number): string {
  return text.length > max ? text.slice(0, Math.max(1, max - 1)) + '…' : text;
}

function wrap(text: string, width: number, maxLines: number): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if ((line + ' ' + word).trim().length > width) {
      if (line) lines.push(line);
      line = word;
    } else {
      line = (line + ' ' + word).trim();
    }
    if (lines.length === maxLines) break;
  }
  if (line && lines.length < maxLines) lines.push(line);
  if (lines.length === maxLines && words.join(' ').length > lines.join(' ').length) lines[maxLines - 1] = truncate(lines[maxLines - 1]!, width);
  return lines;
}
