import { contributionsReportSchema, workshopParamsSchema } from '@canvas/api';
import { fileSlug } from '@canvas/export-jobs';
import { contributionsToCsv } from '@canvas/templates';
import type { Contributions, WorkshopService } from '@canvas/workshops';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from './workshops.js';

export interface ContributionsPluginOptions {
  service: WorkshopService;
  contributions: Contributions;
}

/** Who contributed what, for the facilitator (workshops › contributions/SPEC.md C4): JSON or CSV. */
export async function contributionsPlugin(fastify: FastifyInstance, opts: ContributionsPluginOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service, contributions } = opts;

  app.get(
    '/api/workshops/:workshopId/contributions',
    {
      schema: {
        params: workshopParamsSchema,
        querystring: z.object({ format: z.enum(['json', 'csv']).default('json') }),
        response: { 200: z.union([contributionsReportSchema, z.string()]) },
      },
    },
    async (request, reply) => {
      const { workshopId } = request.params;
      const { principal, revoked } = await service.principal(bearerToken(request));
      const workshop = await service.authorize(workshopId, principal, revoked, 'workshop:manage');
      const rows = await contributions.report(workshopId);
      if (request.query.format === 'json') return { workshopId, rows };
      const name = `${fileSlug(workshop.title, 'workshop')}-contributions.csv`;
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(contributionsToCsv(rows));
    },
  );
}
