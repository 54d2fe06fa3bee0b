import { jsonNestsDeeperThan } from '@canvas/limits';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

/** Deeper JSON is refused before parsing (@canvas/limits SPEC L5); no request of the API nests this deep. */
export const MAX_JSON_DEPTH = 64;

/** Query keys that would carry a credential: REST takes credentials only in the Authorization header. */
const CREDENTIAL_KEYS = new Set(['token', 'key']);

/**
 * Requests are refused before they reach a route when they could hurt the server or leak a secret:
 * a JSON body nested deeper than MAX_JSON_DEPTH (a stack overflow in recursive code would answer
 * 500; the verifier, which reports nesting in its own answer, excepted), and a credential in the query string of a REST call (it would land in browser history,
 * proxy logs and Referer headers). The websocket (`/sync/`) is exempt: browsers cannot set its headers.
 */
export const requestHygiene = fp(async function requestHygiene(app: FastifyInstance) {
  const parseJson = app.getDefaultJsonParser('error', 'ignore');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    // The public verifier bounds nesting itself and reports it as a failed check (issuing SPEC V1).
    if (!request.url.startsWith('/api/verify') && jsonNestsDeeperThan(text, MAX_JSON_DEPTH)) {
      const error = Object.assign(new Error(`The request body nests arrays or objects deeper than ${MAX_JSON_DEPTH} levels.`), {
        statusCode: 400,
        code: 'TOO_DEEPLY_NESTED',
      });
      done(error, undefined);
      return;
    }
    parseJson(request, text, done);
  });

  app.addHook('preValidation', async (request, reply) => {
    if (!request.url.startsWith('/api/')) return;
    const query = request.query as Record<string, unknown> | undefined;
    const key = query && Object.keys(query).find((name) => CREDENTIAL_KEYS.has(name.toLowerCase()));
    if (!key) return;
    return reply.code(400).send({
      error: 'credential_in_url',
      message: 'Send the credential in the Authorization header (Bearer), never in the URL.',
      field: `querystring.${key}`,
    });
  });
});

/** The request URL for logs, with every credential-like query value redacted however it was encoded. */
export function redactUrl(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const params = new URLSearchParams(url.slice(q + 1));
  let redacted = false;
  for (const name of [...params.keys()]) {
    if (CREDENTIAL_KEYS.has(name.toLowerCase())) {
      params.set(name, '[redacted]');
      redacted = true;
    }
  }
  return redacted ? `${url.slice(0, q)}?${params.toString()}` : url;
}
