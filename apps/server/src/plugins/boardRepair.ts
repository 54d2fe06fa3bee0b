import { idSchema } from '@canvas/api';
import { removeInvalidRecords } from '@canvas/board-validation';
import type { BoardDocs } from '../boardDocs.js';
import { WorkshopError, type WorkshopService } from '@canvas/workshops';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from './workshops.js';

/**
 * `POST /api/workshops/:workshopId/boards/:boardId/repair` (facilitator): removes the records of a
 * board that tldraw's validators refuse (@canvas/board-validation SPEC V4), e.g. a note stored
 * before the server checked updates that now breaks the editor for everyone. The removal is an
 * ordinary edit: stored and relayed to everyone on the board.
 */
export async function boardRepairPlugin(fastify: FastifyInstance, opts: { service: WorkshopService; sync: BoardDocs }): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service, sync } = opts;
  app.post(
    '/api/workshops/:workshopId/boards/:boardId/repair',
    { schema: { params: z.object({ workshopId: idSchema, boardId: idSchema }) } },
    async (request) => {
      const { workshopId, boardId } = request.params;
      const { principal, revoked } = await service.principal(bearerToken(request));
      await service.authorize(workshopId, principal, revoked, 'workshop:manage');
      const row = await service.boardRow(boardId);
      if (!row || row.workshopId !== workshopId || row.kind === 'control') {
        throw new WorkshopError(404, 'board_not_found', 'This workshop has no such board (it may have been deleted).', 'boardId');
      }
      const removed = await sync.withDoc(boardId, (doc) => removeInvalidRecords(doc));
      if (removed.length > 0) request.log.warn({ boardId, removed }, 'board repaired: invalid records removed');
      return { removed };
    },
  );
}
