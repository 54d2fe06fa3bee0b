import { z } from 'zod';

/**
 * The xAPI settings of a server, from environment variables (SPEC X7). Without XAPI_ENDPOINT
 * xAPI is off. A wrong value throws at start-up, naming the variable, rather than being replaced
 * by a default: a typo in a batch size should be seen, not silently become 50.
 */
export interface XapiConfig {
  /** The LRS's xAPI base URL, without a trailing slash; statements go to `${endpoint}/statements`. */
  endpoint: string;
  /** Basic auth credentials, or null for an LRS that needs none. */
  auth: { username: string; password: string } | null;
  /** Statements per POST. */
  batchSize: number;
  /** Longest wait before a partial batch is sent. */
  flushMs: number;
  /** Statements kept while the LRS is unreachable; beyond that the oldest are dropped. */
  maxQueue: number;
}

export const XAPI_DEFAULTS = { batchSize: 50, flushMs: 2000, maxQueue: 100_000 } as const;

export class XapiConfigError extends Error {
  override readonly name = 'XapiConfigError';
  constructor(
    /** One line per variable: "XAPI_BATCH_SIZE: must be an integer from 1 to 500". */
    readonly problems: string[],
  ) {
    super(problems.join('; '));
  }
}

/** Empty strings count as unset: `XAPI_ENDPOINT=` in a compose file means "off", not "invalid". */
const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

/** Credentials are taken as typed (a password may have spaces); only an empty value means unset. */
const optionalSecret = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value === '' ? undefined : value));

const integerIn = (min: number, max: number, fallback: number) => {
  const message = `must be an integer from ${min.toLocaleString('en')} to ${max.toLocaleString('en')}`;
  return optionalText.pipe(
    z
      .string()
      .regex(/^\d+$/, message)
      .transform(Number)
      .pipe(z.number().int(message).min(min, message).max(max, message))
      .optional()
      .transform((value) => value ?? fallback),
  );
};

const envSchema = z.object({
  XAPI_ENDPOINT: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as https://lrs.example.org/xapi' })
      // fetch refuses URLs with user:password@ in them; say so now rather than at the first send.
      // (zod runs this check even after the URL check failed, hence the guard.)
      .refine((url) => !URL.canParse(url) || (new URL(url).username === '' && new URL(url).password === ''), {
        message: 'must not contain credentials: set XAPI_USERNAME and XAPI_PASSWORD instead',
      })
      .optional(),
  ),
  XAPI_USERNAME: optionalSecret,
  XAPI_PASSWORD: optionalSecret,
  XAPI_BATCH_SIZE: integerIn(1, 500, XAPI_DEFAULTS.batchSize),
  XAPI_FLUSH_MS: integerIn(100, 60_000, XAPI_DEFAULTS.flushMs),
  XAPI_MAX_QUEUE: integerIn(100, 1_000_000, XAPI_DEFAULTS.maxQueue),
});

/**
 * Reads the XAPI_* variables. Returns null when XAPI_ENDPOINT is unset (xAPI off); the other
 * variables are checked even then, so a bad value is reported before anyone turns xAPI on.
 * @throws XapiConfigError naming each bad variable.
 */
export function xapiConfigFromEnv(env: Record<string, string | undefined> = process.env): XapiConfig | null {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    throw new XapiConfigError(parsed.error.issues.map((issue) => `${String(issue.path[0])}: ${issue.message}`));
  }
  const value = parsed.data;
  const hasUser = value.XAPI_USERNAME !== undefined;
  const hasPassword = value.XAPI_PASSWORD !== undefined;
  if (hasUser !== hasPassword) {
    const missing = hasUser ? 'XAPI_PASSWORD' : 'XAPI_USERNAME';
    const given = hasUser ? 'XAPI_USERNAME' : 'XAPI_PASSWORD';
    throw new XapiConfigError([`${missing}: must be set when ${given} is (Basic auth needs both, or neither)`]);
  }
  if (value.XAPI_ENDPOINT === undefined) return null;
  return {
    endpoint: value.XAPI_ENDPOINT.replace(/\/+$/, ''),
    auth: hasUser ? { username: value.XAPI_USERNAME!, password: value.XAPI_PASSWORD! } : null,
    batchSize: value.XAPI_BATCH_SIZE,
    flushMs: value.XAPI_FLUSH_MS,
    maxQueue: value.XAPI_MAX_QUEUE,
  };
}
