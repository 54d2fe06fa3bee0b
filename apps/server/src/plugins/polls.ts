import { createPollRequestSchema, pollAnswerRequestSchema, pollParamsSchema, pollResultsRequestSchema, workshopParamsSchema } from '@canvas/api';
import type { Polls, WorkshopService } from '@canvas/workshops';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { bearerToken } from './workshops.js';

export interface PollsPluginOptions {
  service: WorkshopService;
  polls: Polls;
}

/** Routes of quick polls (issue 18; rules P1–P6 in @canvas/workshops › polls/SPEC.md). */
export async function pollsPlugin(fastify: FastifyInstance, opts: PollsPluginOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service, polls } = opts;
  const caller = async (request: FastifyRequest, workshopId: string, action: 'workshop:read' | 'workshop:manage') => {
    const { principal, revoked } = await service.principal(bearerToken(request));
    await service.authorize(workshopId, principal, revoked, action);
    return principal;
  };

  app.post('/api/workshops/:workshopId/polls', { schema: { params: workshopParamsSchema, body: createPollRequestSchema } }, async (request, reply) => {
    await caller(request, request.params.workshopId, 'workshop:manage');
    reply.code(201);
    return await polls.ask(request.params.workshopId, request.body);
  });
  app.get('/api/workshops/:workshopId/polls/current', { schema: { params: workshopParamsSchema } }, async (request) => {
    const principal = await caller(request, request.params.workshopId, 'workshop:read');
    return await polls.status(request.params.workshopId, principal);
  });
  app.put('/api/workshops/:workshopId/polls/:pollId/answer', { schema: { params: pollParamsSchema, body: pollAnswerRequestSchema } }, async (request) => {
    const principal = await caller(request, request.params.workshopId, 'workshop:read');
    return await polls.answer(request.params.workshopId, principal, request.params.pollId, request.body.answer);
  });
  app.post('/api/workshops/:workshopId/polls/:pollId/close', { schema: { params: pollParamsSchema } }, async (request) => {
    const principal = await caller(request, request.params.workshopId, 'workshop:manage');
    await polls.close(request.params.workshopId, request.params.pollId);
    return await polls.status(request.params.workshopId, principal);
  });
  app.post('/api/workshops/:workshopId/polls/:pollId/results', { schema: { params: pollParamsSchema, body: pollResultsRequestSchema } }, async (request) => {
    const principal = await caller(request, request.params.workshopId, 'workshop:manage');
    await polls.showResults(request.params.workshopId, request.params.pollId, request.body.shown);
    return await polls.status(request.params.workshopId, principal);
  });
}
