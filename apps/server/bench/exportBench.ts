/**
 * `pnpm bench:exports [--reps 5] [--word 1200] [--peer /path/to/other/apps/server/dist/main.js]`
 *
 * Benchmark (not a test) of exports against the real built server (`apps/server/dist/main.js`) on
 * loopback. A board of C4 holds one note whose text is a single word of `--word` characters (a
 * pasted URL is enough for 1,200, the figure of issue 10) plus four ordinary notes.
 *
 * Scenario "word" (ours, and `--peer` when given, e.g. the main branch's build): per format (SVG,
 * PDF, workshop zip) the median time of `--reps` downloads, and `/api/health` latency sampled every
 * 10 ms while one PDF export runs (median and max). The peer is measured in the same run, on the
 * same machine, so the ratio is meaningful even on a shared machine.
 *
 * Scenario "100k" (ours only: the old build does not finish a 100,000-character word): the same
 * per-format medians, then ten exports at once (six PDFs, three SVGs, one zip) with `/api/health`
 * sampled throughout (median, p95, max), after one unmeasured burst of the same ten (V8 warm-up).
 *
 * Results: bench-results/exports-<time>.json and the table on stdout. Loopback only; bounded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { api } from '../test/helpers/api.js';
import { writeNote } from '../test/helpers/boardContent.js';
import { connectBoard } from '../test/helpers/clients.js';
import { startServer, type ServerProcess } from '../test/helpers/serverProcess.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const REPS = Number(arg('reps', '5'));
const WORD = Number(arg('word', '1200'));
const PEER = arg('peer', '');
/** A download never waits longer than this (the old build takes seconds per export at 1,200 characters). */
const DEADLINE_MS = 120_000;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0 ? NaN : s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? NaN;

interface Setup {
  server: ServerProcess;
  board: string;
  workshop: string;
  member: string;
  facilitator: string;
}

async function setUp(main: string | undefined, wordLength: number): Promise<Setup> {
  const server = await startServer({ ...(main ? { main } : {}), env: { LOG_LEVEL: 'warn' } });
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Bench', language: 'en', activities: [{ templateId: 'c4-substantive' }], groupCount: 1 });
  const workshop = created.body.workshop.id as string;
  const groupId = created.body.workshop.groups[0].id as string;
  const member = (await http.post(`/api/workshops/${workshop}/join`, { displayName: 'Ana', groupId })).body.token as string;
  const board = created.body.workshop.boards.find((b: { kind: string }) => b.kind === 'group').id as string;
  const client = connectBoard(server.wsUrl, board, member);
  await client.synced;
  const word = 'https://example.org/'.concat('x'.repeat(wordLength)).slice(0, wordLength);
  writeNote(client.doc, { id: 'word', x: 100, y: 400, text: word, author: 'Ana' });
  ['Size a heat pump', 'Explain refrigerant safety', 'Blended: two lab days', 'Portfolio'].forEach((text, i) => writeNote(client.doc, { id: `n${i}`, x: 400 + 230 * i, y: 400, text, author: 'Ben' }));
  await sleep(500);
  client.destroy();
  return { server, board, workshop, member, facilitator: created.body.facilitatorToken as string };
}

