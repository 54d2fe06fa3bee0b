import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { testDatabaseUrl } from '@canvas/storage/postgres';
import { postgresServerUrl } from './engine.js';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SERVER_MAIN = path.resolve(here, '../../dist/main.js');

export interface ServerProcess {
  url: string;
  wsUrl: string;
  port: number;
  dataDir: string;
  child: ChildProcess;
  /** Lines the server logged (JSON), for assertions and post-mortems. */
  logs: string[];
  kill(signal?: NodeJS.Signals): Promise<number | null>;
}

export function tempDataDir(prefix = 'canvas-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A free loopback port (the server is then started on it, so a restart can reuse it). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Starts the real, built server (`apps/server/dist/main.js`) as a child process on a free loopback
 * port and resolves once `GET /api/health` answers, whatever the log level. Tests kill it with
 * SIGKILL to simulate a crash.
 */
export async function startServer(options: { dataDir?: string; env?: Record<string, string>; port?: number; main?: string } = {}): Promise<ServerProcess> {
  const dataDir = options.dataDir ?? tempDataDir();
  const port = options.port ?? (await freePort());
  // The suite runs a second time on PostgreSQL (helpers/engine.ts): each data directory gets a
  // database of its own, found again when a test restarts its server.
  const server = postgresServerUrl();
  const postgres = server && options.env?.DATABASE_URL === undefined ? { DATABASE_URL: await testDatabaseUrl(server, dataDir) } : {};
  // `main`: another build's entry (benchmarks compare against a peer build).
  const child = spawn(process.execPath, [options.main ?? SERVER_MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'info',
      EVICT_AFTER_MS: '200',
      ...postgres,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: string[] = [];
  const collect = (stream: NodeJS.ReadableStream) => {
    let buffer = '';
    stream.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let newline: number;
      while ((newline = buffer.indexOf('\n')) >= 0) {
        if (logs.length < 10_000) logs.push(buffer.slice(0, newline));
        buffer = buffer.slice(newline + 1);
      }
    });
  };
  collect(child.stdout!);
  collect(child.stderr!);
  // A server that dies on its own is a finding: say so with its last words, or a test only sees "connection refused".
  let killedByTest = false;
  child.once('exit', (code, signal) => {
    if (!killedByTest) console.error(`server on port ${port} exited by itself (code ${code}, signal ${signal}); its last log lines:\n${logs.slice(-20).join('\n')}`);
  });
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${logs.join('\n')}`);
    // Generous: several servers start at once on a busy 2-core CI machine (the editor schema import alone takes seconds there).
    if (Date.now() - started > 45_000) {
      child.kill('SIGKILL');
      throw new Error(`server did not start:\n${logs.join('\n')}`);
    }
    if (await fetch(`http://127.0.0.1:${port}/api/health`).then((r) => r.ok, () => false)) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    url: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    port,
    dataDir,
    child,
    logs,
    kill(signal: NodeJS.Signals = 'SIGTERM') {
      killedByTest = true;
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve(child.exitCode);
        // A server that ignores SIGTERM past 10 s is killed, so that no test run hangs on it.
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        child.once('exit', (code) => {
          clearTimeout(force);
          resolve(code);
        });
        child.kill(signal);
      });
    },
  };
}
