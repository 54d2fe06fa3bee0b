import { xapiConfigFromEnv, XapiConfigError, type XapiConfig } from '@canvas/xapi';
import net from 'node:net';
import path from 'node:path';
import { IssuerProfileInput } from '@canvas/issuing';
import { z } from 'zod';

/**
 * Every setting of the server, read from environment variables and validated with zod.
 * A wrong value stops start-up with a message naming the variable (see docs/operations.md).
 */
const intFromEnv = (min: number, max: number) =>
  z.coerce.number().int(`must be a whole number`).min(min, `must be at least ${min}`).max(max, `must be at most ${max}`);

/**
 * `TRUST_PROXY`: whose X-Forwarded-For to believe, in the forms Fastify's `trustProxy` takes.
 * Unset/`false`: nobody (the peer address counts). A whole number 1…10: that many proxy hops in
 * front of the server. Otherwise a comma-separated list of proxy addresses and CIDR ranges (or
 * `loopback`, `linklocal`, `uniquelocal`). `true` (anyone) is refused: then every client could
 * name its own address and pass every per-address limit.
 */
export type TrustProxy = false | number | string[];
const PROXY_KEYWORDS = new Set(['loopback', 'linklocal', 'uniquelocal']);
const trustProxySchema = z
  .string()
  .optional()
  .transform((raw, ctx): TrustProxy => {
    const value = raw?.trim() ?? '';
    if (value === '' || value === 'false') return false;
    if (value === 'true') {
      ctx.addIssue({ code: 'custom', message: 'must name the proxies (addresses or CIDR ranges such as 127.0.0.1,10.0.0.0/8) or a hop count such as 1; "true" would believe any client' });
      return z.NEVER;
    }
    if (/^\d+$/.test(value)) {
      const hops = Number(value);
      if (hops >= 1 && hops <= 10) return hops;
      ctx.addIssue({ code: 'custom', message: 'a hop count must be between 1 and 10' });
      return z.NEVER;
    }
    const entries = value.split(',').map((entry) => entry.trim()).filter(Boolean);
    const bad = entries.find((entry) => !isProxyEntry(entry));
    if (bad !== undefined) {
      ctx.addIssue({ code: 'custom', message: `"${bad}" is not an IP address, a CIDR range (e.g. 10.0.0.0/8), loopback, linklocal or uniquelocal` });
      return z.NEVER;
    }
    return entries;
  });

