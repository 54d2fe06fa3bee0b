import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKSHOP_HOLDER_SQL } from '@canvas/cluster';
import { PostgresClient, testDatabaseUrl } from '@canvas/storage/postgres';
import { onPostgres } from './engine.js';
import { freePort, startServer, tempDataDir, type ServerProcess } from './serverProcess.js';

const here = path.dirname(fileURLToPath(import.meta.url));
/** The HAProxy configuration operators use (docs/deployment.md): the tests run the same file. */
export const HAPROXY_CFG = path.resolve(here, '../../../../deploy/haproxy/haproxy.cfg');

/** The cluster tests need PostgreSQL and HAProxy: they run in the PostgreSQL pass (scripts/test.sh). */
export const clusterTestsEnabled = onPostgres;

export interface ClusterUnderTest {
  /** HAProxy's address: what browsers use. */
  url: string;
  wsUrl: string;
  servers: ServerProcess[];
  /** Name (s1, s2) of the process that holds the workshop's lock, or null. */
  holder(workshopId: string): Promise<string | null>;
  /** Ends the PostgreSQL session that holds the workshop's lock (as a network failure would); false if none held it. */
  cutHolderSession(workshopId: string): Promise<boolean>;
  /** Restarts a killed server on its port, name and data directory. */
  restart(index: number): Promise<ServerProcess>;
  close(): Promise<void>;
}

/**
 * A cluster for the file, started before its tests (in the PostgreSQL pass only) and stopped after,
 * with whatever the tests registered to close first (their clients).
 */
export function useCluster(): { readonly cluster: ClusterUnderTest; closeAfter(thing: { destroy(): void }): void } {
  let cluster: ClusterUnderTest | undefined;
  const things: Array<{ destroy(): void }> = [];
  beforeAll(async () => {
    if (clusterTestsEnabled) cluster = await startCluster();
  });
  afterAll(async () => {
    for (const thing of things) thing.destroy();
    await cluster?.close();
  });
  return {
    get cluster() {
      if (!cluster) throw new Error('the cluster is not started (it runs in the PostgreSQL pass only)');
      return cluster;
    },
    closeAfter: (thing) => void things.push(thing),
  };
}

/** Two real server processes on one real PostgreSQL database, behind a real HAProxy with deploy/haproxy/haproxy.cfg. */
export async function startCluster(env: Record<string, string> = {}): Promise<ClusterUnderTest> {
  const databaseUrl = await testDatabaseUrl(process.env.CANVAS_TEST_POSTGRES!, `cluster-${randomUUID()}`);
  const serverEnv = (name: string) => ({ DATABASE_URL: databaseUrl, SERVER_NAME: name, JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000', ...env });
  // One after the other: the first migrates, and both then share the generated signing secret.
  const servers: ServerProcess[] = [];
  for (const name of ['s1', 's2']) servers.push(await startServer({ dataDir: tempDataDir(`canvas-${name}-`), env: serverEnv(name) }));
  const listen = await freePort();
  const haproxy = await startHaproxy(listen, servers);
  const db = await PostgresClient.connect(databaseUrl, { max: 2 });
  return {
    url: `http://127.0.0.1:${listen}`,
    wsUrl: `ws://127.0.0.1:${listen}`,
    servers,
    async holder(workshopId) {
      const row = await db.get<{ name: string }>(WORKSHOP_HOLDER_SQL, [workshopId]);
      return row ? row.name.replace(/^canvas-sessions:/, '') : null;
    },
    async cutHolderSession(workshopId) {
      const row = await db.get<{ pid: number }>(WORKSHOP_HOLDER_SQL, [workshopId]);
      if (!row) return false;
      await db.get('SELECT pg_terminate_backend(?)', [row.pid]);
      return true;
    },
    async restart(index) {
      const old = servers[index]!;
      servers[index] = await startServer({ dataDir: old.dataDir, port: old.port, env: serverEnv(`s${index + 1}`) });
      return servers[index]!;
    },
    async close() {
      haproxy.kill('SIGKILL');
      await Promise.all(servers.map((server) => server.kill('SIGKILL')));
      await db.close();
    },
  };
}

async function startHaproxy(listen: number, servers: ServerProcess[]): Promise<ChildProcess> {
  const child = spawn('haproxy', ['-db', '-f', HAPROXY_CFG], {
    env: {
      ...process.env,
      CANVAS_LISTEN: `127.0.0.1:${listen}`,
      CANVAS_SERVER_1: `127.0.0.1:${servers[0]!.port}`,
      CANVAS_SERVER_2: `127.0.0.1:${servers[1]!.port}`,
      CANVAS_HAPROXY_SOCK: path.join(tempDataDir('canvas-haproxy-'), 'admin.sock'),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  child.stdout!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
  const spawnError = new Promise<never>((_, reject) => child.once('error', (error) => reject(new Error(`haproxy did not start (is it installed? scripts/haproxy.sh installs it): ${error.message}`))));
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`haproxy exited with ${child.exitCode}: ${output.join('')}`);
    if (Date.now() - started > 15_000) throw new Error(`haproxy did not answer: ${output.join('')}`);
    const ready = await Promise.race([fetch(`http://127.0.0.1:${listen}/api/ready`).then((r) => r.ok, () => false), spawnError]);
    if (ready) return child;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
