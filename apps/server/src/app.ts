import { getAgenda, richTextToPlain } from '@canvas/templates';
import { CredentialSigner, generateSecret } from '@canvas/access';
import { ExportPool } from '@canvas/export-jobs';
import { fileKeyStore, Issuer, memoryKeyStore } from '@canvas/issuing';
import { AuthorshipRepository, ContributionRepository, FileRepository, IssuingRepository, LtiRepository, openStorage, PollRepository, PrivateBoardRepository, VoteRepository, WorkshopRepository, type SqlClient, type Storage } from '@canvas/storage';
import type { LtiService } from '@canvas/lti';
import { Contributions, Polls, PrivateWriting, Voting, WorkshopService } from '@canvas/workshops';
import { CloseCode, MemoryBoardStore, SyncServer } from '@canvas/sync-server';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { issuerProfileOf, type Config } from './config.js';
import { agendasPlugin } from './plugins/agendas.js';
import { errorsPlugin } from './plugins/errors.js';
import { redactUrl, requestHygiene } from './plugins/requestHygiene.js';
import { DailyQuota, DiskGuard, FailureCeiling } from '@canvas/limits';
import { exportsPlugin } from './plugins/exports.js';
import { issuingPlugin } from './plugins/issuing.js';
import { ltiPlugin } from './plugins/lti.js';
import { ltiWorkshopPort } from './ltiWorkshops.js';
import { microcredentialsPlugin } from './plugins/microcredentials.js';
import { securityHeaders } from './plugins/securityHeaders.js';
import { templatesPlugin } from './plugins/templates.js';
import { bearerToken, workshopSocketAuthorizer, workshopsPlugin } from './plugins/workshops.js';
import { resolveTemplate, workshopCatalog } from './templateCatalog.js';
import { boardUpdateCheck } from './boardGuard.js';
import { boardRepairPlugin } from './plugins/boardRepair.js';
import { healthPlugin } from './plugins/health.js';
import { joinCluster } from './cluster.js';
import type { BoardDocs } from './boardDocs.js';
import { syncPlugin, type SocketAuthorizer } from './plugins/sync.js';
import { webAppPlugin } from './plugins/webApp.js';
import { pollsPlugin } from './plugins/polls.js';
import { roomPlugin } from './plugins/room.js';
import { filesPlugin } from './plugins/files.js';
import { LearningRecord } from './learningRecord.js';
import { XapiSender } from '@canvas/xapi';
import { readRecords } from '@canvas/board-model';
import { contributionsPlugin } from './plugins/contributions.js';
import { boardFiles } from './boardFiles.js';

