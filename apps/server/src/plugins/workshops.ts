import { boardAccess } from '@canvas/access';
import {
  createGroupRequestSchema,
  createWorkshopRequestSchema,
  joinCodeParamsSchema,
  joinRequestSchema,
  idSchema,
  moveParticipantRequestSchema,
  participantParamsSchema,
  groupParamsSchema,
  timerCommandSchema,
  updateGroupRequestSchema,
  updateWorkshopRequestSchema,
  workshopParamsSchema,
  stripBidiControls,
  type CreateWorkshopResponse,
} from '@canvas/api';
import rateLimit from '@fastify/rate-limit';
import type { DailyQuota, FailureCeiling } from '@canvas/limits';
import { readRecords } from '@canvas/board-model';
import { CloseCode } from '@canvas/sync-server';
import type { BoardDocs } from '../boardDocs.js';
import { fieldPatternProblem, parseTemplateJson } from '@canvas/templates';
import { WorkshopError, type WorkshopService } from '@canvas/workshops';
import { withoutSolution } from '@canvas/templates/solutions';
import { resolveTemplate, templateInfo } from '../templateCatalog.js';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { SocketDecision } from './sync.js';

export interface WorkshopsPluginOptions {
  service: WorkshopService;
  sync: BoardDocs;
  publicUrl?: string;
  joinRateLimit: number;
  createRateLimit: number;
  /** Workshops per address per day (@canvas/limits L2). */
  dailyWorkshops: DailyQuota;
  /** Server-wide ceiling on failed join-code look-ups (L3). */
  failedLookups: FailureCeiling;
  /** Told when the facilitator ends a workshop (learning statements); must not throw. */
  onEnded?: (workshopId: string) => void;
}

/** `Authorization: Bearer <credential>`; the websocket uses `?token=` instead (browsers cannot set headers). */
export function bearerToken(request: FastifyRequest): string | undefined {
  const header = request.headers.authorization;
  if (!header?.startsWith('Bearer ')) return undefined;
  return header.slice(7).trim() || undefined;
}

function baseUrl(request: FastifyRequest, publicUrl?: string): string {
  if (publicUrl) return publicUrl.replace(/\/$/, '');
  return `${request.protocol}://${request.host}`;
}

