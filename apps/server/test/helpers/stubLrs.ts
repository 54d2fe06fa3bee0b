import validation from '@learninglocker/xapi-validation';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

type Validate = typeof validation.default;
/** Learning Locker's xAPI validator (CommonJS: the function or its `default`, depending on the loader). */
const validateStatement: Validate = typeof validation === 'function' ? (validation as unknown as Validate) : validation.default;

export interface StubLrs {
  /** The xAPI endpoint (…/xapi), as XAPI_ENDPOINT takes it. */
  endpoint: string;
  /** Statements stored, by id (a resent statement is stored once). */
  statements: Map<string, Record<string, any>>;
  /** Validation warnings of every statement received (empty when all were valid). */
  problems: string[];
  /** While true, the LRS answers 503. */
  down: boolean;
  /** Requests answered 503. */
  refused: number;
  close(): Promise<void>;
}

/**
 * A Learning Record Store for tests, on loopback: POST /xapi/statements (one or many), requires the
 * version header, validates every statement with Learning Locker's validator, stores by id.
 */
export async function startStubLrs(): Promise<StubLrs> {
  const lrs: StubLrs = { endpoint: '', statements: new Map(), problems: [], down: false, refused: 0, close: async () => {} };
  const server = http.createServer(async (request, response) => {
    let body = '';
    for await (const chunk of request) body += chunk;
    if (lrs.down) {
      lrs.refused++;
      response.writeHead(503).end();
      return;
    }
    if (!request.headers['x-experience-api-version']) {
      response.writeHead(400, { 'content-type': 'application/json' }).end('{"error":"X-Experience-API-Version header missing"}');
      return;
    }
    if (request.method !== 'POST' || new URL(request.url ?? '/', 'http://x').pathname !== '/xapi/statements') {
      response.writeHead(404).end();
      return;
    }
    const parsed = JSON.parse(body) as Record<string, any> | Array<Record<string, any>>;
    const list = Array.isArray(parsed) ? parsed : [parsed];
    for (const statement of list) {
      const warnings = validateStatement(statement);
      if (warnings.length > 0) lrs.problems.push(`${statement.id}: ${JSON.stringify(warnings).slice(0, 300)}`);
      lrs.statements.set(statement.id, statement);
    }
    response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list.map((s) => s.id)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  lrs.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/xapi`;
  lrs.close = () => new Promise((resolve) => server.close(() => resolve()));
  return lrs;
}
