import { getTemplate } from '@canvas/templates';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ExportBoard, ExportContext } from './job.js';
import { runExportJob } from './run.js';

const c4 = getTemplate('c4-substantive')!;
const context: ExportContext = { workshop: { id: 'w1', title: 'Workshop' }, lang: 'en', paper: 'a4', exportedAt: new Date('2026-11-23T10:00:00Z') };
const note = (id: string, text: string) => ({
  id: `shape:${id}`,
  typeName: 'shape',
  type: 'note',
  x: 100,
  y: 400,
  rotation: 0,
  index: 'a1',
  parentId: 'page:page',
  props: { color: 'yellow', richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
  meta: { authorName: 'Ana' },
});
const board = (over: Partial<ExportBoard> = {}): ExportBoard => ({
  id: 'b1',
  kind: 'group',
  template: c4,
  canvasTitle: 'C4',
  owner: 'Group 1',
  ownerSlug: 'group-1',
  canvasSlug: 'c4',
  position: 1,
  records: [note('n1', '=1+1 <b>x</b>')],
  fields: {},
  ...over,
});

describe('runExportJob', () => {
  it('X1.1 makes every board format; data formats need the template', async () => {
    for (const format of ['json', 'md', 'csv', 'svg', 'pdf'] as const) {
      const result = await runExportJob({ kind: 'board', format, context, board: board() });
      expect(result.ok, format).toBe(true);
    }
    const csv = await runExportJob({ kind: 'board', format: 'csv', context, board: board() });
    expect(csv.ok && String(csv.body)).toContain(`"'=1+1 <b>x</b>"`);
    expect(await runExportJob({ kind: 'board', format: 'json', context, board: board({ template: null }) })).toEqual({ ok: false, error: 'template_unavailable' });
    expect((await runExportJob({ kind: 'board', format: 'svg', context, board: board({ template: null }) })).ok).toBe(true);
  });

  it('X1.2 the workshop zip holds the workshop files and each board, leaving out empty solution boards', async () => {
    const boards = [board(), board({ id: 'b2', ownerSlug: 'group-1', canvasSlug: 'c4' }), board({ id: 'f', kind: 'facilitator', ownerSlug: 'facilitator', records: [] })];
    const result = await runExportJob({ kind: 'workshop', format: 'zip', context, boards });
    expect(result.ok).toBe(true);
    const files = unzipSync(result.ok ? (result.body as Uint8Array) : new Uint8Array());
    expect(Object.keys(files).sort()).toEqual(
      ['workshop.csv', 'workshop.json', 'workshop.md', 'workshop.pdf', ...['json', 'md', 'csv', 'svg', 'pdf'].flatMap((ext) => [`group-1/02-c4.${ext}`, `group-1/02-c4-2.${ext}`])].sort(),
    );
    expect(JSON.parse(strFromU8(files['workshop.json']!)).counts.boards).toBe(2);
  });

  it('X1.3 a note of one 100,000-character word exports in every format (text capped in the pictures only)', async () => {
    const word = 'Pneumonoultramicroscopic'.repeat(4200).slice(0, 100_000);
    const big = board({ records: [note('w', word)] });
    const json = await runExportJob({ kind: 'board', format: 'json', context, board: big });
    expect(json.ok && String(json.body)).toContain(word);
    const svg = await runExportJob({ kind: 'board', format: 'svg', context, board: big });
    expect(svg.ok && String(svg.body).length).toBeLessThan(100_000);
    const zip = await runExportJob({ kind: 'workshop', format: 'zip', context, boards: [big] });
    expect(zip.ok).toBe(true);
  });
});