/** The REST API of workshops, groups and participants. Every rule is in WorkshopService. */
export async function workshopsPlugin(fastify: FastifyInstance, opts: WorkshopsPluginOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service } = opts;
  await app.register(rateLimit, { global: false });
  const joinLimit = { rateLimit: { max: opts.joinRateLimit, timeWindow: '1 minute' } };
  const createLimit = { rateLimit: { max: opts.createRateLimit, timeWindow: '1 minute' } };

  const who = async (request: FastifyRequest) => await service.principal(bearerToken(request));

  app.post(
    '/api/workshops',
    {
      config: createLimit,
      schema: {
        body: createWorkshopRequestSchema.extend({
          facilitatorName: z.string().transform(stripBidiControls).pipe(z.string().trim().max(40)).optional(),
          /** Canvases the facilitator imported (template JSON objects); activities may use their ids. */
          customTemplates: z.array(z.unknown()).max(10).optional(),
        }),
      },
    },
    async (request, reply): Promise<CreateWorkshopResponse> => {
      const custom = (request.body.customTemplates ?? []).map((raw, index) => {
        const result = parseTemplateJson(JSON.stringify(raw), { checkPattern: fieldPatternProblem });
        if (!result.ok) {
          const first = result.errors[0];
          throw new WorkshopError(
            400,
            'invalid_template',
            `Imported canvas ${index + 1}: ${first?.path ? first.path + ': ' : ''}${first?.message ?? 'invalid'}`,
            `customTemplates.${index}${first?.path ? '.' + first.path : ''}`,
            { errors: result.errors },
          );
        }
        return { info: templateInfo(result.template), json: JSON.stringify(result.template) };
      });
      const { customTemplates: _custom, ...body } = request.body;
      opts.dailyWorkshops.takeWorkshop(request.ip);
      const created = await service.create(body, custom);
      const base = baseUrl(request, opts.publicUrl);
      reply.code(201);
      return {
        workshop: await service.view(created.workshopId, { kind: 'facilitator', workshopId: created.workshopId }),
        facilitatorToken: created.facilitatorToken,
        joinCode: created.joinCode,
        links: {
          // The secret travels in the fragment: never sent to a server, never in a log or Referer.
          facilitator: `${base}/f/${created.workshopId}#key=${created.facilitatorToken}`,
          participant: `${base}/join/${created.joinCode}`,
        },
      };
    },
  );

  app.get('/api/join/:code', { config: joinLimit, schema: { params: joinCodeParamsSchema } }, async (request) => {
    opts.failedLookups.check();
    try {
      return await service.lookupByCode(request.params.code);
    } catch (error) {
      if (error instanceof WorkshopError && error.code === 'join_code_not_found') {
        opts.failedLookups.recordFailure();
        request.log.info({ peer: request.socket.remoteAddress, clientAddress: request.ip }, 'failed join-code look-up');
      }
      throw error;
    }
  });

  app.post(
    '/api/workshops/:workshopId/join',
    { config: joinLimit, schema: { params: workshopParamsSchema, body: joinRequestSchema } },
    async (request, reply) => {
      const joined = await service.join(request.params.workshopId, request.body);
      reply.code(joined.rejoined ? 200 : 201);
      return joined;
    },
  );

  app.get(
    '/api/workshops/:workshopId/templates/:templateId',
    { schema: { params: workshopParamsSchema.extend({ templateId: z.string().max(64) }) } },
    async (request, reply) => {
      const { principal, revoked } = await who(request);
      await service.authorize(request.params.workshopId, principal, revoked, 'workshop:read');
      const template = await resolveTemplate(service, request.params.workshopId, request.params.templateId);
      if (!template) return reply.code(404).send({ error: 'template_not_found', message: `No canvas "${request.params.templateId}" in this workshop.`, field: 'templateId' });
      // The mentor's solution reaches a participant only while an activity on this canvas shows it (rule A6).
      if (principal.kind === 'facilitator') return template;
      const view = await service.view(request.params.workshopId, principal);
      const shown = view.activities.some((a) => a.templateId === template.id && view.state.shownSolutionActivityIds.includes(a.id));
      return shown ? template : withoutSolution(template);
    },
  );

  app.get('/api/workshops/:workshopId', { schema: { params: workshopParamsSchema } }, async (request) => {
    const { principal, revoked } = await who(request);
    await service.authorize(request.params.workshopId, principal, revoked, 'workshop:read');
    return await service.view(request.params.workshopId, principal);
  });

  const manage = async (request: FastifyRequest, workshopId: string) => {
    const { principal, revoked } = await who(request);
    await service.authorize(workshopId, principal, revoked, 'workshop:manage');
  };

  app.patch(
    '/api/workshops/:workshopId',
    { schema: { params: workshopParamsSchema, body: updateWorkshopRequestSchema } },
    async (request) => {
      await manage(request, request.params.workshopId);
      await service.update(request.params.workshopId, request.body);
      return await service.view(request.params.workshopId, { kind: 'facilitator', workshopId: request.params.workshopId });
    },
  );

  app.post('/api/workshops/:workshopId/timer', { schema: { params: workshopParamsSchema, body: timerCommandSchema } }, async (request) => {
    await manage(request, request.params.workshopId);
    await service.timer(request.params.workshopId, request.body);
    return (await service.view(request.params.workshopId, { kind: 'facilitator', workshopId: request.params.workshopId })).state;
  });

  app.post(
    '/api/workshops/:workshopId/groups',
    { schema: { params: workshopParamsSchema, body: createGroupRequestSchema } },
    async (request, reply) => {
      await manage(request, request.params.workshopId);
      const group = await service.createGroup(request.params.workshopId, request.body);
      reply.code(201);
      return { id: group.id, name: group.name, color: group.color, position: group.position };
    },
  );

  app.patch(
    '/api/workshops/:workshopId/groups/:groupId',
    { schema: { params: groupParamsSchema, body: updateGroupRequestSchema } },
    async (request, reply) => {
      await manage(request, request.params.workshopId);
      await service.updateGroup(request.params.workshopId, request.params.groupId, request.body);
      return reply.code(204).send();
    },
  );

  app.delete('/api/workshops/:workshopId/groups/:groupId', { schema: { params: groupParamsSchema } }, async (request, reply) => {
    await manage(request, request.params.workshopId);
    await service.deleteGroup(request.params.workshopId, request.params.groupId);
    return reply.code(204).send();
  });

  app.patch(
    '/api/workshops/:workshopId/participants/:participantId',
    { schema: { params: participantParamsSchema, body: moveParticipantRequestSchema } },
    async (request, reply) => {
      await manage(request, request.params.workshopId);
      await service.moveParticipant(request.params.workshopId, request.params.participantId, request.body.groupId);
      return reply.code(204).send();
    },
  );

  app.delete(
    '/api/workshops/:workshopId/participants/:participantId',
    { schema: { params: participantParamsSchema } },
    async (request, reply) => {
      await manage(request, request.params.workshopId);
      await service.removeParticipant(request.params.workshopId, request.params.participantId);
      return reply.code(204).send();
    },
  );

  /**
   * Every board of an activity in one answer, for the console's first paint: the grid is complete
   * before its thirty sockets have connected (browsers throttle many pending handshakes).
   */
  app.get(
    '/api/workshops/:workshopId/activities/:activityId/boards',
    { schema: { params: workshopParamsSchema.extend({ activityId: idSchema }) } },
    async (request) => {
      const { workshopId, activityId } = request.params;
      await manage(request, workshopId);
      const boards = (await service.boardsOf(workshopId)).filter((b) => b.activityId === activityId && (b.kind === 'group' || b.kind === 'workshop'));
      return {
        boards: await Promise.all(
          boards.map(async (board) => ({
            boardId: board.id,
            groupId: board.groupId,
            records: await opts.sync.withDoc(board.id, (doc) => readRecords(doc).filter((r) => r.typeName === 'shape')),
          })),
        ),
      };
    },
  );

  /** The facilitator's "new code": the old code stops working at once; people already in stay in. */
  app.post('/api/workshops/:workshopId/join-code', { schema: { params: workshopParamsSchema } }, async (request) => {
    await manage(request, request.params.workshopId);
    const joinCode = await service.rotateJoinCode(request.params.workshopId);
    const base = baseUrl(request, opts.publicUrl);
    return { joinCode, participantLink: `${base}/join/${joinCode}` };
  });

  app.post('/api/workshops/:workshopId/end', { schema: { params: workshopParamsSchema } }, async (request) => {
    await manage(request, request.params.workshopId);
    await service.end(request.params.workshopId);
    opts.onEnded?.(request.params.workshopId);
    return await service.view(request.params.workshopId, { kind: 'facilitator', workshopId: request.params.workshopId });
  });

  app.delete('/api/workshops/:workshopId', { schema: { params: workshopParamsSchema } }, async (request, reply) => {
    await manage(request, request.params.workshopId);
    await service.delete(request.params.workshopId);
    return reply.code(204).send();
  });
}

