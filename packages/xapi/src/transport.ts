import xapiModule from '@xapi/xapi';
import type { Statement } from '@xapi/xapi';
import type { XapiConfig } from './config.js';
import type { XapiStatement } from './statement.js';

// @xapi/xapi is CommonJS; under NodeNext its default import is module.exports, whose `default` is
// the XAPI class (the bundle sets XAPI.default = XAPI for exactly this).
const XAPI = xapiModule.default;
type ClientOptions = ConstructorParameters<typeof XAPI>[0];
type AdapterFunction = Extract<NonNullable<ClientOptions['adapter']>, (...args: never[]) => unknown>;

/** What one POST of a batch came to, and so what the sender does next (SPEC X4, X5). */
export type SendOutcome =
  /** Stored: 2xx, or 409 (the LRS already has these ids: an earlier attempt got through). */
  | { kind: 'delivered'; status: number }
  /** Worth trying again later: no answer, a timeout, 5xx, 408, 429, or a redirect. */
  | { kind: 'retry'; error: string; status?: number; retryAfterMs?: number }
  /** The LRS refused this batch (another 4xx): sending it again would be refused again. */
  | { kind: 'rejected'; status: number; error: string };

/** Thrown by our adapter so the status survives @xapi/xapi's promise chain. */
class LrsHttpError extends Error {
  constructor(
    readonly status: number,
    body: string,
    readonly retryAfterMs: number | undefined,
    readonly location: string | null,
  ) {
    super(`LRS answered ${status}${body ? `: ${body}` : ''}`);
  }
}

/**
 * Posts statement batches with @xapi/xapi (it builds the URL `${endpoint}/statements`, the
 * `X-Experience-API-Version: 1.0.3` header and Basic auth). Its own adapters do not fit a
 * background sender, so we give it ours, through its documented `adapter` option:
 * - its "fetch" adapter throws `new Error(body)` on a non-2xx answer, losing the status code that
 *   tells a batch to retry (503) from one to drop (400);
 * - its default "axios" adapter has no timeout, so a LRS that accepts the connection and never
 *   answers would hold the one batch in flight, and everything behind it, forever.
 * Ours is Node's fetch with a timeout, an abort on close, and no redirects followed (a 301 would
 * turn the POST into a GET whose 200 we would take for a delivery).
 */
export class LrsTransport {
  private readonly client: InstanceType<typeof XAPI>;
  private readonly closing = new AbortController();

  constructor(
    private readonly config: Pick<XapiConfig, 'endpoint' | 'auth'>,
    private readonly requestTimeoutMs: number,
  ) {
    const options: ClientOptions = { endpoint: config.endpoint, version: '1.0.3', adapter: this.adapter };
    if (config.auth) options.auth = XAPI.toBasicAuth(config.auth.username, config.auth.password);
    this.client = new XAPI(options);
  }

  /** Never throws: every failure is an outcome. */
  async send(statements: readonly XapiStatement[]): Promise<SendOutcome> {
    try {
      // Cast: our statements are valid xAPI, but @xapi/xapi's LanguageMap type wants every
      // language code present (see statement.ts).
      const response = await this.client.sendStatements({ statements: statements as unknown as Statement[] });
      return { kind: 'delivered', status: response.status };
    } catch (error) {
      return classify(error);
    }
  }

  /** Aborts a POST in flight (on close); later sends fail at once. */
  abort(): void {
    this.closing.abort(new Error('sender closed'));
  }

  private readonly adapter: AdapterFunction = async ({ url, method, headers, data }) => {
    const requestHeaders: Record<string, string> = { ...headers };
    // Without credentials @xapi/xapi still sends "Basic Og==" (empty user and password); an LRS
    // that needs no auth (or a proxy that adds it) should see no Authorization header at all.
    if (!this.config.auth) delete requestHeaders.Authorization;
    const response = await fetch(url, {
      method,
      headers: requestHeaders,
      body: data === undefined ? undefined : JSON.stringify(data),
      redirect: 'manual',
      signal: AbortSignal.any([AbortSignal.timeout(this.requestTimeoutMs), this.closing.signal]),
    });
    const text = await response.text();
    if (response.status < 200 || response.status >= 300) {
      throw new LrsHttpError(response.status, text.slice(0, 300), retryAfterMs(response.headers.get('retry-after')), response.headers.get('location'));
    }
    return { data: parseJson(text) as never, headers: Object.fromEntries(response.headers), status: response.status };
  };
}

function classify(error: unknown): SendOutcome {
  if (error instanceof LrsHttpError) {
    const { status } = error;
    if (status === 409) return { kind: 'delivered', status };
    if (status >= 300 && status < 400) {
      // Not the batch's fault: the endpoint is wrong. Keep the statements until someone fixes it.
      const where = error.location ? ` to ${error.location}` : '';
      return { kind: 'retry', status, error: `LRS redirected (${status})${where}: set XAPI_ENDPOINT to the final URL` };
    }
    if (status >= 500 || status === 408 || status === 429) {
      return { kind: 'retry', status, error: error.message, ...(error.retryAfterMs !== undefined ? { retryAfterMs: error.retryAfterMs } : {}) };
    }
    return { kind: 'rejected', status, error: error.message };
  }
  if (error instanceof Error && error.name === 'TimeoutError') return { kind: 'retry', error: 'LRS did not answer in time' };
  return { kind: 'retry', error: describeNetworkError(error) };
}

/** fetch's "fetch failed" hides the reason (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describeNetworkError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error) {
    const code = (cause as { code?: string }).code;
    return `${error.message}: ${code ? `${code} ` : ''}${cause.message}`.trim();
  }
  return error.message;
}

/** Retry-After as seconds or an HTTP date, in ms; undefined when absent or unreadable. */
function retryAfterMs(header: string | null): number | undefined {
  if (header === null) return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
