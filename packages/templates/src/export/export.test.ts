import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../catalog/index.js';
import { buildBoardExport, type BoardExportInput } from './boardExport.js';
import { toCsv } from './csv.js';
import { toJson } from './json.js';
import { toMarkdown } from './markdown.js';
import { BoardExportSchema, WorkshopExportSchema } from './schema.js';
import { workshopExport } from './workshop.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

const c4 = getTemplate('c4-substantive')!;
const records = JSON.parse(fixture('filled-c4.records.json')) as unknown[];
const input = JSON.parse(fixture('filled-c4.input.json')) as Pick<BoardExportInput, 'board' | 'fields' | 'exportedAt'>;
const filled = () => buildBoardExport({ ...input, template: c4, records });

function note(id: string, x: number, y: number, text: string, meta: Record<string, unknown> = {}) {
  return {
    id,
    typeName: 'shape',
    type: 'note',
    x,
    y,
    rotation: 0,
    props: { color: 'yellow', richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
    meta,
  };
}

describe('buildBoardExport with the filled C4 fixture', () => {
  it('T4.1 T4.2 T4.3 T4.4 T4.5 matches the hand-written JSON export', () => {
    expect(filled()).toEqual(JSON.parse(fixture('filled-c4.expected.json')));
  });

  it('T4.6 toJson matches the hand-written file byte for byte', () => {
    expect(toJson(filled())).toBe(fixture('filled-c4.expected.json'));
  });

  it('T4.7 toCsv matches the hand-written file byte for byte', () => {
    expect(toCsv(filled())).toBe(fixture('filled-c4.expected.csv'));
  });

  it('T4.8 toMarkdown matches the hand-written file', () => {
    expect(toMarkdown(filled())).toBe(fixture('filled-c4.expected.md'));
  });

  it('T4.6 the JSON output parses back with the schema', () => {
    expect(BoardExportSchema.parse(JSON.parse(toJson(filled())))).toEqual(filled());
  });
});

describe('buildBoardExport rules', () => {
  const base = { board: { id: 'b', title: 'Board' }, template: c4, exportedAt: new Date('2025-01-01T00:00:00Z') };

  it('T4.1 lists every area, in template order, even on an empty board', () => {
    const out = buildBoardExport({ ...base, records: [] });
    expect(out.areas.map((a) => [a.id, a.notes.length])).toEqual(c4.areas.map((a) => [a.id, 0]));
    expect(out.unsorted).toEqual([]);
    expect(out.counts).toEqual({
      notes: 0,
      sorted: 0,
      unsorted: 0,
      perArea: Object.fromEntries(c4.areas.map((a) => [a.id, 0])),
      fieldsFilled: 0,
      fieldsTotal: 17,
      issues: 0,
    });
  });

  it('T4.2 missing metadata becomes null, without issues', () => {
    const out = buildBoardExport({ ...base, records: [{ ...note('n', 0, 150, 'x'), meta: undefined, props: { richText: 'plain' } }] });
    expect(out.areas[0]!.notes).toEqual([
      { id: 'n', text: 'plain', authorId: null, authorName: null, color: null, createdAt: null, updatedAt: null, bloomLevel: null, eqfLevel: null },
    ]);
    expect(out.issues).toEqual([]);
  });

  it('T4.2 reads C3 Bloom levels from note meta', () => {
    const c3 = getTemplate('c3-competences')!;
    const out = buildBoardExport({
      ...base,
      template: c3,
      records: [note('a', 100, 200, 'Design a tasting menu', { bloomLevel: 6 }), note('b', 400, 200, 'x', { bloomLevel: 2.5 })],
    });
    expect(out.areas[0]!.notes.map((n) => [n.id, n.bloomLevel])).toEqual([
      ['a', 6],
      ['b', null],
    ]);
    expect(out.issues.map((i) => i.path)).toEqual(['notes.b.meta.bloomLevel']);
  });

  it('T4.2/T4.7/T4.8 carry dots of closed votes (votes column, [n votes])', () => {
    const c3 = getTemplate('c3-competences')!;
    const out = buildBoardExport({
      ...base,
      template: c3,
      records: [note('a', 100, 200, 'Design a tasting menu'), note('b', 400, 200, 'Plan a menu')],
      votes: { a: 3 },
    });
    expect(out.areas[0]!.notes.map((n) => [n.id, n.votes])).toEqual([
      ['a', 3],
      ['b', 0],
    ]);
    const rows = toCsv(out).split('\r\n');
    expect(rows[0]!.endsWith(',votes')).toBe(true);
    expect(rows[1]!.endsWith(',3')).toBe(true);
    expect(rows[2]!.endsWith(',0')).toBe(true);
    expect(toMarkdown(out)).toContain('- Design a tasting menu [3 votes]');
    expect(toMarkdown({ ...out, language: 'de' })).toContain('[3 Stimmen]');
  });

  it('T4.10 labels follow the export language; note text is not translated', () => {
    const out = buildBoardExport({ ...base, lang: 'de', records: [note('n', 0, 150, 'Lernergebnis A')], fields: { deliveryMode: 'in-person' } });
    expect(out.template.title).toBe('C4 Inhaltliche Elemente');
    expect(out.areas[0]!.label).toBe('Lernergebnisse');
    expect(out.fields.find((f) => f.id === 'deliveryMode')).toMatchObject({ label: 'Form der Teilnahme', display: 'In Präsenz' });
    expect(out.areas[0]!.notes[0]!.text).toBe('Lernergebnis A');
    expect(toMarkdown(out)).toContain('## Didaktische Methoden\n\n_Keine Post-its._');
  });

  it('rejects an unusable exportedAt, which is the caller’s own input', () => {
    expect(() => buildBoardExport({ ...base, exportedAt: 'soon', records: [] })).toThrow(TypeError);
  });

  it('T3.6 origin places the frame elsewhere on the page', () => {
    const out = buildBoardExport({ ...base, origin: { x: 5000, y: 0 }, records: [note('n', 5000, 150, 'x'), note('m', 0, 150, 'y')] });
    expect(out.areas[0]!.notes.map((n) => n.id)).toEqual(['n']);
    expect(out.unsorted.map((n) => n.id)).toEqual(['m']);
  });
});

describe('renderers', () => {
  const out = (text: string, group: string | null = null) =>
    buildBoardExport({
      board: { id: 'b', title: 'T', groupName: group },
      template: getTemplate('vet-he-flipchart')!,
      records: [note('n', 0, 150, text)],
      exportedAt: '2025-01-01T00:00:00Z',
    });

  it('T4.7 quotes only cells that need it, doubling quotes', () => {
    const lines = toCsv(out('plain')).split('\r\n');
    expect(lines).toEqual(['board,group,area,text,author,colour,created,updated,bloom_level,eqf_level,votes', 'T,,different-for-vet,plain,,yellow,,,,,', '']);
    expect(toCsv(out('say "hi"\r\nnow')).split('\r\n')[1]).toBe('T,,different-for-vet,"say ""hi""');
  });

  it('T4.8 escapes pipes and line breaks in the field table', () => {
    const md = toMarkdown(
      buildBoardExport({
        board: { id: 'b', title: 'T' },
        template: getTemplate('awarding')!,
        records: [],
        fields: { furtherInformation: 'a | b\nc' },
        exportedAt: '2025-01-01T00:00:00Z',
      }),
    );
    expect(md).toContain('| Further information | a \\| b<br>c |');
    expect(md).not.toContain('## Unsorted');
    expect(md).not.toContain('## Issues');
  });

  it('T4.8 leaves out the field table for templates without fields', () => {
    expect(toMarkdown(out('x'))).not.toContain('## Fields');
  });
});

describe('workshopExport', () => {
  it('T4.9 keeps board order, sums counts, and renders with one CSV header', () => {
    const first = filled();
    const second = buildBoardExport({
      board: { id: 'b2', title: 'C4 – Group 2', groupName: 'Group 2' },
      template: c4,
      records: [note('x', 0, 150, 'Only note')],
      exportedAt: '2025-03-14T12:00:00Z',
    });
    const ws = workshopExport({ workshop: { id: 'w1', title: 'MicroQuest' }, boards: [first, second], exportedAt: '2025-03-14T12:30:00Z' });
    expect(ws.boards.map((b) => b.board.id)).toEqual(['board-g1-c4', 'b2']);
    expect(ws.counts).toEqual({ boards: 2, notes: 10, unsorted: 2, issues: 6 });
    expect(WorkshopExportSchema.parse(JSON.parse(toJson(ws)))).toEqual(ws);
    const csv = toCsv(ws);
    expect(csv.match(/^board,group,area/gm)).toHaveLength(1);
    expect(csv.endsWith('C4 – Group 2,Group 2,learning-outcomes,Only note,,yellow,,,,,\r\n')).toBe(true);
    const md = toMarkdown(ws);
    expect(md.startsWith('# MicroQuest\n\n- Exported: 2025-03-14T12:30:00.000Z\n- Boards: 2\n\n## C4 – Group 1\n')).toBe(true);
    expect(md).toContain('\n### Learning outcomes\n');
  });
});

/**
 * Tags in rendered HTML that plain Markdown structure does not explain: anything but formatting
 * without attributes, except a viewer's own auto-links to http(s) addresses.
 */
function activeHtml(html: string): string[] {
  const plain = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'ul', 'ol', 'li', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'em', 'strong', 'code', 'br', 'hr']);
  return [...html.matchAll(/<(\/?)([a-z][a-z0-9]*)([^>]*)>/gi)]
    .filter(([, closing, name, attrs]) => {
      const tag = name!.toLowerCase();
      if (tag === 'a') return closing ? false : !/^\s*href="https?:\/\/[^"]*"\s*$/.test(attrs!);
      return !plain.has(tag) || attrs!.trim() !== '';
    })
    .map((m) => m[0]);
}

