import { getTemplate, listTemplates } from '@canvas/templates';
import { withoutSolution } from '@canvas/templates/solutions';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * The canvas templates, public: they hold no workshop data and no mentor's solution (the catalog
 * carries none; `withoutSolution` keeps it that way should one be added there).
 */
export async function templatesPlugin(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  app.get('/api/templates', async () => ({ templates: listTemplates().map(withoutSolution) }));
  app.get('/api/templates/:templateId', { schema: { params: z.object({ templateId: z.string().max(64) }) } }, async (request, reply) => {
    const template = getTemplate(request.params.templateId);
    if (!template) return reply.code(404).send({ error: 'template_not_found', message: `No template "${request.params.templateId}".`, field: 'templateId' });
    return withoutSolution(template);
  });
}
