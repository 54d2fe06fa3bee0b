import {
  activityParamsSchema,
  dotRequestSchema,
  startVoteRequestSchema,
  voteParamsSchema,
  workshopParamsSchema,
} from '@canvas/api';
import type { PrivateWriting, Voting, WorkshopService } from '@canvas/workshops';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bearerToken } from './workshops.js';

export interface RoomPluginOptions {
  service: WorkshopService;
  writing: PrivateWriting;
  voting: Voting;
  /** Told of every dot placed (learning statements); must not throw. */
  onDot?: (participantId: string, boardId: string, shapeId: string) => void;
}

/**
 * Routes of the room's method (issue 11): individual writing and reveal (writing/SPEC.md W1–W6),
 * dot-voting (voting/SPEC.md V1–V7) and "bring everyone here". Rules live in @canvas/workshops.
 */
export async function roomPlugin(fastify: FastifyInstance, opts: RoomPluginOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service, writing, voting } = opts;
  const caller = async (request: FastifyRequest, workshopId: string, action: 'workshop:read' | 'workshop:manage') => {
    const { principal, revoked } = await service.principal(bearerToken(request));
    await service.authorize(workshopId, principal, revoked, action);
    return principal;
  };

  // ── keeping everyone together ──
  app.post('/api/workshops/:workshopId/gather', { schema: { params: workshopParamsSchema } }, async (request, reply) => {
    await caller(request, request.params.workshopId, 'workshop:manage');
    await service.changeState(request.params.workshopId, (state) => {
      state.gather += 1;
    });
    return reply.code(204).send();
  });

  // ── individual writing ──
  app.post('/api/workshops/:workshopId/writing/:activityId/start', { schema: { params: activityParamsSchema } }, async (request, reply) => {
    await caller(request, request.params.workshopId, 'workshop:manage');
    await writing.start(request.params.workshopId, request.params.activityId);
    return reply.code(204).send();
  });
  app.post('/api/workshops/:workshopId/writing/:activityId/mine', { schema: { params: activityParamsSchema } }, async (request) => {
    const principal = await caller(request, request.params.workshopId, 'workshop:read');
    return await writing.myBoard(request.params.workshopId, principal, request.params.activityId);
  });
  app.post('/api/workshops/:workshopId/writing/:activityId/reveal', { schema: { params: activityParamsSchema } }, async (request) => {
    await caller(request, request.params.workshopId, 'workshop:manage');
    return await writing.reveal(request.params.workshopId, request.params.activityId);
  });

  // ── dot-voting ──
  app.post('/api/workshops/:workshopId/votes', { schema: { params: workshopParamsSchema, body: startVoteRequestSchema } }, async (request, reply) => {
    await caller(request, request.params.workshopId, 'workshop:manage');
    reply.code(201);
    return await voting.start(request.params.workshopId, request.body);
  });
  app.get('/api/workshops/:workshopId/votes/current', { schema: { params: workshopParamsSchema } }, async (request) => {
    const principal = await caller(request, request.params.workshopId, 'workshop:read');
    return await voting.status(request.params.workshopId, principal);
  });
  app.post('/api/workshops/:workshopId/votes/:voteId/close', { schema: { params: voteParamsSchema } }, async (request) => {
    const principal = await caller(request, request.params.workshopId, 'workshop:manage');
    await voting.close(request.params.workshopId, request.params.voteId);
    return await voting.status(request.params.workshopId, principal);
  });
  app.post('/api/workshops/:workshopId/votes/:voteId/dots', { schema: { params: voteParamsSchema, body: dotRequestSchema } }, async (request, reply) => {
    const principal = await caller(request, request.params.workshopId, 'workshop:read');
    const placed = await voting.place(request.params.workshopId, principal, request.params.voteId, request.body.boardId, request.body.shapeId);
    if (principal.kind === 'participant') opts.onDot?.(principal.participantId, request.body.boardId, request.body.shapeId);
    reply.code(201);
    return placed;
  });
  app.delete('/api/workshops/:workshopId/votes/:voteId/dots', { schema: { params: voteParamsSchema, querystring: dotRequestSchema } }, async (request) => {
    const principal = await caller(request, request.params.workshopId, 'workshop:read');
    return await voting.takeBack(request.params.workshopId, principal, request.params.voteId, request.query.boardId, request.query.shapeId);
  });
}