describe('hostile text in the data exports', () => {
  const hostile = JSON.parse(fixture('hostile.input.json')) as {
    board: BoardExportInput['board'];
    exportedAt: string;
    fields: Record<string, unknown>;
    notes: { id: string; x: number; y: number; text: string; author: string }[];
  };
  const data = () =>
    buildBoardExport({
      board: hostile.board,
      template: c4,
      exportedAt: hostile.exportedAt,
      fields: hostile.fields,
      records: hostile.notes.map((n) => note(n.id, n.x, n.y, n.text, { authorName: n.author })),
    });

  it('T4.7 defuses cells that would start a spreadsheet formula (=, +, -, @, tab, CR): quote in front, cell quoted', () => {
    const csv = toCsv(data());
    expect(csv).toBe(fixture('hostile.expected.csv'));
    const cells = csv.split('\r\n').slice(1, -1).flatMap((line) => line.match(/("(?:[^"]|"")*"|[^,]*)(?:,|$)/g) ?? []);
    for (const raw of cells) expect(raw.replace(/,$/, ''), raw).not.toMatch(/^"?[=+\-@\t\r]/);
    expect(csv).toContain(`,"'=Group",`);
    expect(csv).toContain(`"'=HYPERLINK(""https://evil.example"",""click"")","'@SUM(A1:A9)"`);
    expect(csv).toContain('A - B, 3 + 4 = 7 @ the chamber'); // only the first character matters
  });

  it('T4.8 escapes raw HTML and links: the Markdown renders to no active HTML and no link', () => {
    const md = toMarkdown(data());
    expect(md).toBe(fixture('hostile.expected.md'));
    // What a Markdown viewer makes of it, with raw HTML and auto-linking switched on.
    const html = new MarkdownIt({ html: true, linkify: true }).render(md);
    expect(activeHtml(html)).toEqual([]);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('[click](javascript:alert(1))');
    // The workshop-wide file too.
    const whole = new MarkdownIt({ html: true, linkify: true }).render(toMarkdown(workshopExport({ workshop: { id: 'w', title: '<b onmouseover=x>W</b>' }, boards: [data()], exportedAt: hostile.exportedAt })));
    expect(activeHtml(whole)).toEqual([]);
    expect(activeHtml('<p>ok</p><a href="https://ok">ok</a><a href="javascript:x">x</a><img src=x onerror=y>')).toHaveLength(2); // the check can fail
  });
});