function isProxyEntry(entry: string): boolean {
  if (PROXY_KEYWORDS.has(entry)) return true;
  const [address, prefix, ...rest] = entry.split('/');
  const family = net.isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

export const configSchema = z.object({
  PORT: intFromEnv(0, 65535).default(3000),
  HOST: z.string().min(1, 'must not be empty').default('127.0.0.1'),
  DATA_DIR: z.string().min(1, 'must not be empty').default('./data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  TLDRAW_LICENSE_KEY: z.string().trim().optional().transform((v) => (v ? v : undefined)),
  /** Public base URL used in links and QR codes (e.g. https://canvas.school.example). */
  PUBLIC_URL: z.url('must be an absolute URL such as https://canvas.example.org').optional(),
  SQLITE_SYNCHRONOUS: z.enum(['normal', 'full']).default('normal'),
  /**
   * PostgreSQL instead of the embedded SQLite file (several server processes share it,
   * docs/deployment.md): `postgres://user:password@host:5432/database`. Unset: SQLite in DATA_DIR.
   */
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || /^postgres(ql)?:\/\/[^\s]+$/.test(v), 'must be a postgres:// URL such as postgres://canvas:secret@127.0.0.1:5432/canvas (leave it unset for the embedded SQLite file)'),
  /**
   * This process's name among several on one PostgreSQL (shown in pg_stat_activity and pg_locks:
   * which process serves which workshop). Default: host name and process id.
   */
  SERVER_NAME: z.string().trim().regex(/^[A-Za-z0-9._:-]{1,48}$/, 'must be 1–48 letters, digits, dots, dashes, colons or underscores').optional(),
  /** PostgreSQL connections each process keeps open. */
  DATABASE_POOL_SIZE: intFromEnv(1, 200).default(10),
  /**
   * Where board content is kept: `sqlite` (the default, durable) or `memory` — for benchmarks only,
   * to measure what durability costs (docs/performance.md); nothing of a board survives a restart.
   */
  BOARD_STORE: z.enum(['sqlite', 'memory']).default('sqlite'),
  MAX_MESSAGE_BYTES: intFromEnv(1024, 256 * 1024 * 1024).default(8 * 1024 * 1024),
  MAX_AWARENESS_BYTES: intFromEnv(256, 1024 * 1024).default(32 * 1024),
  MESSAGES_PER_SECOND: intFromEnv(1, 1_000_000).default(300),
  EVICT_AFTER_MS: intFromEnv(0, 3_600_000).default(1000),
  /** An idle board (no edit for this long) keeps only its encoded state, not its live document (sync-server SPEC §8); 0: never. */
  HIBERNATE_AFTER_MS: intFromEnv(0, 86_400_000).default(10_000),
  /** Largest board document, bytes; an edit that would grow a board past it is refused (4413). */
  MAX_BOARD_BYTES: intFromEnv(64 * 1024, 1024 * 1024 * 1024).default(10 * 1024 * 1024),
  /** Largest single value (one note, one field) an edit may carry, bytes (4413). */
  MAX_VALUE_BYTES: intFromEnv(1024, 256 * 1024 * 1024).default(256 * 1024),
  /** Open board sockets one participant credential may hold (4429). */
  MAX_SOCKETS_PER_CREDENTIAL: intFromEnv(1, 100_000).default(32),
  /** Open board sockets the facilitator credential may hold (the console watches every group board). */
  MAX_SOCKETS_PER_FACILITATOR: intFromEnv(1, 100_000).default(512),
  WORKSHOP_TTL_DAYS: intFromEnv(1, 3650).default(30),
  /** Requests per minute per address to the join and create routes. */
  JOIN_RATE_LIMIT: intFromEnv(1, 100_000).default(30),
  CREATE_RATE_LIMIT: intFromEnv(1, 100_000).default(10),
  /** Requests per minute per address to the public credential verifier (POST /api/verify). */
  VERIFY_RATE_LIMIT: intFromEnv(1, 100_000).default(30),
  /** Proxies whose X-Forwarded-For is believed (see `TrustProxy`); off by default. */
  TRUST_PROXY: trustProxySchema,
  /** Server-wide failed join-code look-ups per hour before look-ups pause (@canvas/limits L3). */
  JOIN_CODE_FAILURES_PER_HOUR: intFromEnv(1, 1_000_000).default(600),
  /** Workshops one address may create in a day (L2). */
  WORKSHOPS_PER_ADDRESS_PER_DAY: intFromEnv(1, 100_000).default(50),
  /** Groups and participants in one workshop (L1). */
  MAX_GROUPS_PER_WORKSHOP: intFromEnv(1, 1000).default(40),
  MAX_PARTICIPANTS_PER_WORKSHOP: intFromEnv(1, 10_000).default(160),
  /** Largest image a user may put on a board, in MiB (files on boards, workshops F2). */
  UPLOAD_MAX_MB: intFromEnv(1, 100).default(10),
  /** What all files of one workshop may take together, in MiB (F2). */
  WORKSHOP_FILES_MB: intFromEnv(1, 100_000).default(200),
  /** Free space (MiB) the data directory's disk must keep; below it new writes are refused (L4). */
  MIN_FREE_DISK_MB: intFromEnv(0, 10_000_000).default(256),
  /** Secret that signs credentials; generated into DATA_DIR on first start when unset. */
  SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  /**
   * Development aid: boards named `sandbox-*` open to anyone, with no workshop or credential.
   * Never enable on a server that holds real workshops.
   */
  ALLOW_SANDBOX: z.enum(['true', 'false', '1', '0']).default('false').transform((v) => v === 'true' || v === '1'),
  /**
   * The issuer of signed credentials (docs/issuing.md): its name, web site, contact address and
   * image (an https URL or a base64 PNG/SVG data URI), written into every credential this server signs.
   */
  ISSUER_NAME: z.string().trim().min(1).max(200).default('Canvas Sessions'),
  ISSUER_URL: z.url('must be an absolute URL such as https://school.example').optional(),
  ISSUER_EMAIL: z.email('must be an e-mail address').optional(),
  ISSUER_IMAGE: z.string().max(64 * 1024, 'must be at most 64 KiB').optional(),
  /** Worker threads that make exports (docs/operations.md); default: cores − 1, at least 1, at most 4. */
  EXPORT_THREADS: intFromEnv(1, 64).optional(),
  /** Longest one export may take on its thread before it is stopped (the user gets a 422 naming the limit). */
  EXPORT_TIME_BUDGET_MS: intFromEnv(100, 600_000).default(30_000),
  /** Exports that may wait for a thread; more are refused with 503 and Retry-After. */
  EXPORT_QUEUE_LIMIT: intFromEnv(0, 10_000).default(20),
  /** Heap limit of one export thread, in MiB. */
  EXPORT_MEMORY_MB: intFromEnv(64, 16_384).default(512),
  /**
   * Bearer token of the server's administrator (docs/lti.md): registers LTI platforms by hand at
   * /admin/lti. Without it the admin routes answer 404.
   */
  ADMIN_TOKEN: z.string().trim().min(24, 'must be at least 24 characters (a long random string, e.g. from `openssl rand -hex 24`)').optional(),
  /** Where the built web app lives; defaults to apps/web/dist. */
  WEB_DIST: z.string().optional(),
  /** Fault injection for the crash test of "reveal" (W5): the process kills itself after this many boards were appended. Never set in production. */
  FAULT_REVEAL_KILL_AFTER: z.coerce.number().int().min(1).optional(),
});

export type Config = z.infer<typeof configSchema> & {
  /** Where learning statements go (XAPI_ENDPOINT and friends, checked by @canvas/xapi); null: off. */
  XAPI?: XapiConfig | null;
};

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(
    Object.fromEntries(Object.keys(configSchema.shape).map((key) => [key, env[key] === '' ? undefined : env[key]])),
  );
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const profile = IssuerProfileInput.safeParse(issuerProfileOf(parsed.data));
  if (!profile.success) {
    const names: Record<string, string> = { name: 'ISSUER_NAME', url: 'ISSUER_URL', email: 'ISSUER_EMAIL', image: 'ISSUER_IMAGE' };
    const lines = profile.error.issues.map((issue) => `  ${names[String(issue.path[0])] ?? issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  let xapi: XapiConfig | null;
  try {
    xapi = xapiConfigFromEnv(env);
  } catch (error) {
    if (error instanceof XapiConfigError) throw new ConfigError(`Invalid configuration:\n  ${error.message}`);
    throw error;
  }
  return { ...parsed.data, XAPI: xapi, DATA_DIR: parsed.data.DATA_DIR === ':memory:' ? ':memory:' : path.resolve(parsed.data.DATA_DIR) };
}

/** The issuer profile the administrator configured (validated by `loadConfig`, SPEC P1 of @canvas/issuing). */
export function issuerProfileOf(config: Pick<Config, 'ISSUER_NAME' | 'ISSUER_URL' | 'ISSUER_EMAIL' | 'ISSUER_IMAGE'>): IssuerProfileInput {
  return {
    name: config.ISSUER_NAME,
    ...(config.ISSUER_URL ? { url: config.ISSUER_URL } : {}),
    ...(config.ISSUER_EMAIL ? { email: config.ISSUER_EMAIL } : {}),
    ...(config.ISSUER_IMAGE ? { image: config.ISSUER_IMAGE } : {}),
  };
}

/**
 * The configuration of a command (the server, `db:copy-to-postgres`): a wrong setting ends the
 * process with its message on stderr and exit code 78 (EX_CONFIG), which systemd does not restart.
 */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env): Config {
  try {
    return loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