/**
 * Decides a websocket: the credential in `?token=`, the board's workshop, and the one access
 * rule (`boardAccess`). Refusals carry a close code the client can explain.
 */
export function workshopSocketAuthorizer(service: WorkshopService) {
  return async (request: FastifyRequest, boardId: string): Promise<SocketDecision> => {
    const token = (request.query as Record<string, unknown>).token;
    const { principal, revoked } = await service.principal(typeof token === 'string' ? token : undefined);
    if (principal.kind === 'anonymous') {
      return revoked
        ? { refuse: { code: CloseCode.Forbidden, reason: 'forbidden: you were removed from this workshop' } }
        : { refuse: { code: CloseCode.Unauthorized, reason: 'unauthorized: a valid credential is required' } };
    }
    const board = await service.boardRow(boardId);
    if (!board) return { refuse: { code: CloseCode.NotFound, reason: 'not found: no such board' } };
    const workshop = await service.workshopRow(board.workshopId);
    if (!workshop) return { refuse: { code: CloseCode.Gone, reason: 'gone: the workshop was deleted' } };
    const access = boardAccess(principal, service.boardRef(board), service.accessState(workshop));
    if (access === 'none') return { refuse: { code: CloseCode.Forbidden, reason: 'forbidden: this board is not open to you' } };
    const identity = await service.identity(principal);
    return {
      boardId,
      access,
      identity,
      tags: {
        workshopId: board.workshopId,
        role: principal.kind,
        ...(principal.kind === 'participant' ? { participantId: principal.participantId } : {}),
      },
    };
  };
}
