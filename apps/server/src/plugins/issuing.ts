import { toLang } from '@canvas/i18n';
import { boardAccess, type Principal } from '@canvas/access';
import {
  claimParamsSchema,
  credentialParamsSchema,
  groupParamsSchema,
  issueMicroCredentialRequestSchema,
  issueParticipationRequestSchema,
  verifyRequestSchema,
  workshopParamsSchema,
  type IssuedCredentialView,
  type WorkshopCredentials,
} from '@canvas/api';
import { readFields, readRecords, withServerAuthors } from '@canvas/board-model';
import type { AuthorshipRepository } from '@canvas/storage';
import {
  activitiesTakenPartIn,
  bakePng,
  badgePng,
  extractBakedCredential,
  Issuer,
  NotABadgeImage,
  parseLearnerList,
  participationAchievement,
  toLinksCsv,
  VERIFY_LIMITS,
  type IssuedCredentialRecord,
  type Recipient,
} from '@canvas/issuing';
import { canvasContentFromBoards, checkAgainstCouncilRecommendation, draftFromCanvas, missingMandatoryElements, toOpenBadgesAchievement, uiLanguageFor, type MicroCredentialDraft } from '@canvas/microcredential';
import type { BoardDocs } from '../boardDocs.js';
import { WorkshopError, type WorkshopService } from '@canvas/workshops';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { bearerToken } from './workshops.js';

export interface IssuingPluginOptions {
  service: WorkshopService;
  sync: BoardDocs;
  /** Opens the server's issuer on first use (the key is generated then, SPEC K1). */
  issuer: () => Promise<Issuer>;
  publicUrl?: string;
  verifyRateLimit: number;
  /** Who created each record, as the server saw it: participation rests on it, not on client meta. */
  authorship: AuthorshipRepository;
}

const CLAIM_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const badgeImage = badgePng();

/**
 * Signed Open Badges 3.0 (docs/issuing.md, rules in packages/issuing/SPEC.md): the issuer's DID
 * document and status list, issuing by the facilitator, claim links, and public verification.
 */
