import { idSchema, type WorkshopView } from '@canvas/api';
import { readFields, readRecords } from '@canvas/board-model';
import { PAPERS, renderBoardPdf, renderBoardSvg, renderWorkshopPdf, type BoardRenderInput, type Paper } from '@canvas/board-render';
import type { SyncServer } from '@canvas/sync-server';
import { buildBoardExport, toCsv, toJson, toMarkdown, workshopExport, type BoardExport, type Lang, type Template } from '@canvas/templates';
import { WorkshopError, type WorkshopService } from '@canvas/workshops';
import { zipSync, type Zippable } from 'fflate';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveTemplate } from '../templateCatalog.js';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from './workshops.js';

export interface ExportsPluginOptions {
  service: WorkshopService;
  sync: SyncServer;
}

const BOARD_FORMATS = ['json', 'md', 'csv', 'svg', 'pdf'] as const;
const WORKSHOP_FORMATS = ['zip', 'json', 'pdf'] as const;
type BoardFormat = (typeof BOARD_FORMATS)[number];

const CONTENT_TYPES: Record<BoardFormat | 'zip', string> = {
  json: 'application/json; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  pdf: 'application/pdf',
  zip: 'application/zip',
};

const commonQuery = {
  paper: z.enum(PAPERS).default('a4'),
  lang: z.enum(['en', 'de']).optional(),
  /** For plain download links (`<a href download>`), which cannot send an Authorization header. */
  token: z.string().max(1024).optional(),
};
const boardQuerySchema = z.object({ format: z.enum(BOARD_FORMATS).default('json'), ...commonQuery });
const workshopQuerySchema = z.object({ format: z.enum(WORKSHOP_FORMATS).default('zip'), ...commonQuery });

/** Words for boards that belong to no group. */
const WORDS = {
  en: { workshopBoard: 'Whole workshop', facilitatorBoard: 'Facilitator' },
  de: { workshopBoard: 'Ganzer Workshop', facilitatorBoard: 'Moderation' },
} as const;

/** Everything needed to export one board, read once. */
interface BoardContent {
  id: string;
  template: Template | null;
  canvasTitle: string;
  /** The group's name, or "Whole workshop" / "Facilitator" for boards of no group. */
  owner: string;
  /** Folder and file names (ASCII slugs). */
  ownerSlug: string;
  canvasSlug: string;
  position: number;
  records: unknown[];
  fields: Record<string, unknown>;
}

/**
 * An ASCII-only file name part: accents dropped, everything else but letters and digits becomes
 * a dash, so `content-disposition` and zip entries are safe on every system.
 */
export function fileSlug(text: string, fallback: string): string {
  const slug = text
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, 48)
    .replace(/-+$/, '');
  return slug || fallback;
}

const attachment = (reply: FastifyReply, filename: string, type: string) =>
  reply.type(type).header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store');

/** Lets the sync server answer its sockets between two boards of a long export. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Downloads of boards: one board as JSON, Markdown, CSV, SVG or PDF (anyone who may read it), or
 * the whole workshop as a zip, JSON or PDF (the facilitator). Access is decided by the workshop
 * rules only: a board is exported only if it is in the caller's workshop view. Formats: docs/exports.md.
 */