async function timed(url: string, token: string): Promise<number> {
  const started = performance.now();
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` }, signal: AbortSignal.timeout(DEADLINE_MS) });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return performance.now() - started;
}

/** Samples `/api/health` every 10 ms until `work` settles. */
async function healthDuring(base: string, work: Promise<unknown>): Promise<number[]> {
  let done = false;
  void work.finally(() => (done = true));
  const samples: number[] = [];
  while (!done) {
    const started = performance.now();
    await (await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(DEADLINE_MS) })).arrayBuffer();
    samples.push(performance.now() - started);
    await sleep(10);
  }
  await work;
  return samples;
}

async function formats(s: Setup) {
  const board = (format: string) => `${s.server.url}/api/workshops/${s.workshop}/boards/${s.board}/export?format=${format}`;
  await timed(board('pdf'), s.member); // first export of a fresh thread: fonts load; not counted
  const out: Record<string, number> = {};
  for (const [name, url, token] of [
    ['svg', board('svg'), s.member],
    ['pdf', board('pdf'), s.member],
    ['zip', `${s.server.url}/api/workshops/${s.workshop}/export?format=zip`, s.facilitator],
  ] as const) {
    const times: number[] = [];
    for (let i = 0; i < REPS; i++) times.push(await timed(url, token));
    out[name] = median(times);
  }
  const health = await healthDuring(s.server.url, timed(board('pdf'), s.member));
  return { ...out, healthMedian: median(health), healthMax: Math.max(...health), healthSamples: health.length };
}

async function main() {
  const results: Record<string, unknown> = { date: new Date().toISOString(), reps: REPS, word: WORD, peer: PEER || null };
  const rows: string[] = [];
  const fmt = (n: number) => (Number.isFinite(n) ? `${Math.round(n)}` : '–');

  const ours = await setUp(undefined, WORD);
  results.oursWord = await formats(ours);
  await ours.server.kill();
  if (PEER) {
    const peer = await setUp(PEER, WORD);
    results.peerWord = await formats(peer);
    await peer.server.kill();
  }
  const big = await setUp(undefined, 100_000);
  results.ours100k = await formats(big);
  const board = (format: string) => `${big.server.url}/api/workshops/${big.workshop}/boards/${big.board}/export?format=${format}`;
  const tenAtOnce = () => Promise.all([
    ...['pdf', 'pdf', 'pdf', 'pdf', 'pdf', 'pdf', 'svg', 'svg', 'svg'].map((f) => timed(board(f), big.member)),
    timed(`${big.server.url}/api/workshops/${big.workshop}/export?format=zip`, big.facilitator),
  ]);
  await tenAtOnce(); // warm-up burst, not measured
  const ten = tenAtOnce();
  const started = performance.now();
  const health = await healthDuring(big.server.url, ten);
  results.ours100kTen = { wallMs: performance.now() - started, healthMedian: median(health), healthP95: quantile(health, 0.95), healthMax: Math.max(...health), healthSamples: health.length };
  await big.server.kill();

  type F = { svg: number; pdf: number; zip: number; healthMedian: number; healthMax: number };
  const line = (name: string, f: F | undefined) => (f ? `| ${name} | ${fmt(f.svg)} | ${fmt(f.pdf)} | ${fmt(f.zip)} | ${fmt(f.healthMedian)} / ${fmt(f.healthMax)} |` : '');
  rows.push('| build, word | SVG ms | PDF ms | zip ms | health during a PDF export, median / max ms |', '|---|---|---|---|---|');
  rows.push(line(`ours, ${WORD} chars`, results.oursWord as F));
  if (results.peerWord) rows.push(line(`peer, ${WORD} chars`, results.peerWord as F));
  rows.push(line('ours, 100,000 chars', results.ours100k as F));
  const t = results.ours100kTen as { wallMs: number; healthMedian: number; healthP95: number; healthMax: number; healthSamples: number };
  rows.push('', `Ten exports at once of the 100,000-character board (ours): all done in ${fmt(t.wallMs)} ms; /api/health median ${fmt(t.healthMedian)} ms, p95 ${fmt(t.healthP95)} ms, max ${fmt(t.healthMax)} ms over ${t.healthSamples} samples.`);
  if (results.peerWord) {
    const o = results.oursWord as F;
    const p = results.peerWord as F;
    rows.push(`Ratios peer / ours at ${WORD} characters: SVG ${(p.svg / o.svg).toFixed(1)}×, PDF ${(p.pdf / o.pdf).toFixed(1)}×, zip ${(p.zip / o.zip).toFixed(1)}×.`);
  }
  const out = path.resolve(here, '../bench-results');
  fs.mkdirSync(out, { recursive: true });
  const file = path.join(out, `exports-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify(results, null, 2));
  process.stdout.write(`${rows.join('\n')}\n\n${file}\n`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