export interface App {
  fastify: FastifyInstance;
  sync: SyncServer;
  storage: Storage;
  workshops: WorkshopService;
  exportPool: ExportPool;
  /** Stops accepting, closes sockets, stores every board, closes the database. */
  close(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/** Builds the whole process: one Fastify instance serving sync, API and web app on one port. */
export async function buildApp(config: Config): Promise<App> {
  const fastify = Fastify({
    logger: {
      level: config.LOG_LEVEL,
      // Credentials travel in the socket URL's query: never write them to a log.
      serializers: {
        // remoteAddress: the peer the socket really talks to; clientAddress: the address rate
        // limits count (differs only behind a proxy named in TRUST_PROXY).
        req: (req) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.socket?.remoteAddress, clientAddress: req.ip }),
      },
    },
    // Forwarded headers are believed only from the configured proxies (docs/operations.md).
    // A hop count becomes the function proxy-addr would build from it (Fastify's types lack numbers).
    trustProxy: typeof config.TRUST_PROXY === 'number' ? trustHops(config.TRUST_PROXY) : config.TRUST_PROXY,
    bodyLimit: 2 * 1024 * 1024,
  });
  // DATA_DIR holds the keys and is watched for free space on either engine; SQLite also keeps its
  // file there. Made here, not by the SQLite store, so a PostgreSQL process has one too.
  if (config.DATA_DIR !== ':memory:') fs.mkdirSync(config.DATA_DIR, { recursive: true, mode: 0o700 });
  // SQLite in DATA_DIR, or PostgreSQL when DATABASE_URL is set; every repository speaks SqlClient (async).
  const storage = await openStorage({
    databaseUrl: config.DATABASE_URL,
    dataDir: config.DATA_DIR,
    synchronous: config.SQLITE_SYNCHRONOUS,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  const sql = storage.sql;
  const boardStore = config.BOARD_STORE === 'memory' ? new MemoryBoardStore() : storage.boards;
  if (config.BOARD_STORE === 'memory') fastify.log.warn('BOARD_STORE=memory: board content is not stored on disk (benchmarks only)');
  const authorship = new AuthorshipRepository(sql);
  // Made once the workshop rules exist (below); the sync server only calls it for updates after start-up.
  let contributions: Contributions | undefined;
  const sync = new SyncServer({
    store: boardStore,
    logger: fastify.log,
    checkUpdate: boardUpdateCheck(authorship, { observe: (...args) => contributions?.observe(...args) }, (err) => fastify.log.error({ err }, 'recording who added notes failed')),
    limits: {
      maxMessageBytes: config.MAX_MESSAGE_BYTES,
      maxAwarenessStateBytes: config.MAX_AWARENESS_BYTES,
      messagesPerSecond: config.MESSAGES_PER_SECOND,
      evictAfterMs: config.EVICT_AFTER_MS,
      hibernateAfterMs: config.HIBERNATE_AFTER_MS,
      maxDocumentBytes: config.MAX_BOARD_BYTES,
      maxValueBytes: config.MAX_VALUE_BYTES,
      maxConnectionsPerIdentity: config.MAX_SOCKETS_PER_CREDENTIAL,
    },
  });

  // Several processes on one PostgreSQL: a workshop is served by the one holding its lock (docs/deployment.md).
  const cluster = storage.kind === 'postgres'
    ? await joinCluster({
      url: config.DATABASE_URL!,
      name: config.SERVER_NAME,
      sync,
      boards: storage.boards,
      workshops: () => ({ workshopOfBoard: async (boardId) => (await workshops.boardRow(boardId))?.workshopId ?? null, reevaluate: (id) => workshops.reevaluate(id) }),
      logger: fastify.log,
    })
    : null;
  const live = cluster?.live ?? sync;

  // Exports are made on worker threads, so no export can delay the sync traffic (docs/exports.md).
  const exportPool = new ExportPool({
    ...(config.EXPORT_THREADS ? { threads: config.EXPORT_THREADS } : {}),
    timeBudgetMs: config.EXPORT_TIME_BUDGET_MS,
    maxQueue: config.EXPORT_QUEUE_LIMIT,
    maxMemoryMb: config.EXPORT_MEMORY_MB,
  });
  exportPool.warmUp();

  const repo = new WorkshopRepository(sql);
  const secret = config.SECRET ?? await credentialSecret(repo);
  const signer = new CredentialSigner(secret);
  const catalog = workshopCatalog(async (workshopId, templateId) => await workshops.customTemplateJson(workshopId, templateId));
  const workshops: WorkshopService = new WorkshopService({
    repo,
    signer,
    catalog,
    live,
    ttlDays: config.WORKSHOP_TTL_DAYS,
    limits: { maxGroups: config.MAX_GROUPS_PER_WORKSHOP, maxParticipants: config.MAX_PARTICIPANTS_PER_WORKSHOP },
  });
  // A nearly full disk refuses new writes with a clear answer instead of failing mid-write (SPEC L4).
  const disk = new DiskGuard(config.DATA_DIR, config.MIN_FREE_DISK_MB * 1024 * 1024);
  let appended = 0;
  const writing = new PrivateWriting({
    service: workshops,
    repo,
    boards: new PrivateBoardRepository(sql),
    live,
    recordAuthors: async (boardId, recordIds, authorId) => await authorship.record(boardId, recordIds, authorId),
    // W5's crash test: die like a killed process, between a board's append and its "revealed" mark.
    ...(config.FAULT_REVEAL_KILL_AFTER ? { afterAppend: () => ++appended >= config.FAULT_REVEAL_KILL_AFTER! && process.kill(process.pid, 'SIGKILL') } : {}),
  });
  const resumed = await writing.resume();
  if (resumed > 0) fastify.log.warn({ count: resumed }, 'finished reveals a crash had interrupted');
  const voting = new Voting({ service: workshops, repo, votes: new VoteRepository(sql), live, catalog });
  const polls = new Polls({ repo, polls: new PollRepository(sql), live });
  const ltiRepo = new LtiRepository(sql);
  // Learning statements to an LRS, when XAPI_ENDPOINT is set (docs/lti.md, @canvas/xapi); sent in the background.
  const xapiSender = config.XAPI ? new XapiSender({ config: config.XAPI, baseUrl: config.PUBLIC_URL ?? `http://${config.HOST}:${config.PORT}`, logger: fastify.log }) : null;
  const learning = xapiSender
    ? new LearningRecord({ sender: xapiSender, repo, lti: ltiRepo, template: async (workshopId, templateId) => await resolveTemplate(workshops, workshopId, templateId) ?? null })
    : null;
  contributions = new Contributions({ service: workshops, repo: new ContributionRepository(sql), ...(learning ? { onRecorded: (write) => void learning.notes(write).catch((err: unknown) => fastify.log.warn({ err }, 'xAPI: note statement not queued')) } : {}) });
  const files = boardFiles({ service: workshops, files: new FileRepository(sql), sync: live, maxMb: config.UPLOAD_MAX_MB, workshopMb: config.WORKSHOP_FILES_MB });
  const workshopSockets = workshopSocketAuthorizer(workshops);
  const authorize: SocketAuthorizer = async (request, boardId) => {
    if (boardId.startsWith('sandbox-')) {
      if (config.ALLOW_SANDBOX) return { boardId, access: 'write' };
      return { refuse: { code: CloseCode.NotFound, reason: 'not found: sandbox boards are disabled on this server' } };
    }
    const decision = await workshopSockets(request, boardId);
    if ('refuse' in decision) return decision;
    let granted = decision;
    // The facilitator's console watches every group board at once: a higher socket allowance.
    if (decision.tags?.role === 'facilitator') granted = { ...granted, maxConnectionsPerIdentity: config.MAX_SOCKETS_PER_FACILITATOR };
    const userId = granted.identity?.userId;
    if (learning && userId && !userId.startsWith('facilitator:')) await learning.opened(userId, boardId);
    if (granted.access === 'write' && disk.low()) {
      fastify.log.warn({ boardId }, 'disk almost full: board opened read-only');
      granted = { ...granted, access: 'read', readOnlyReason: 'read-only: disk full: the server is low on disk space, so this board cannot take changes for now' };
    }
    // Last, with nothing awaited after it: a claimed workshop is in use from here (cluster SPEC C2.5).
    const workshopId = granted.tags?.workshopId;
    if (cluster && workshopId && !await cluster.claim(workshopId, boardId)) {
      return { refuse: { code: CloseCode.TryAgainLater, reason: 'try again: another server serves this workshop right now' } };
    }
    return granted;
  };

  fastify.setValidatorCompiler(validatorCompiler);
  fastify.setSerializerCompiler(serializerCompiler);
  await fastify.register(errorsPlugin);
  await fastify.register(requestHygiene);
  // Writes that store something wait for free disk space; deleting (which frees it) and the
  // public verifier (which stores nothing) do not.
  fastify.addHook('preHandler', async (request) => {
    if (request.method !== 'POST' && request.method !== 'PATCH' && request.method !== 'PUT') return;
    if (!request.url.startsWith('/api/') || request.url.startsWith('/api/verify')) return;
    disk.check();
  });
  await fastify.register(securityHeaders);
  await fastify.register(templatesPlugin);
  await fastify.register(agendasPlugin, { sql });
  await fastify.register(workshopsPlugin, {
    service: workshops,
    sync: live,
    publicUrl: config.PUBLIC_URL,
    joinRateLimit: config.JOIN_RATE_LIMIT,
    createRateLimit: config.CREATE_RATE_LIMIT,
    dailyWorkshops: new DailyQuota(config.WORKSHOPS_PER_ADDRESS_PER_DAY),
    failedLookups: new FailureCeiling(config.JOIN_CODE_FAILURES_PER_HOUR),
    ...(learning ? { onEnded: (workshopId: string) => void learning.ended(workshopId).catch((err: unknown) => fastify.log.warn({ err }, 'xAPI: completion statement not queued')) } : {}),
  });
  await fastify.register(roomPlugin, {
    service: workshops,
    writing,
    voting,
    ...(learning ? { onDot: (participantId: string, boardId: string, shapeId: string) =>
          void noteText(live, boardId, shapeId)
            .then((text) => learning.voted(participantId, boardId, shapeId, text))
            .catch((err: unknown) => fastify.log.warn({ err }, 'xAPI: vote statement not queued')) } : {}),
  });
  await fastify.register(pollsPlugin, { service: workshops, polls });
  await fastify.register(contributionsPlugin, { service: workshops, contributions });
  await fastify.register(filesPlugin, { service: workshops, files, maxBytes: config.UPLOAD_MAX_MB * 1024 * 1024 });
  await fastify.register(microcredentialsPlugin, { service: workshops, sync: live, exportPool });
  await fastify.register(exportsPlugin, { service: workshops, sync: live, exportPool, authorship, voting, polls, files });
  await fastify.register(boardRepairPlugin, { service: workshops, sync: live });
  await fastify.register(issuingPlugin, {
    service: workshops,
    sync: live,
    issuer: issuerOpener(config, sql, fastify),
    publicUrl: config.PUBLIC_URL,
    verifyRateLimit: config.VERIFY_RATE_LIMIT,
    authorship,
  });
  // LTI (and its RSA key) is loaded on the first LTI request, so start-up does not wait for it.
  let ltiOpening: Promise<LtiService> | undefined;
  const lti = () => {
    ltiOpening ??= (async () => {
      const { fileToolKeyStore, loadToolKey, LtiService, memoryToolKeyStore } = await import('@canvas/lti');
      return new LtiService({
        repo: ltiRepo,
        workshops: ltiWorkshopPort(workshops, repo, signer),
        secret,
        key: await loadToolKey(config.DATA_DIR === ':memory:' ? memoryToolKeyStore() : fileToolKeyStore(config.DATA_DIR)),
        baseUrl: () => config.PUBLIC_URL ?? listeningUrl(fastify, config),
      });
    })();
    ltiOpening.catch(() => (ltiOpening = undefined));
    return ltiOpening;
  };
  await fastify.register(ltiPlugin, {
    lti,
    adminToken: config.ADMIN_TOKEN,
    manage: async (request, workshopId) => {
      const { principal, revoked } = await workshops.principal(bearerToken(request));
      await workshops.authorize(workshopId, principal, revoked, 'workshop:manage');
    },
    agendaActivities: (agendaId) => (agendaId ? getAgenda(agendaId)?.items.map((item) => ({ ...item })) : undefined),
  });
  await fastify.register(healthPlugin, { sync, exportPool, disk, storage, cluster });
  fastify.get('/api/config', async () => ({
    tldrawLicenseKey: config.TLDRAW_LICENSE_KEY ?? null,
    sandbox: config.ALLOW_SANDBOX,
    // The address phones in the room use (join links, QR codes); null: the app uses the page's own origin.
    publicUrl: config.PUBLIC_URL?.replace(/\/$/, '') ?? null,
  }));
  await fastify.register(syncPlugin, { sync, authorize, maxMessageBytes: config.MAX_MESSAGE_BYTES, publicUrl: config.PUBLIC_URL });
  await fastify.register(webAppPlugin, { root: config.WEB_DIST ?? path.resolve(here, '../../web/dist') });

  // Expired workshops are deleted with everything they hold (docs/security.md).
  const sweep = async () => {
    try {
      await ltiRepo.sweep(Date.now());
      const deleted = await workshops.sweepExpired();
      if (deleted.length > 0) fastify.log.info({ count: deleted.length }, 'deleted expired workshops');
    } catch (error) {
      fastify.log.error({ err: error }, 'sweeping expired workshops failed');
    }
  };
  await sweep();
  const sweeper = setInterval(sweep, 10 * 60 * 1000);
  sweeper.unref();

  let closed = false;
  return {
    fastify,
    sync,
    storage,
    workshops,
    exportPool,
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(sweeper);
      const stored = await sync.shutdown();
      if (!stored) fastify.log.error('some boards could not be stored at shutdown');
      await contributions?.flush();
      await fastify.close();
      await xapiSender?.close(5_000);
      await exportPool.close();
      await cluster?.close();
      await storage.close();
    },
  };
}

/**
 * The issuer of signed credentials, opened on first use: that is when its key is generated
 * (DATA_DIR/issuer-key.json, mode 0600; docs/issuing.md). Without PUBLIC_URL its status list URL
 * uses the address the server listens on.
 */
function issuerOpener(config: Config, sql: SqlClient, fastify: FastifyInstance): () => Promise<Issuer> {
  let opening: Promise<Issuer> | undefined;
  return () => {
    opening ??= (async () => {
      const baseUrl = config.PUBLIC_URL ?? listeningUrl(fastify, config);
      const keyStore = config.DATA_DIR === ':memory:' ? memoryKeyStore() : fileKeyStore(config.DATA_DIR, (warning) => fastify.log.warn(warning));
      const issuer = await Issuer.open({ keyStore, store: new IssuingRepository(sql), profile: issuerProfileOf(config), publicUrl: config.PUBLIC_URL, baseUrl });
      fastify.log.info({ did: issuer.identity.did, key: keyStore.location }, 'credential issuer ready');
      return issuer;
    })();
    // A failed start (e.g. a damaged key file) is retried on the next request, not cached.
    opening.catch(() => {
      opening = undefined;
    });
    return opening;
  };
}

/** Believes the nearest `hops` proxies: the client is the address `hops` entries in from the peer. */
function trustHops(hops: number): (address: string, hop: number) => boolean {
  return (_address, hop) => hop < hops;
}

/** Where this process listens, as a URL (used when PUBLIC_URL is not set). */
function listeningUrl(fastify: FastifyInstance, config: Config): string {
  const address = fastify.server.address();
  const listening = typeof address === 'object' && address ? `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}` : `http://127.0.0.1:${config.PORT}`;
  return listening.replace('//0.0.0.0:', '//127.0.0.1:').replace('//[::]:', '//[::1]:');
}

/** The signing secret: configured, or generated once and kept in the store (shared by every process on it). */
async function credentialSecret(repo: WorkshopRepository): Promise<string> {
  return (await repo.setting('credential_secret')) ?? (await repo.settingOrInsert('credential_secret', generateSecret()));
}


/** The plain text of a note on a board (for a dot's learning statement), or empty. */
async function noteText(sync: BoardDocs, boardId: string, shapeId: string): Promise<string> {
  try {
    const note = await sync.withDoc(boardId, (doc) => readRecords(doc).find((record) => (record as { id?: unknown }).id === shapeId)) as { props?: { richText?: unknown } } | undefined;
    return note?.props?.richText ? richTextToPlain(note.props.richText) : '';
  } catch {
    return '';
  }
}