export async function issuingPlugin(fastify: FastifyInstance, opts: IssuingPluginOptions): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { service, sync } = opts;
  await app.register(rateLimit, { global: false });

  const manager = async (request: FastifyRequest, workshopId: string) => {
    const { principal, revoked } = await service.principal(bearerToken(request));
    await service.authorize(workshopId, principal, revoked, 'workshop:manage');
    return principal;
  };
  const base = (request: FastifyRequest) => (opts.publicUrl ?? `${request.protocol}://${request.host}`).replace(/\/+$/, '');
  const toView = (record: IssuedCredentialRecord): IssuedCredentialView => ({
    id: record.id,
    kind: record.kind,
    groupId: record.groupId,
    participantId: record.participantId,
    recipientName: record.recipientName,
    achievementName: record.achievementName,
    claimPath: `/claim/${record.claimToken}`,
    issuedAt: record.issuedAt,
    revokedAt: record.revokedAt,
  });
  const validUntilOf = (value: string | undefined) => (value === undefined ? undefined : new Date(value.length === 10 ? `${value}T23:59:59Z` : value));

  // --- The issuer, public -------------------------------------------------------------------------
  app.get('/.well-known/did.json', async (_request, reply) => {
    const issuer = await opts.issuer();
    if (issuer.identity.method !== 'web') {
      throw new WorkshopError(404, 'no_did_web', 'This server has no PUBLIC_URL, so its issuer is a did:key and publishes no did:web document.');
    }
    return reply.type('application/did+json').header('cache-control', 'max-age=300').send(issuer.didDocument);
  });

  app.get('/api/issuer', async () => {
    const issuer = await opts.issuer();
    const { name, url, email } = issuer.profile;
    return { did: issuer.identity.did, method: issuer.identity.method, name, url, email, statusListUrl: issuer.statusListUrl };
  });

  app.get('/api/credentials/status/revocation', async (_request, reply) => {
    const issuer = await opts.issuer();
    // Revocations must show at once: caches revalidate every time.
    return reply.type('application/vc+ld+json').header('cache-control', 'no-cache').send(await issuer.statusListCredential());
  });

  // --- Issuing, for the facilitator ----------------------------------------------------------------
  app.get('/api/workshops/:workshopId/credentials', { schema: { params: workshopParamsSchema, querystring: z.object({}) } }, async (request) => {
    const { workshopId } = request.params;
    const principal = await manager(request, workshopId);
    const issuer = await opts.issuer();
    const view = await service.view(workshopId, principal);
    const { name, url, email } = issuer.profile;
    const body: WorkshopCredentials = {
      issuer: { did: issuer.identity.did, method: issuer.identity.method, name, url, email, statusListUrl: issuer.statusListUrl },
      credentials: (await issuer.issuedIn(workshopId)).map(toView),
      groups: await Promise.all(
        view.groups.map(async (group) => {
          const draft = await groupDraft(workshopId, group.id, principal);
          const missing = missingMandatoryElements(checkAgainstCouncilRecommendation(draft, uiLanguageFor(view.language)));
          return { groupId: group.id, groupName: group.name, title: draft.title ?? null, ready: missing.length === 0, missing: missing.map((item) => item.label) };
        }),
      ),
    };
    return body;
  });

  app.get('/api/workshops/:workshopId/credentials.csv', { schema: { params: workshopParamsSchema, querystring: z.object({}) } }, async (request, reply) => {
    const { workshopId } = request.params;
    await manager(request, workshopId);
    const issuer = await opts.issuer();
    const rows = (await issuer.issuedIn(workshopId)).map((r) => ({
      name: r.recipientName,
      achievement: r.achievementName,
      link: `${base(request)}/claim/${r.claimToken}`,
      revoked: r.revokedAt !== null,
    }));
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="claim-links-${workshopId}.csv"`)
      .header('cache-control', 'no-store')
      .send(toLinksCsv(rows));
  });

  app.post(
    '/api/workshops/:workshopId/credentials/participation',
    { schema: { params: workshopParamsSchema, body: issueParticipationRequestSchema } },
    async (request, reply) => {
      const { workshopId } = request.params;
      const principal = await manager(request, workshopId);
      const issuer = await opts.issuer();
      const workshop = (await service.workshopRow(workshopId))!;
      const view = await service.view(workshopId, principal);
      const everyone = [...view.groups.flatMap((g) => g.members), ...view.unassigned];
      const unknown = request.body.participantIds?.filter((id) => !everyone.some((m) => m.id === id)) ?? [];
      if (unknown.length > 0) throw new WorkshopError(404, 'participant_not_found', 'A participant to issue to is not (any more) in this workshop.', 'body.participantIds');
      // Without a list: everyone who has no valid participation credential yet, so a second click issues no duplicates.
      const holders = new Set((await issuer.issuedIn(workshopId)).filter((r) => r.kind === 'participation' && r.revokedAt === null).map((r) => r.participantId));
      const chosen = request.body.participantIds ? everyone.filter((m) => request.body.participantIds!.includes(m.id)) : everyone.filter((m) => !holders.has(m.id));
      if (everyone.length === 0) throw new WorkshopError(409, 'no_participants', 'Nobody has joined this workshop yet, so there is no one to issue to.');
      if (chosen.length === 0) throw new WorkshopError(409, 'already_issued', 'Every participant already holds a participation credential.');
      const boards: Array<{ activityId: string | null; records: ReturnType<typeof withServerAuthors> }> = [];
      for (const b of (await service.boardsOf(workshopId)).filter((b) => b.kind === 'group' || b.kind === 'workshop')) {
        const authors = await opts.authorship.authors(b.id);
        const records = withServerAuthors(
          await sync.withDoc(b.id, (doc) => readRecords(doc)),
          (recordId) => (authors.has(recordId) ? { id: authors.get(recordId)!, name: null } : null),
        );
        boards.push({ activityId: b.activityId, records });
      }
      const validUntil = validUntilOf(request.body.validUntil);
      const records = await issuer.issueAll(
        chosen.map((member) => {
          const taken = activitiesTakenPartIn(member.id, boards);
          const achievement = participationAchievement(
            { id: workshopId, title: workshop.title, language: workshop.language, createdAt: workshop.createdAt },
            view.activities.filter((a) => taken.has(a.id)).map((a) => ({ id: a.id, title: a.title })),
          );
          const recipients: Recipient[] = [{ name: member.displayName, identityType: 'name', identity: member.displayName, participantId: member.id }];
          return { workshopId, kind: 'participation' as const, achievement, recipients, ...(validUntil ? { validUntil } : {}) };
        }),
      );
      return reply.code(201).send({ credentials: records.map(toView) });
    },
  );

  app.post(
    '/api/workshops/:workshopId/groups/:groupId/credentials',
    { schema: { params: groupParamsSchema, body: issueMicroCredentialRequestSchema }, bodyLimit: 1024 * 1024 },
    async (request, reply) => {
      const { workshopId, groupId } = request.params;
      const principal = await manager(request, workshopId);
      const draft = await groupDraft(workshopId, groupId, principal);
      const missing = missingMandatoryElements(checkAgainstCouncilRecommendation(draft, 'en'));
      if (missing.length > 0) {
        const names = missing.map((item) => `${item.element} ${item.label}`);
        throw new WorkshopError(409, 'checklist_incomplete', `The micro-credential still lacks mandatory elements: ${names.join('; ')}. Complete the canvases first.`, undefined, {
          missing: missing.map((item) => ({ element: item.element, id: item.id, label: item.label, hint: item.hint })),
        });
      }
      const parsed = parseLearnerList(request.body.csv);
      if (!parsed.ok) {
        throw new WorkshopError(422, 'invalid_learner_list', parsed.errors[0]!.message, 'body.csv', { errors: parsed.errors });
      }
      const issuer = await opts.issuer();
      const validUntil = validUntilOf(request.body.validUntil);
      const records = await issuer.issue({
        workshopId,
        kind: 'micro-credential',
        groupId,
        achievement: toOpenBadgesAchievement(draft),
        recipients: parsed.learners.map((l) => ({ name: l.name, identityType: l.identityType, identity: l.identity })),
        ...(validUntil ? { validUntil } : {}),
      });
      return reply.code(201).send({ credentials: records.map(toView) });
    },
  );

  app.post('/api/workshops/:workshopId/credentials/:credentialId/revoke', { schema: { params: credentialParamsSchema } }, async (request) => {
    const { workshopId, credentialId } = request.params;
    await manager(request, workshopId);
    const issuer = await opts.issuer();
    const outcome = await issuer.revoke(workshopId, credentialId);
    if (outcome === 'not-found') throw new WorkshopError(404, 'credential_not_found', 'This credential was not issued in this workshop.', 'params.credentialId');
    return { revoked: true, already: outcome === 'already', revokedAt: (await issuer.issued(workshopId, credentialId))!.revokedAt };
  });

  // --- Claiming, for the recipient (the token is the only key, SPEC D1) ------------------------------
  const claimed = async (token: string) => {
    const record = CLAIM_TOKEN.test(token) ? await (await opts.issuer()).claim(token) : undefined;
    if (!record) throw new WorkshopError(404, 'claim_not_found', 'This claim link is not known here. It may be mistyped, or its workshop was deleted.');
    return record;
  };
  const fileName = (record: IssuedCredentialRecord) =>
    `${record.achievementName.normalize('NFKD').replace(/[^\w\s-]/g, '').trim().replace(/[\s_]+/g, '-').toLowerCase().slice(0, 60) || 'credential'}`;

  app.get('/api/claims/:token', { schema: { params: claimParamsSchema } }, async (request, reply) => {
    const record = await claimed(request.params.token);
    const issuer = await opts.issuer();
    const workshop = await service.workshopRow(record.workshopId);
    reply.header('cache-control', 'no-store');
    return {
      recipientName: record.recipientName,
      achievementName: record.achievementName,
      issuerName: issuer.profile.name,
      issuedAt: record.issuedAt,
      revoked: record.revokedAt !== null,
      language: toLang(workshop?.language),
      credential: JSON.parse(record.credentialJson) as Record<string, unknown>,
    };
  });

  app.get('/api/claims/:token/credential.json', { schema: { params: claimParamsSchema } }, async (request, reply) => {
    const record = await claimed(request.params.token);
    return reply
      .type('application/vc+ld+json')
      .header('content-disposition', `attachment; filename="${fileName(record)}.json"`)
      .header('cache-control', 'no-store')
      .send(record.credentialJson);
  });

  app.get('/api/claims/:token/badge.png', { schema: { params: claimParamsSchema } }, async (request, reply) => {
    const record = await claimed(request.params.token);
    return reply
      .type('image/png')
      .header('content-disposition', `attachment; filename="${fileName(record)}.png"`)
      .header('cache-control', 'no-store')
      .send(Buffer.from(bakePng(badgeImage, JSON.parse(record.credentialJson) as object)));
  });

  // --- Verification, for anyone (SPEC V1–V6) ----------------------------------------------------------
  app.post(
    '/api/verify',
    {
      schema: { body: verifyRequestSchema },
      // A credential of at most 256 KiB, or a PNG holding one (base64 adds a third).
      bodyLimit: 1024 * 1024 + 1024,
      config: { rateLimit: { max: opts.verifyRateLimit, timeWindow: '1 minute' } },
    },
    async (request) => {
      const issuer = await opts.issuer();
      let credential: unknown;
      if ('png' in request.body) {
        let text: string | undefined;
        try {
          text = extractBakedCredential(Buffer.from(request.body.png, 'base64'));
        } catch (error) {
          if (error instanceof NotABadgeImage) throw new WorkshopError(422, 'not_a_badge', error.message, 'body.png');
          throw error;
        }
        if (text === undefined) throw new WorkshopError(422, 'not_baked', 'This image carries no Open Badges 3.0 credential.', 'body.png');
        if (Buffer.byteLength(text) > VERIFY_LIMITS.maxBytes) throw new WorkshopError(413, 'credential_too_large', 'The credential in this image is larger than 256 KiB.', 'body.png');
        try {
          credential = JSON.parse(text);
        } catch {
          throw new WorkshopError(422, 'not_json', 'The credential baked into this image is not valid JSON.', 'body.png');
        }
      } else {
        // The raw size, not a re-serialisation: JSON.stringify recurses, and a hostile nesting would overflow it.
        if (Number(request.headers['content-length'] ?? 0) > VERIFY_LIMITS.maxBytes + 64) {
          throw new WorkshopError(413, 'credential_too_large', 'The credential is larger than 256 KiB.', 'body.credential');
        }
        credential = request.body.credential;
      }
      return issuer.verify(credential);
    },
  );

  /** A group's draft from the boards the caller may read (as the micro-credential plugin builds it). */
  async function groupDraft(workshopId: string, groupId: string, principal: Principal): Promise<MicroCredentialDraft> {
    const workshop = (await service.workshopRow(workshopId))!;
    const view = await service.view(workshopId, principal);
    if (!view.groups.some((g) => g.id === groupId)) throw new WorkshopError(404, 'group_not_found', 'This group does not exist (any more).', 'groupId');
    const access = service.accessState(workshop);
    const workshopBoards = await service.boardsOf(workshopId);
    const boards = [];
    for (const activity of view.activities) {
      const board = workshopBoards.find((b) => b.kind === 'group' && b.groupId === groupId && b.activityId === activity.id);
      if (!board || boardAccess(principal, service.boardRef(board), access) === 'none') continue;
      const { records, fields } = await sync.withDoc(board.id, (doc) => ({ records: readRecords(doc), fields: readFields(doc) }));
      boards.push({ templateId: activity.templateId, records, fields });
    }
    return draftFromCanvas(canvasContentFromBoards(boards), { id: `${workshopId}/${groupId}`, language: view.language });
  }
}
