/**
 * `pnpm --filter @canvas/bench guard [--update]` — the performance regression guard (issue 14 target 5),
 * run by `pnpm test`.
 *
 * Runs the bench's quick mode on a short ramp for our server and the y-websocket reference server,
 * one after the other on the same machine (each pinned to core 0, the generator to core 1), and
 * compares two same-run ratios with the committed baseline (`guard-baseline.json`):
 *
 * - server CPU per relayed edit, ours / reference, at each step (median over the steps);
 * - heap per idle loaded board, ours / reference.
 *
 * A ratio more than 25 % worse than its baseline fails (exit 1, naming the figure); so does a run
 * that measured nothing (a server that did not start, no edits, a stock client missing values). A
 * failing ratio is measured once more before failing, since a shared machine stalls now and then.
 * It compares ratios measured in the same run, not times: a slower machine slows both servers.
 * `--update` writes the measured ratios as the new baseline (commit it with the change that moved them).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const BASELINE = path.join(here, '..', 'guard-baseline.json');
const ALLOWED_DEGRADATION = 1.25;
const STEPS = [1000, 2000];

interface Baseline {
  cpuPerEditRatio: number;
  heapPerBoardRatio: number;
  measuredAt: string;
  command: string;
}

interface BenchStep {
  clients: number;
  editsPerSecond: number;
  serverCpuPercent: number;
}

interface BenchServer {
  server: string;
  steps: BenchStep[];
  correctness: { stockClients: number; missing: number };
  memory: { heapPerBoardKB: number } | null;
  error?: string;
}

interface Measured {
  cpuPerEditRatio: number;
  heapPerBoardRatio: number;
  perStep: Array<{ clients: number; ours: number; reference: number }>;
}

class GuardError extends Error {}

function runBench(): BenchServer[] {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'canvas-guard-'));
  const args = ['src/bench.ts', '--quick', '--servers', 'canvas,reference', '--steps', STEPS.join(','), '--warmup', '2', '--window', '6', '--mem-boards', '100', '--hibernate-ms', '2000', '--stop-p99', '100000', '--out', out];
  const result = spawnSync('npx', ['tsx', ...args], { cwd: path.join(here, '..'), stdio: ['ignore', 'inherit', 'inherit'], timeout: 240_000 });
  if (result.status !== 0) throw new GuardError(`the bench did not complete (exit ${result.status ?? result.signal})`);
  const file = fs.readdirSync(out).find((name) => name.endsWith('.json'));
  if (!file) throw new GuardError('the bench wrote no result');
  const { results } = JSON.parse(fs.readFileSync(path.join(out, file), 'utf8')) as { results: BenchServer[] };
  fs.rmSync(out, { recursive: true, force: true });
  return results;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)]!;

/** The two ratios, or an error saying what is missing (a guard that measured nothing must not pass). */
function measure(results: BenchServer[]): Measured {
  const ours = results.find((r) => r.server === 'canvas');
  const reference = results.find((r) => r.server === 'reference');
  for (const [name, server] of [['ours', ours], ['the reference', reference]] as const) {
    if (!server) throw new GuardError(`no result for ${name}`);
    if (server.error) throw new GuardError(`${name} failed: ${server.error}`);
    if (server.steps.length < STEPS.length) throw new GuardError(`${name} measured ${server.steps.length} of ${STEPS.length} steps`);
    if (server.steps.some((step) => step.editsPerSecond <= 0 || step.serverCpuPercent <= 0)) throw new GuardError(`${name} relayed no edits in some step`);
    if (server.correctness.stockClients === 0 || server.correctness.missing > 0) throw new GuardError(`${name}: stock clients missed values (${server.correctness.missing})`);
    if (!server.memory) throw new GuardError(`${name}: no memory figure`);
  }
  const perStep = STEPS.map((clients) => {
    const cost = (server: BenchServer) => {
      const step = server.steps.find((s) => s.clients === clients)!;
      return step.serverCpuPercent / step.editsPerSecond;
    };
    return { clients, ours: cost(ours!), reference: cost(reference!) };
  });
  return {
    cpuPerEditRatio: round(median(perStep.map((step) => step.ours / step.reference))),
    heapPerBoardRatio: round(ours!.memory!.heapPerBoardKB / reference!.memory!.heapPerBoardKB),
    perStep,
  };
}

const round = (n: number) => Math.round(n * 1000) / 1000;

/** The figures worse than the baseline allows, in words. */
function regressions(measured: Measured, baseline: Baseline): string[] {
  const problems: string[] = [];
  const check = (name: string, value: number, base: number) => {
    if (value > base * ALLOWED_DEGRADATION) {
      problems.push(`${name}: ${value} against a baseline of ${base} (allowed up to ${round(base * ALLOWED_DEGRADATION)}, +25 %)`);
    }
  };
  check('server CPU per relayed edit, ours / reference', measured.cpuPerEditRatio, baseline.cpuPerEditRatio);
  check('heap per idle loaded board, ours / reference', measured.heapPerBoardRatio, baseline.heapPerBoardRatio);
  return problems;
}

function main(): number {
  const update = process.argv.includes('--update');
  if (!fs.existsSync(path.resolve(here, '../../../apps/server/dist/app.js'))) throw new GuardError('apps/server is not built: run `pnpm build` first');
  let measured = measure(runBench());
  console.log(`guard: CPU per edit ours/reference ${measured.cpuPerEditRatio} (per step ${JSON.stringify(measured.perStep)}), heap per idle board ${measured.heapPerBoardRatio}`);
  if (update) {
    const baseline: Baseline = { ...measured, measuredAt: new Date().toISOString(), command: 'pnpm --filter @canvas/bench guard --update' };
    delete (baseline as Partial<Measured>).perStep;
    fs.writeFileSync(BASELINE, `${JSON.stringify(baseline, null, 2)}\n`);
    console.log(`guard: baseline written to ${BASELINE}`);
    return 0;
  }
  const baseline = JSON.parse(fs.readFileSync(BASELINE, 'utf8')) as Baseline;
  let problems = regressions(measured, baseline);
  if (problems.length > 0) {
    console.log(`guard: over the baseline (${problems.join('; ')}); measuring once more`);
    measured = measure(runBench());
    problems = regressions(measured, baseline);
  }
  if (problems.length > 0) {
    console.error(`guard: FAILED — ${problems.join('; ')}. Baseline from ${baseline.measuredAt}; if the change is intended, run \`${baseline.command}\` and commit guard-baseline.json.`);
    return 1;
  }
  console.log(`guard: ok (baseline CPU ratio ${baseline.cpuPerEditRatio}, heap ratio ${baseline.heapPerBoardRatio}, allowed +25 %)`);
  console.log('1 passed, 0 failed');
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  console.error(`guard: FAILED — ${(error as Error).message}`);
  process.exitCode = 1;
}
