import { spawn } from 'node:child_process';

/** The probe loop, run in its own Node process so that the test's own work does not delay it. */
const PROBE = `
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const url = new URL(process.argv[1]);
const samples = [];
let stop = false;
process.stdin.on('data', () => { stop = true; });
const once = () => new Promise((resolve, reject) => {
  const started = performance.now();
  http.get({ host: url.hostname, port: url.port, path: '/api/health', agent, timeout: 5000 }, (res) => {
    res.resume();
    res.on('end', () => resolve({ ms: performance.now() - started, status: res.statusCode }));
  }).on('error', reject).on('timeout', function () { this.destroy(new Error('timeout')); });
});
(async () => {
  while (!stop) {
    try { const r = await once(); samples.push(r.status === 200 ? r.ms : -1); } catch { samples.push(-1); }
    if (samples.length === 1) process.stdout.write('ready\\n');
    await new Promise((r) => setTimeout(r, 10));
  }
  process.stdout.write(JSON.stringify(samples.slice(1)));
  agent.destroy();
})();
`;

/**
 * Samples `GET /api/health` every 10 ms over one kept-alive connection from a separate process,
 * until `stop()`; resolves with each answer's latency in ms (-1 for an error or a non-200). `ready`
 * resolves after the first answer (which sets up the connection and is not counted).
 */
export function probeHealth(baseUrl: string): { ready: Promise<void>; stop(): Promise<number[]> } {
  const child = spawn(process.execPath, ['-e', PROBE, baseUrl], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  let markReady: () => void = () => undefined;
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stdout!.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith('ready\n')) markReady();
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    ready,
    async stop() {
      child.stdin!.end('stop\n');
      await exited;
      return JSON.parse(out.replace(/^ready\n/, '') || '[]') as number[];
    },
  };
}
