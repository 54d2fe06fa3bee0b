import { catalogue } from '@canvas/i18n';
import { idSchema, languageSchema, type WorkshopView } from '@canvas/api';
import { readFields, readRecords, withServerAuthors } from '@canvas/board-model';
import type { AuthorshipRepository } from '@canvas/storage';
import {
  BOARD_FORMATS,
  PAPERS,
  WORKSHOP_FORMATS,
  boardFileName,
  fileSlug,
  workshopFileName,
  type BoardFormat,
  type ExportBoard,
  type ExportContext,
  type ExportPool,
} from '@canvas/export-jobs';
import type { BoardDocs } from '../boardDocs.js';
import type { Lang, PollResult } from '@canvas/templates';
import { WorkshopError, type BoardFiles, type WorkshopService } from '@canvas/workshops';
import { imageSources } from '../boardFiles.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { readInTurn, runExport } from '../exportRunner.js';
import { resolveTemplate } from '../templateCatalog.js';
import { bearerToken } from './workshops.js';

export interface ExportsPluginOptions {
  service: WorkshopService;
  sync: BoardDocs;
  exportPool: ExportPool;
  authorship: AuthorshipRepository;
  /** Closed votes' dots per note, for the votes column (V7). */
  voting?: { closedCounts(boardId: string): Promise<Record<string, number>> };
  /** The workshop's quick polls with their counts (polls/SPEC.md P6). */
  polls?: { results(workshopId: string): Promise<PollResult[]> };
  /** Pictures on boards (files F6): drawn into SVG, PDF and PNG exports. */
  files?: Pick<BoardFiles, 'forExport'>;
}

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
  lang: languageSchema.optional(),
  /** For plain download links (`<a href download>`), which cannot send an Authorization header. */
};
const boardQuerySchema = z.object({ format: z.enum(BOARD_FORMATS).default('json'), ...commonQuery });
const workshopQuerySchema = z.object({ format: z.enum(WORKSHOP_FORMATS).default('zip'), ...commonQuery });

/** Words for boards that belong to no group. */
const ownerless = (lang: string) => ({ workshopBoard: catalogue(lang).exports.wholeWorkshop, facilitatorBoard: catalogue(lang).names.facilitator });

const attachment = (reply: FastifyReply, filename: string, type: string) =>
  reply.type(type).header('content-disposition', `attachment; filename="${filename}"`).header('cache-control', 'no-store');

/**
 * Downloads of boards: one board as JSON, Markdown, CSV, SVG or PDF (anyone who may read it), or
 * the whole workshop as a zip, JSON or PDF (the facilitator). Access is decided by the workshop
 * rules only: a board is exported only if it is in the caller's workshop view. The files are made
 * on the export pool's worker threads (`@canvas/export-jobs`), within its time budget, so no export
 * delays the sync traffic. Formats and limits: docs/exports.md.
 */
