/**
 * The two-process mode of `pnpm bench` (issue 15 §6): `--servers canvas-pg,canvas-cluster`.
 * `canvas-pg` is one process on PostgreSQL (the baseline), `canvas-cluster` two of them on one
 * database behind HAProxy with deploy/haproxy/haproxy.cfg. PostgreSQL is the throwaway cluster of
 * scripts/postgres.sh (started if not running, in $TMPDIR/canvas-bench-pg); every server start gets
 * a database of its own.
 */
import { execFileSync, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { testDatabaseUrl } from '@canvas/storage/postgres';
import { REPO_ROOT, startServer, type ServerHandle, type StartOptions } from './servers.js';

let postgres: string | undefined;

/** A fresh database on the bench's PostgreSQL. */
export async function benchDatabaseUrl(): Promise<string> {
  postgres ??= execFileSync('bash', [path.join(REPO_ROOT, 'scripts/postgres.sh'), 'start'], {
    env: { ...process.env, CANVAS_PG_DIR: process.env.CANVAS_PG_DIR ?? path.join(os.tmpdir(), 'canvas-bench-pg') },
    encoding: 'utf8',
  }).trim().replace(/^DATABASE_URL=/, '');
  return testDatabaseUrl(postgres, `bench-${randomUUID()}`);
}

/**
 * Two processes, one per core (0 and 1), and HAProxy unpinned. The generator is pinned to core 1
 * too, and HAProxy and PostgreSQL take their share, so on 2 cores the servers get less than two
 * cores' worth: the report says so beside the figures.
 */
export async function startCluster(options: StartOptions): Promise<ServerHandle> {
  const env = { ...options.env, DATABASE_URL: await benchDatabaseUrl() };
  const first = await startServer('canvas-pg', { ...options, cpu: '0', env: { ...env, SERVER_NAME: 'b1' } });
  const second = await startServer('canvas-pg', { ...options, cpu: '1', env: { ...env, SERVER_NAME: 'b2' } });
  const listen = await freePort();
  const sockDir = fs.mkdtempSync(path.join(os.tmpdir(), 'canvas-bench-haproxy-'));
  const haproxy = spawn('haproxy', ['-db', '-f', path.join(REPO_ROOT, 'deploy/haproxy/haproxy.cfg')], {
    env: {
      ...process.env,
      CANVAS_LISTEN: `127.0.0.1:${listen}`,
      CANVAS_SERVER_1: `127.0.0.1:${first.port}`,
      CANVAS_SERVER_2: `127.0.0.1:${second.port}`,
      CANVAS_HAPROXY_SOCK: path.join(sockDir, 'admin.sock'),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const started = Date.now();
  while (!(await fetch(`http://127.0.0.1:${listen}/api/ready`).then((r) => r.ok, () => false))) {
    if (haproxy.exitCode !== null || Date.now() - started > 15_000) throw new Error('haproxy did not start (scripts/haproxy.sh install)');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const base = `ws://127.0.0.1:${listen}`;
  // Sandbox boards have no workshop: their id is the routing key, so each board stays on one process.
  const routeParams = (boardId: string, workshopId?: string) => ({ workshop: workshopId ?? boardId });
  return {
    kind: 'canvas-cluster',
    flavor: 'yws',
    port: listen,
    pid: first.pid,
    pids: [first.pid, second.pid],
    child: first.child,
    dataDir: null,
    httpUrl: `http://127.0.0.1:${listen}`,
    routeParams,
    boardUrl(boardId, token, workshopId) {
      const params = new URLSearchParams({ ...routeParams(boardId, workshopId), ...(token ? { token } : {}) });
      return `${base}/sync/${boardId}?${params}`;
    },
    async memory() {
      const [a, b] = await Promise.all([first.memory(), second.memory()]);
      return { heapUsed: a.heapUsed + b.heapUsed, rss: a.rss + b.rss, arrayBuffers: (a.arrayBuffers ?? 0) + (b.arrayBuffers ?? 0), docs: a.docs + b.docs, hibernating: (a.hibernating ?? 0) + (b.hibernating ?? 0) };
    },
    async stop() {
      haproxy.kill('SIGKILL');
      await Promise.all([first.stop(), second.stop()]);
      fs.rmSync(sockDir, { recursive: true, force: true });
    },
    logTail: () => `${first.logTail()}\n--- b2 ---\n${second.logTail()}`,
  };
}

async function freePort(): Promise<number> {
  const net = await import('node:net');
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}
