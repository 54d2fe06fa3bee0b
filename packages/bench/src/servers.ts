/** Starts the three servers under test as child processes pinned to one core, and probes them. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Flavor } from './protocol.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = path.resolve(here, '../../..');
export const SERVER_MAIN = path.join(REPO_ROOT, 'apps/server/dist/main.js');

export type ServerKind = 'canvas' | 'canvas-memory' | 'canvas-pg' | 'canvas-cluster' | 'reference' | 'hocuspocus';
export const SERVER_LABEL: Record<ServerKind, string> = {
  canvas: 'Canvas Sessions (ours, SQLite)',
  'canvas-memory': 'Canvas Sessions, boards in memory (BOARD_STORE=memory: durability off)',
  'canvas-pg': 'Canvas Sessions, one process on PostgreSQL',
  'canvas-cluster': 'Canvas Sessions, two processes on PostgreSQL behind HAProxy',
  reference: 'y-websocket reference (@y/websocket-server 0.1.1, in memory)',
  hocuspocus: 'Hocuspocus 3.4.4 (no extensions, in memory)',
};

/** Our server, durable or with its board store in memory (the same code otherwise). */
export const isOurs = (kind: ServerKind): boolean => kind.startsWith('canvas');

export interface ServerHandle {
  kind: ServerKind;
  flavor: Flavor;
  port: number;
  pid: number;
  /** Every process that serves (two in cluster mode): their CPU is summed. */
  pids: number[];
  child: ChildProcess;
  dataDir: string | null;
  /** ws URL of a board: y-websocket style room path, or the Hocuspocus endpoint. */
  boardUrl(boardId: string, token?: string, workshopId?: string): string;
  /** Query parameters a stock client adds besides the token (the workshop, for HAProxy's routing). */
  routeParams(boardId: string, workshopId?: string): Record<string, string>;
  httpUrl: string;
  memory(): Promise<{ heapUsed: number; rss: number; arrayBuffers?: number; docs: number; hibernating?: number }>;
  stop(): Promise<void>;
  logTail(): string;
}

export interface StartOptions {
  cpu?: string;
  cpuProf?: string;
  env?: Record<string, string>;
}

export async function startServer(kind: ServerKind, options: StartOptions = {}): Promise<ServerHandle> {
  if (kind === 'canvas-cluster') return (await import('./cluster.js')).startCluster(options);
  if (kind === 'canvas-pg' && !options.env?.DATABASE_URL) {
    const { benchDatabaseUrl } = await import('./cluster.js');
    options = { ...options, env: { ...options.env, DATABASE_URL: await benchDatabaseUrl() } };
  }
  const script = path.join(here, 'servers', `${isOurs(kind) ? 'canvas' : kind}.mjs`);
  const dataDir = isOurs(kind) ? fs.mkdtempSync(path.join(os.tmpdir(), 'canvas-bench-')) : null;
  const nodeArgs = ['--expose-gc'];
  if (options.cpuProf) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${options.cpuProf}`);
  const args = ['-c', options.cpu ?? '0', process.execPath, ...nodeArgs, script];
  const child = spawn('taskset', args, {
    cwd: path.join(here, '..'),
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      NODE_ENV: 'production',
      ...(isOurs(kind)
        ? {
            DATA_DIR: dataDir!,
            BOARD_STORE: kind === 'canvas-memory' ? 'memory' : 'sqlite',
            ...(kind === 'canvas-pg' ? { DATABASE_POOL_SIZE: '10' } : {}),
            LOG_LEVEL: 'warn',
            ALLOW_SANDBOX: 'true',
            CREATE_RATE_LIMIT: '100000',
            JOIN_RATE_LIMIT: '100000',
            // A benchmark creates many workshops and joins from one address (docs/security.md, Limits).
            WORKSHOPS_PER_ADDRESS_PER_DAY: '100000',
            MAX_GROUPS_PER_WORKSHOP: '1000',
            MAX_PARTICIPANTS_PER_WORKSHOP: '10000',
          }
        : {}),
      ...options.env,
    },
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(chunk.toString());
    if (log.length > 200) log.splice(0, log.length - 200);
  };
  child.stdout!.on('data', keep);
  child.stderr!.on('data', keep);
  const pending = new Map<number, (value: any) => void>();
  let nextId = 1;
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${kind} did not start:\n${log.join('')}`)), 20_000);
    child.on('message', (message: any) => {
      if (message?.type === 'listening') {
        clearTimeout(timer);
        resolve(message.port);
      } else if (message?.type === 'memory') {
        pending.get(message.id)?.(message);
        pending.delete(message.id);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} exited with ${code}:\n${log.join('')}`));
    });
  });
  const base = `ws://127.0.0.1:${port}`;
  return {
    kind,
    flavor: kind === 'hocuspocus' ? 'hocuspocus' : 'yws',
    port,
    pid: child.pid!,
    pids: [child.pid!],
    child,
    dataDir,
    httpUrl: `http://127.0.0.1:${port}`,
    routeParams: () => ({}),
    boardUrl(boardId, token) {
      if (isOurs(kind)) return `${base}/sync/${boardId}${token ? `?token=${encodeURIComponent(token)}` : ''}`;
      if (kind === 'reference') return `${base}/${boardId}`;
      return base;
    },
    memory() {
      return new Promise((resolve, reject) => {
        const id = nextId++;
        const timer = setTimeout(() => reject(new Error('memory probe timed out')), 30_000);
        pending.set(id, (value) => {
          clearTimeout(timer);
          resolve(value);
        });
        child.send({ type: 'memory', id });
      });
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(timer);
      }
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    },
    logTail: () => log.join('').slice(-4000),
  };
}

const CLOCK_TICKS = 100;

/** CPU time (s) and RSS (bytes) of a process, from /proc. */
export function procSample(pid: number): { cpuSeconds: number; rss: number; at: number } {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // fields[0] is field 3 (state): utime is field 14, stime field 15
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const rssPages = Number(fields[21]);
  return { cpuSeconds: (utime + stime) / CLOCK_TICKS, rss: rssPages * 4096, at: performance.now() };
}

/** Pins this process (all its threads) to the given cores. */
export function pinSelf(cpu: string): boolean {
  try {
    execFileSync('taskset', ['-a', '-p', '-c', cpu, String(process.pid)], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Machine-wide busy and steal time (clock ticks) from /proc/stat. */
export function machineSample(): { busy: number; steal: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  const [user = 0, nice = 0, system = 0, _idle = 0, _iowait = 0, irq = 0, softirq = 0, steal = 0] = line;
  return { busy: user + nice + system + irq + softirq, steal };
}