export async function exportsPlugin(fastify: FastifyInstance, opts: ExportsPluginOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service, sync } = opts;

  const principalOf = (request: FastifyRequest) => {
    const query = request.query as Record<string, unknown>;
    return service.principal(bearerToken(request) ?? (typeof query.token === 'string' ? query.token : undefined));
  };

  /** Reads a board the view lists (the view decides access) together with its template and names. */
  function readBoard(view: WorkshopView, boardId: string, lang: Lang): BoardContent {
    const board = view.boards.find((b) => b.id === boardId)!;
    const activity = view.activities.find((a) => a.id === board.activityId);
    const group = view.groups.find((g) => g.id === board.groupId);
    const owner = group?.name ?? (board.kind === 'workshop' ? WORDS[lang].workshopBoard : WORDS[lang].facilitatorBoard);
    const { records, fields } = sync.withDoc(board.id, (doc) => ({ records: readRecords(doc) as unknown[], fields: readFields(doc) }));
    const canvasTitle = activity?.title ?? board.id;
    return {
      id: board.id,
      template: (activity && resolveTemplate(service, view.id, activity.templateId)) ?? null,
      canvasTitle,
      owner,
      ownerSlug: fileSlug(owner, board.kind),
      canvasSlug: fileSlug(canvasTitle, 'canvas'),
      position: activity?.position ?? 0,
      records,
      fields,
    };
  }

  function structured(view: WorkshopView, content: BoardContent, lang: Lang, exportedAt: Date): BoardExport | null {
    if (!content.template) return null;
    return buildBoardExport({
      board: { id: content.id, title: content.canvasTitle, groupName: content.owner, workshopTitle: view.title },
      template: content.template,
      records: content.records,
      fields: content.fields,
      exportedAt,
      lang,
    });
  }

  function renderInput(view: WorkshopView, content: BoardContent, lang: Lang, exportedAt: Date): BoardRenderInput {
    return {
      template: content.template,
      records: content.records,
      fields: content.fields,
      title: content.canvasTitle,
      subtitle: `${content.owner} · ${view.title}`,
      lang,
      exportedAt,
    };
  }

  async function boardFile(view: WorkshopView, content: BoardContent, format: BoardFormat, lang: Lang, paper: Paper, exportedAt: Date): Promise<string | Uint8Array> {
    if (format === 'svg') return renderBoardSvg(renderInput(view, content, lang, exportedAt));
    if (format === 'pdf') return renderBoardPdf({ ...renderInput(view, content, lang, exportedAt), paper });
    const data = structured(view, content, lang, exportedAt);
    if (!data) {
      throw new WorkshopError(409, 'template_unavailable', 'The template of this canvas is not available on this server; export it as SVG or PDF instead.', 'querystring.format');
    }
    return format === 'json' ? toJson(data) : format === 'md' ? toMarkdown(data) : toCsv(data);
  }

  app.get(
    '/api/workshops/:workshopId/boards/:boardId/export',
    { schema: { params: z.object({ workshopId: idSchema, boardId: idSchema }), querystring: boardQuerySchema } },
    async (request, reply) => {
      const { workshopId, boardId } = request.params;
      const { format, paper } = request.query;
      const { principal, revoked } = principalOf(request);
      service.authorize(workshopId, principal, revoked, 'workshop:read');
      const row = service.boardRow(boardId);
      if (!row || row.workshopId !== workshopId || row.kind === 'control') {
        throw new WorkshopError(404, 'board_not_found', 'This workshop has no such board (it may have been deleted).', 'boardId');
      }
      const view = service.view(workshopId, principal);
      if (!view.boards.some((b) => b.id === boardId)) throw new WorkshopError(403, 'forbidden', 'You may not read this board.');
      const lang = request.query.lang ?? view.language;
      const exportedAt = new Date();
      const content = readBoard(view, boardId, lang);
      const body = await boardFile(view, content, format, lang, paper, exportedAt);
      const name = `${fileSlug(view.title, 'workshop')}-${content.ownerSlug}-${content.canvasSlug}.${format}`;
      return attachment(reply, name, CONTENT_TYPES[format]).send(typeof body === 'string' ? body : Buffer.from(body));
    },
  );

  app.get(
    '/api/workshops/:workshopId/export',
    { schema: { params: z.object({ workshopId: idSchema }), querystring: workshopQuerySchema } },
    async (request, reply) => {
      const { workshopId } = request.params;
      const { format, paper } = request.query;
      const { principal, revoked } = principalOf(request);
      service.authorize(workshopId, principal, revoked, 'workshop:manage');
      const view = service.view(workshopId, principal);
      const lang = request.query.lang ?? view.language;
      const exportedAt = new Date();
      const base = fileSlug(view.title, 'workshop');

      // Every group × every canvas, then the workshop-wide board, then the facilitator's board of the
      // canvas when it holds anything (solutions are usually empty until revealed).
      const groupOrder = new Map(view.groups.map((g) => [g.id, g.position]));
      const kindOrder = { group: 0, workshop: 1, facilitator: 2, control: 3 } as const;
      const activityOrder = new Map(view.activities.map((a) => [a.id, a.position]));
      const boards = view.boards
        .filter((b) => b.kind !== 'control')
        .sort(
          (a, b) =>
            (activityOrder.get(a.activityId ?? '') ?? 0) - (activityOrder.get(b.activityId ?? '') ?? 0) ||
            kindOrder[a.kind] - kindOrder[b.kind] ||
            (groupOrder.get(a.groupId ?? '') ?? 0) - (groupOrder.get(b.groupId ?? '') ?? 0),
        );
      const contents: BoardContent[] = [];
      for (const board of boards) {
        const content = readBoard(view, board.id, lang);
        if (board.kind === 'facilitator' && !content.records.some((r) => (r as { typeName?: unknown })?.typeName === 'shape')) continue;
        contents.push(content);
      }
      const exports = contents.map((c) => structured(view, c, lang, exportedAt)).filter((e): e is BoardExport => e !== null);
      const whole = workshopExport({ workshop: { id: workshopId, title: view.title }, boards: exports, exportedAt });
      const inputs = contents.map((c) => renderInput(view, c, lang, exportedAt));

      if (format === 'json') return attachment(reply, `${base}-export.json`, CONTENT_TYPES.json).send(toJson(whole));
      const workshopPdf = await renderWorkshopPdf(inputs, { paper, title: view.title });
      if (format === 'pdf') return attachment(reply, `${base}-boards.pdf`, CONTENT_TYPES.pdf).send(Buffer.from(workshopPdf));

      const encoder = new TextEncoder();
      const files: Zippable = {
        'workshop.json': encoder.encode(toJson(whole)),
        'workshop.md': encoder.encode(toMarkdown(whole)),
        'workshop.csv': encoder.encode(toCsv(whole)),
        'workshop.pdf': [workshopPdf, { level: 0 }],
      };
      const used = new Set<string>();
      for (const [i, content] of contents.entries()) {
        // `<group>/<nn>-<canvas>`: one folder per group, canvases in workshop order, never a clash.
        let path = `${content.ownerSlug}/${String(content.position + 1).padStart(2, '0')}-${content.canvasSlug}`;
        for (let n = 2; used.has(path); n++) path = `${content.ownerSlug}/${String(content.position + 1).padStart(2, '0')}-${content.canvasSlug}-${n}`;
        used.add(path);
        const data = structured(view, content, lang, exportedAt);
        if (data) {
          files[`${path}.json`] = encoder.encode(toJson(data));
          files[`${path}.md`] = encoder.encode(toMarkdown(data));
          files[`${path}.csv`] = encoder.encode(toCsv(data));
        }
        files[`${path}.svg`] = encoder.encode(renderBoardSvg(inputs[i]!));
        files[`${path}.pdf`] = [await renderBoardPdf({ ...inputs[i]!, paper }), { level: 0 }];
        await breathe();
      }
      const zip = zipSync(files, { level: 6, mtime: exportedAt });
      return attachment(reply, `${base}-export.zip`, CONTENT_TYPES.zip).send(Buffer.from(zip));
    },
  );
}