export async function exportsPlugin(fastify: FastifyInstance, opts: ExportsPluginOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service, sync, exportPool } = opts;

  const principalOf = async (request: FastifyRequest) => {
    return await service.principal(bearerToken(request));
  };

  /**
   * Reads a board the view lists (the view decides access) together with its template and names.
   * Only this copy happens on the event loop; making the file is the export pool's work.
   */
  async function readBoard(view: WorkshopView, boardId: string, lang: Lang): Promise<ExportBoard> {
    const board = view.boards.find((b) => b.id === boardId)!;
    const activity = view.activities.find((a) => a.id === board.activityId);
    const group = view.groups.find((g) => g.id === board.groupId);
    const owner = group?.name ?? (board.kind === 'workshop' ? ownerless(lang).workshopBoard : ownerless(lang).facilitatorBoard);
    const { records: stored, fields } = await sync.withDoc(board.id, (doc) => ({ records: readRecords(doc), fields: readFields(doc) }));
    // Authors as the server recorded them, never the name a client wrote into a note (issue 10, item 8).
    const authors = await opts.authorship.authors(board.id);
    const names = new Map<string, string | null>();
    for (const authorId of new Set(authors.values())) names.set(authorId, await authorName(view, authorId));
    const records: unknown[] = withServerAuthors(stored, (recordId) => {
      const authorId = authors.get(recordId);
      return authorId === undefined ? null : { id: authorId, name: names.get(authorId) ?? null };
    });
    const canvasTitle = activity?.title ?? board.id;
    const votes = await opts.voting?.closedCounts(board.id);
    const sources = imageSources(stored);
    const images = sources.size > 0 ? await opts.files?.forExport(view.id, sources) : undefined;
    return {
      ...(images && Object.keys(images).length > 0 ? { images } : {}),
      ...(votes && Object.keys(votes).length > 0 ? { votes } : {}),
      id: board.id,
      kind: board.kind === 'group' || board.kind === 'workshop' ? board.kind : 'facilitator',
      template: (activity && await resolveTemplate(service, view.id, activity.templateId)) ?? null,
      canvasTitle,
      owner,
      ownerSlug: fileSlug(owner, board.kind),
      canvasSlug: fileSlug(canvasTitle, 'canvas'),
      position: activity?.position ?? 0,
      records,
      fields,
    };
  }

  /** A participant's current name (none once removed), or the facilitator's. */
  const authorName = async (view: WorkshopView, authorId: string): Promise<string | null> => {
    if (authorId.startsWith('facilitator:')) return (await service.identity({ kind: 'facilitator', workshopId: view.id }))?.name ?? null;
    return (await service.identity({ kind: 'participant', workshopId: view.id, participantId: authorId, groupId: null }))?.name ?? null;
  };

  const contextOf = (view: WorkshopView, lang: Lang, paper: ExportContext['paper']): ExportContext => ({
    workshop: { id: view.id, title: view.title },
    lang,
    paper,
    exportedAt: new Date(),
  });

  app.get(
    '/api/workshops/:workshopId/boards/:boardId/export',
    { schema: { params: z.object({ workshopId: idSchema, boardId: idSchema }), querystring: boardQuerySchema } },
    async (request, reply) => {
      const { workshopId, boardId } = request.params;
      const { format, paper } = request.query;
      const { principal, revoked } = await principalOf(request);
      await service.authorize(workshopId, principal, revoked, 'workshop:read');
      const row = await service.boardRow(boardId);
      if (!row || row.workshopId !== workshopId || row.kind === 'control') {
        throw new WorkshopError(404, 'board_not_found', 'This workshop has no such board (it may have been deleted).', 'boardId');
      }
      const view = await service.view(workshopId, principal);
      if (!view.boards.some((b) => b.id === boardId)) throw new WorkshopError(403, 'forbidden', 'You may not read this board.');
      const lang = request.query.lang ?? view.language;
      const board = await readInTurn(async () => await readBoard(view, boardId, lang));
      const body = await runExport(exportPool, { kind: 'board', format, context: contextOf(view, lang, paper), board }, reply);
      const name = boardFileName({ workshopSlug: fileSlug(view.title, 'workshop'), ownerSlug: board.ownerSlug, canvasSlug: board.canvasSlug }, format, paper);
      return attachment(reply, name, CONTENT_TYPES[format]).send(typeof body === 'string' ? body : Buffer.from(body));
    },
  );

  app.get(
    '/api/workshops/:workshopId/export',
    { schema: { params: z.object({ workshopId: idSchema }), querystring: workshopQuerySchema } },
    async (request, reply) => {
      const { workshopId } = request.params;
      const { format, paper } = request.query;
      const { principal, revoked } = await principalOf(request);
      await service.authorize(workshopId, principal, revoked, 'workshop:manage');
      const view = await service.view(workshopId, principal);
      const lang = request.query.lang ?? view.language;

      // Every group × every canvas, then the workshop-wide board, then the facilitator's board of the
      // canvas (the job leaves it out when it holds nothing: solutions are usually empty until revealed).
      const groupOrder = new Map(view.groups.map((g) => [g.id, g.position]));
      const kindOrder = { group: 0, workshop: 1, facilitator: 2, control: 3 } as const;
      const activityOrder = new Map(view.activities.map((a) => [a.id, a.position]));
      const order = view.boards
        // Private boards (individual writing) are drafts; revealed notes are on the groups' boards.
        .filter((b) => b.kind !== 'control' && b.kind !== 'private')
        .sort(
          (a, b) =>
            (activityOrder.get(a.activityId ?? '') ?? 0) - (activityOrder.get(b.activityId ?? '') ?? 0) ||
            kindOrder[a.kind as keyof typeof kindOrder] - kindOrder[b.kind as keyof typeof kindOrder] ||
            (groupOrder.get(a.groupId ?? '') ?? 0) - (groupOrder.get(b.groupId ?? '') ?? 0),
        );
      const boards: ExportBoard[] = [];
      for (const board of order) boards.push(await readInTurn(async () => await readBoard(view, board.id, lang)));
      const polls = (await opts.polls?.results(workshopId))?.map(({ kind, question, options, counts, answered }) => ({ kind, question, options, counts, answered })) ?? [];
      const body = await runExport(exportPool, { kind: 'workshop', format, context: contextOf(view, lang, paper), boards, polls }, reply);
      const name = workshopFileName(fileSlug(view.title, 'workshop'), format, paper);
      const type = format === 'json' ? CONTENT_TYPES.json : format === 'pdf' ? CONTENT_TYPES.pdf : CONTENT_TYPES.zip;
      return attachment(reply, name, type).send(typeof body === 'string' ? body : Buffer.from(body));
    },
  );
}
