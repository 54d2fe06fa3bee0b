import { renderBoardPdf, renderBoardSvg, renderWorkshopPdf, type BoardRenderInput } from '@canvas/board-render';
import { toDescriptionPdf } from '@canvas/microcredential';
import { buildBoardExport, pollsToCsv, toCsv, toJson, toMarkdown, workshopExport, type BoardExport } from '@canvas/templates';
import { zipSync, type Zippable } from 'fflate';
import type { ExportBoard, ExportContext, ExportJob, ExportResult } from './job.js';

function structured(context: ExportContext, board: ExportBoard): BoardExport | null {
  if (!board.template) return null;
  return buildBoardExport({
    board: { id: board.id, title: board.canvasTitle, groupName: board.owner, workshopTitle: context.workshop.title },
    template: board.template,
    records: board.records,
    fields: board.fields,
    exportedAt: context.exportedAt,
    lang: context.lang,
    ...(board.votes ? { votes: board.votes } : {}),
  });
}

function renderInput(context: ExportContext, board: ExportBoard): BoardRenderInput {
  return {
    template: board.template,
    records: board.records,
    fields: board.fields,
    ...(board.images ? { images: board.images } : {}),
    title: board.canvasTitle,
    subtitle: `${board.owner} · ${context.workshop.title}`,
    lang: context.lang,
    exportedAt: context.exportedAt,
  };
}

async function boardFile(job: Extract<ExportJob, { kind: 'board' }>): Promise<ExportResult> {
  const { context, board, format } = job;
  if (format === 'svg') return { ok: true, body: renderBoardSvg(renderInput(context, board)) };
  if (format === 'pdf') return { ok: true, body: await renderBoardPdf({ ...renderInput(context, board), paper: context.paper }) };
  const data = structured(context, board);
  if (!data) return { ok: false, error: 'template_unavailable' };
  return { ok: true, body: format === 'json' ? toJson(data) : format === 'md' ? toMarkdown(data) : toCsv(data) };
}

const hasShapes = (board: ExportBoard) => board.records.some((r) => (r as { typeName?: unknown } | null)?.typeName === 'shape');

/**
 * The whole workshop (SPEC X1.2): boards in the given order, facilitator (solution) boards only when
 * they hold a shape. JSON is every board's data; PDF one page per board; the zip holds the workshop
 * files and, per board, `<owner>/<nn>-<canvas>.{json,md,csv,svg,pdf}` (docs/exports.md).
 */
async function workshopFile(job: Extract<ExportJob, { kind: 'workshop' }>): Promise<ExportResult> {
  const { context, format } = job;
  const boards = job.boards.filter((b) => b.kind !== 'facilitator' || hasShapes(b));
  const exports = boards.map((b) => structured(context, b)).filter((e): e is BoardExport => e !== null);
  const whole = workshopExport({ workshop: context.workshop, boards: exports, exportedAt: context.exportedAt });
  if (format === 'json') return { ok: true, body: toJson(whole) };
  const inputs = boards.map((b) => renderInput(context, b));
  const workshopPdf = await renderWorkshopPdf(inputs, { paper: context.paper, title: context.workshop.title });
  if (format === 'pdf') return { ok: true, body: workshopPdf };

  const encoder = new TextEncoder();
  const files: Zippable = {
    'workshop.json': encoder.encode(toJson(whole)),
    'workshop.md': encoder.encode(toMarkdown(whole)),
    'workshop.csv': encoder.encode(toCsv(whole)),
    'workshop.pdf': [workshopPdf, { level: 0 }],
  };
  // Quick polls (polls/SPEC.md P6): counts only, never who answered what.
  if (job.polls && job.polls.length > 0) {
    files['polls.json'] = encoder.encode(`${JSON.stringify(job.polls, null, 2)}\n`);
    files['polls.csv'] = encoder.encode(pollsToCsv(job.polls));
  }
  const used = new Set<string>();
  for (const [i, board] of boards.entries()) {
    // `<owner>/<nn>-<canvas>`: one folder per group, canvases in workshop order, never a clash.
    const stem = `${board.ownerSlug}/${String(board.position + 1).padStart(2, '0')}-${board.canvasSlug}`;
    let path = stem;
    for (let n = 2; used.has(path); n++) path = `${stem}-${n}`;
    used.add(path);
    const data = structured(context, board);
    if (data) {
      files[`${path}.json`] = encoder.encode(toJson(data));
      files[`${path}.md`] = encoder.encode(toMarkdown(data));
      files[`${path}.csv`] = encoder.encode(toCsv(data));
    }
    files[`${path}.svg`] = encoder.encode(renderBoardSvg(inputs[i]!));
    files[`${path}.pdf`] = [await renderBoardPdf({ ...inputs[i]!, paper: context.paper }), { level: 0 }];
  }
  return { ok: true, body: zipSync(files, { level: 6, mtime: context.exportedAt }) };
}

/** Makes one export's file (SPEC X1). Pure: the same job gives the same file, wherever it runs. */
export async function runExportJob(job: ExportJob): Promise<ExportResult> {
  switch (job.kind) {
    case 'board':
      return boardFile(job);
    case 'workshop':
      return workshopFile(job);
    case 'description-pdf':
      return { ok: true, body: await toDescriptionPdf(job.draft, job.lang) };
    case 'warm-up':
      await renderBoardPdf({ template: null, records: [], title: 'Ελένη Łódź ≥' });
      return { ok: true, body: '' };
  }
}
