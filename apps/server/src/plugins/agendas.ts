import { idSchema, saveAgendaRequestSchema, type PresetAgenda } from '@canvas/api';
import { AgendaRepository, type SqlClient } from '@canvas/storage';
import { agendaMinutes, getTemplate, listAgendas } from '@canvas/templates';
import { SavedAgendas } from '@canvas/workshops';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { builtInCatalog } from '../templateCatalog.js';
import { bearerToken } from './workshops.js';

/**
 * Agendas: the built-in ones (the MicroQuest workshop, each of its units, the HE course) and the ones
 * facilitators save for reuse. Creating a workshop from an agenda is an ordinary POST /api/workshops
 * with the agenda's activities and minutes.
 */
export async function agendasPlugin(fastify: FastifyInstance, opts: { sql: SqlClient; saveRateLimit?: number }): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const saved = new SavedAgendas(new AgendaRepository(opts.sql), builtInCatalog);
  await app.register(rateLimit, { global: false });

  const presets: PresetAgenda[] = listAgendas().map((agenda) => ({
    id: agenda.id,
    title: agenda.title,
    description: agenda.description,
    items: agenda.items.map((item) => {
      const template = getTemplate(item.templateId)!;
      return { ...item, unit: template.unit, title: template.title };
    }),
    totalMinutes: agendaMinutes(agenda),
  }));
  app.get('/api/agendas', async () => ({ presets }));

  app.post(
    '/api/agendas',
    { schema: { body: saveAgendaRequestSchema }, config: { rateLimit: { max: opts.saveRateLimit ?? 30, timeWindow: '1 minute' } } },
    async (request, reply) => reply.code(201).send(await saved.save(request.body)),
  );

  const params = z.object({ agendaId: idSchema });
  app.get('/api/agendas/:agendaId', { schema: { params } }, async (request) => ({ agenda: await saved.get(request.params.agendaId) }));
  app.delete('/api/agendas/:agendaId', { schema: { params } }, async (request, reply) => {
    await saved.delete(request.params.agendaId, bearerToken(request));
    return reply.code(204).send();
  });
}
