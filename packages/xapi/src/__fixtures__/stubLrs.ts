import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { validateStatement } from './validate.js';

/**
 * A small Learning Record Store for tests, on a real socket (127.0.0.1, a free port). It does what
 * the sender relies on in a real LRS: insists on the version header, validates every statement
 * (@learninglocker/xapi-validation, as Learning Locker does), stores by id, and treats a batch
 * atomically. Switches make it fail the ways real ones do: 503 while "down", a refused connection
 * while stopped, and an answer slower than the client's timeout after the batch was stored.
 */

export interface StubLrsOptions {
  /** Answer 409 to a batch holding an id already stored (and store nothing), as some LRSs do. */
  conflictOnDuplicate?: boolean;
  /** Require these Basic auth credentials (401 otherwise). */
  auth?: { username: string; password: string };
}

export interface StubRequest {
  method: string;
  statements: number;
  status: number;
  /** The Authorization header of a request that got through to storage. */
  authorization?: string | undefined;
}

export class StubLrs {
  /** Statements by id, as stored. */
  readonly stored = new Map<string, Record<string, unknown>>();
  /** Every statement-resource request answered, in order. */
  readonly requests: StubRequest[] = [];
  /** While set, every statement request is answered with this status (503 = down). */
  failWith: { status: number; retryAfter?: string } | null = null;
  /** The next POST is stored, then answered only after this many ms. */
  slowNextMs = 0;

  private app: FastifyInstance | null = null;
  private port = 0;

  private constructor(private readonly options: StubLrsOptions) {}

  static async start(options: StubLrsOptions = {}): Promise<StubLrs> {
    const lrs = new StubLrs(options);
    await lrs.listen();
    return lrs;
  }

  /** The xAPI endpoint (a path under the host, as real LRSs have). */
  get endpoint(): string {
    return `http://127.0.0.1:${this.port}/xapi`;
  }

  /** Stops listening: connections are refused until restart(). Stored statements are kept. */
  async stop(): Promise<void> {
    await this.app?.close();
    this.app = null;
  }

  /** Listens again on the same port. */
  async restart(): Promise<void> {
    if (this.app) return;
    await this.listen();
  }

  /** How many POST/PUT requests carried the statement with this id (resends included). */
  deliveries(id: string): number {
    return this.received.get(id) ?? 0;
  }

  private readonly received = new Map<string, number>();

  private async listen(): Promise<void> {
    const app = Fastify({ logger: false, bodyLimit: 16 * 1024 * 1024, forceCloseConnections: true });
    app.addHook('onRequest', async (request, reply) => {
      const answer = this.precheck(request);
      if (answer) await reply.code(answer.status).headers(answer.headers ?? {}).send({ error: answer.error });
    });
    app.post('/xapi/statements', (request, reply) => this.post(request, reply));
    app.put<{ Querystring: { statementId?: string } }>('/xapi/statements', (request, reply) => this.put(request, reply));
    app.get<{ Querystring: { statementId?: string } }>('/xapi/statements', (request, reply) => this.get(request, reply));
    await app.listen({ host: '127.0.0.1', port: this.port });
    const address = app.server.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    this.port = address.port;
    this.app = app;
  }

  private precheck(request: FastifyRequest): { status: number; error: string; headers?: Record<string, string> } | null {
    const method = request.method;
    if (this.failWith) {
      this.requests.push({ method, statements: 0, status: this.failWith.status });
      return { status: this.failWith.status, error: 'unavailable', headers: this.failWith.retryAfter ? { 'retry-after': this.failWith.retryAfter } : {} };
    }
    const version = request.headers['x-experience-api-version'];
    if (typeof version !== 'string' || !version.startsWith('1.0')) {
      this.requests.push({ method, statements: 0, status: 400 });
      return { status: 400, error: 'X-Experience-API-Version header missing or not 1.0.x' };
    }
    if (this.options.auth) {
      const { username, password } = this.options.auth;
      const expected = `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
      if (request.headers.authorization !== expected) {
        this.requests.push({ method, statements: 0, status: 401 });
        return { status: 401, error: 'unauthorised' };
      }
    }
    return null;
  }

  private async post(request: FastifyRequest, reply: FastifyReply) {
    const statements = Array.isArray(request.body) ? request.body : [request.body];
    const result = this.store(statements as Record<string, unknown>[]);
    this.requests.push({ method: 'POST', statements: statements.length, status: result.status, authorization: request.headers.authorization });
    if (!result.ok) return reply.code(result.status).send({ error: result.error });
    if (this.slowNextMs > 0) {
      const ms = this.slowNextMs;
      this.slowNextMs = 0;
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    return reply.code(200).send(result.ids);
  }

  private async put(request: FastifyRequest<{ Querystring: { statementId?: string } }>, reply: FastifyReply) {
    const statementId = request.query.statementId;
    const statement = request.body as Record<string, unknown>;
    if (!statementId || (statement.id !== undefined && statement.id !== statementId)) {
      return reply.code(400).send({ error: 'statementId missing or not the statement id' });
    }
    const result = this.store([{ ...statement, id: statementId }]);
    this.requests.push({ method: 'PUT', statements: 1, status: result.status });
    return result.ok ? reply.code(204).send() : reply.code(result.status).send({ error: result.error });
  }

  private async get(request: FastifyRequest<{ Querystring: { statementId?: string } }>, reply: FastifyReply) {
    const { statementId } = request.query;
    if (statementId === undefined) return { statements: [...this.stored.values()], more: '' };
    const statement = this.stored.get(statementId);
    return statement ? statement : reply.code(404).send({ error: 'not found' });
  }

  /** Validates the whole batch, then stores all of it or none (as an LRS does). */
  private store(batch: Record<string, unknown>[]): { ok: true; status: 200; ids: string[] } | { ok: false; status: number; error: string } {
    const statements = batch.map((statement) => (typeof statement.id === 'string' ? statement : { ...statement, id: randomUUID() }));
    const seen = new Set<string>();
    for (const [index, statement] of statements.entries()) {
      const warnings = validateStatement(statement);
      if (warnings.length > 0) {
        const first = warnings[0] as unknown as { path?: string[]; typeName?: string };
        return { ok: false, status: 400, error: `statement ${index} invalid at ${first.path?.join('.')}: ${first.typeName ?? 'rule'}` };
      }
      const id = statement.id as string;
      if (seen.has(id)) return { ok: false, status: 400, error: `id ${id} twice in one batch` };
      seen.add(id);
      this.received.set(id, (this.received.get(id) ?? 0) + 1);
    }
    const fresh: Record<string, unknown>[] = [];
    for (const statement of statements) {
      const id = statement.id as string;
      const existing = this.stored.get(id);
      if (existing === undefined) {
        fresh.push(statement);
        continue;
      }
      if (this.options.conflictOnDuplicate) return { ok: false, status: 409, error: `statement ${id} already stored` };
      const { stored: _stored, ...kept } = existing;
      // A resend of the same statement is fine; another statement under a taken id is a conflict.
      if (!isDeepStrictEqual(kept, statement)) return { ok: false, status: 409, error: `statement ${id} differs from the one stored` };
    }
    const stored = new Date().toISOString();
    for (const statement of fresh) this.stored.set(statement.id as string, { ...statement, stored });
    return { ok: true, status: 200, ids: statements.map((statement) => statement.id as string) };
  }
}
