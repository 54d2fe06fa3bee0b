import { boardAccess } from '@canvas/access';
import { idSchema, languageSchema } from '@canvas/api';
import { readFields, readRecords } from '@canvas/board-model';
import { microCredentialFileName, type ExportPool } from '@canvas/export-jobs';
import {
  canvasContentFromBoards,
  canvasContentFromExampleBoard,
  checkAgainstCouncilRecommendation,
  EXAMPLE_REVIEW_TEMPLATE,
  checkEuropassPublishing,
  draftFromCanvas,
  toDescriptionHtml,
  toElm,
  toOpenBadgesAchievement,
  type MicroCredentialDraft,
  screenLanguageFor,
  uiLanguageFor,
} from '@canvas/microcredential';
import type { BoardDocs } from '../boardDocs.js';
import { WorkshopError, type WorkshopService } from '@canvas/workshops';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { runExport } from '../exportRunner.js';
import { bearerToken } from './workshops.js';

const formatSchema = z.enum(['draft', 'ob3', 'elm', 'checklist', 'html', 'pdf']).default('draft');
const langSchema = languageSchema.optional();

/**
 * A group's micro-credential, drafted from its C3, C4 and awarding canvases: Open Badges 3.0,
 * Europass ELM, the EU (Annex I) checklist with the Europass publishing checks, and a printable
 * description. Mapping: docs/microcredential-mapping.md.
 */
export async function microcredentialsPlugin(fastify: FastifyInstance, opts: { service: WorkshopService; sync: BoardDocs; exportPool: ExportPool }): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service, sync, exportPool } = opts;

  const principalOf = async (request: FastifyRequest) => {
    return await service.principal(bearerToken(request));
  };

  /**
   * The draft of one group, built only from boards the caller may read. With `activityId` it is made
   * from that activity's board alone: for the 6.3 example review, the existing micro-credential the
   * group recorded there (SPEC M18), never mixed with the group's own design.
   */
  async function groupDraft(
    workshopId: string,
    groupId: string,
    principal: Awaited<ReturnType<typeof principalOf>>['principal'],
    activityId?: string,
  ): Promise<{ draft: MicroCredentialDraft; language: 'en' | 'de'; workshopLanguage: string; groupName: string }> {
    const workshop = (await service.workshopRow(workshopId))!;
    const view = await service.view(workshopId, principal);
    const group = view.groups.find((g) => g.id === groupId);
    if (!group) throw new WorkshopError(404, 'group_not_found', 'This group does not exist (any more).', 'groupId');
    const access = service.accessState(workshop);
    const only = activityId === undefined ? undefined : view.activities.find((activity) => activity.id === activityId);
    if (activityId !== undefined && !only) throw new WorkshopError(404, 'activity_not_found', 'This workshop has no such activity.', 'activityId');
    const activities = only ? [only] : view.activities;
    const workshopBoards = await service.boardsOf(workshopId);
    const boards = [];
    for (const activity of activities) {
      const board = workshopBoards.find((b) => b.kind === 'group' && b.groupId === groupId && b.activityId === activity.id);
      if (!board) continue;
      if (boardAccess(principal, service.boardRef(board), access) === 'none') {
        throw new WorkshopError(403, 'forbidden', "You may not read this group's boards.");
      }
      const { records, fields } = await sync.withDoc(board.id, (doc) => ({ records: readRecords(doc), fields: readFields(doc) }));
      boards.push({ templateId: activity.templateId, records, fields });
    }
    // The micro-credential documents exist in English and German (@canvas/microcredential); its on-screen checks in all four languages.
    const language = uiLanguageFor(view.language);
    const content =
      only?.templateId === EXAMPLE_REVIEW_TEMPLATE && boards[0] ? canvasContentFromExampleBoard(boards[0]) : canvasContentFromBoards(boards);
    const id = only ? `${workshopId}/${groupId}/${only.id}` : `${workshopId}/${groupId}`;
    const draft = draftFromCanvas(content, { id, language });
    return { draft, language, workshopLanguage: view.language, groupName: group.name };
  }

  app.get(
    '/api/workshops/:workshopId/groups/:groupId/micro-credential',
    {
      schema: {
        params: z.object({ workshopId: idSchema, groupId: idSchema }),
        querystring: z.object({ format: formatSchema, lang: langSchema, activityId: idSchema.optional() }),
      },
    },
    async (request, reply) => {
      const { workshopId, groupId } = request.params;
      const { principal, revoked } = await principalOf(request);
      await service.authorize(workshopId, principal, revoked, 'workshop:read');
      const { draft, language, workshopLanguage, groupName } = await groupDraft(workshopId, groupId, principal, request.query.activityId);
      const lang = uiLanguageFor(request.query.lang ?? language);
      // The on-screen checks speak every product language; documents English or German.
      const screen = screenLanguageFor(request.query.lang ?? workshopLanguage);
      // The title's slug is cut at a word; "-micro-credential" and the extension are always whole.
      const title = draft.title || groupName;
      switch (request.query.format) {
        case 'draft':
          return { draft, checklist: checkAgainstCouncilRecommendation(draft, screen), europass: checkEuropassPublishing(draft, screen) };
        case 'checklist':
          return { checklist: checkAgainstCouncilRecommendation(draft, screen), europass: checkEuropassPublishing(draft, screen) };
        case 'ob3':
          return reply
            .type('application/ld+json')
            .header('content-disposition', `attachment; filename="${microCredentialFileName(title, 'ob3.jsonld')}"`)
            .send(JSON.stringify(toOpenBadgesAchievement(draft), null, 2));
        case 'elm':
          return reply
            .type('application/ld+json')
            .header('content-disposition', `attachment; filename="${microCredentialFileName(title, 'elm.jsonld')}"`)
            .send(JSON.stringify(toElm(draft), null, 2));
        case 'html':
          return reply.type('text/html; charset=utf-8').send(toDescriptionHtml(draft, lang));
        case 'pdf': {
          // Made on the export pool's threads, like the board PDFs (docs/exports.md).
          const pdf = await runExport(exportPool, { kind: 'description-pdf', draft, lang }, reply);
          return reply
            .type('application/pdf')
            .header('content-disposition', `attachment; filename="${microCredentialFileName(title, 'pdf')}"`)
            .send(Buffer.from(pdf));
        }
      }
    },
  );

  app.get(
    '/api/workshops/:workshopId/micro-credentials',
    { schema: { params: z.object({ workshopId: idSchema }), querystring: z.object({ lang: langSchema }) } },
    async (request) => {
      const { workshopId } = request.params;
      const { principal, revoked } = await principalOf(request);
      await service.authorize(workshopId, principal, revoked, 'workshop:manage');
      const view = await service.view(workshopId, principal);
      return {
        groups: await Promise.all(view.groups.map(async (group) => {
          const { draft, language, workshopLanguage } = await groupDraft(workshopId, group.id, principal);
          const lang = uiLanguageFor(request.query.lang ?? language);
          const screen = screenLanguageFor(request.query.lang ?? workshopLanguage);
          return {
            groupId: group.id,
            groupName: group.name,
            draft,
            checklist: checkAgainstCouncilRecommendation(draft, screen),
            europass: checkEuropassPublishing(draft, screen),
            openBadges: toOpenBadgesAchievement(draft),
            elm: toElm(draft),
          };
        })),
      };
    },
  );
}
