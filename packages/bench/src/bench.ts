/**
 * `pnpm bench [--quick] [--servers canvas,reference,hocuspocus] [--steps 400,800,…] [--cpu-prof]`
 * Other servers: `canvas-memory` (boards in memory), `canvas-pg` (one process on PostgreSQL) and
 * `canvas-cluster` (two on PostgreSQL behind HAProxy; src/cluster.ts).
 *
 * Side-by-side load benchmark of our server, the y-websocket reference server and Hocuspocus on
 * this machine: each server pinned to core 0 (`taskset -c 0`), this generator to core 1.
 * Model: W workshops × G groups × (4 participants + 1 facilitator socket watching the group board);
 * participants edit a ~300 B note at 1 Hz and move their cursor at 2 Hz. Clients are added in
 * steps until edit p99 exceeds the stop bound; latency = receive time − send time stamped in the
 * update. A separate phase measures heap per idle loaded board. Results: bench-results/*.json + .md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { LightClient, Metrics, percentile, Scheduler, StockClient, type Participant } from './load.js';
import { selfTest } from './protocol.js';
import { isOurs, machineSample, pinSelf, procSample, REPO_ROOT, SERVER_LABEL, startServer, type ServerHandle, type ServerKind } from './servers.js';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Args {
  quick: boolean;
  servers: ServerKind[];
  steps: number[];
  warmupS: number;
  windowS: number;
  stopP99Ms: number;
  boundMs: number;
  memBoards: number;
  memNotes: number;
  /** Our server's HIBERNATE_AFTER_MS in the memory phase; the phase waits this long (+2 s) before measuring. */
  hibernateMs: number;
  groupsPerWorkshop: number;
  cpuProf: boolean;
  canvasBoards: 'workshops' | 'sandbox';
  out: string;
}

function parseArgs(argv: string[]): Args {
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = flag('quick');
  const steps = value('steps')?.split(',').map(Number) ??
    (quick ? [1000, 2000, 3000, 4000, 5000] : Array.from({ length: 20 }, (_, i) => 400 * (i + 1)));
  return {
    quick,
    servers: (value('servers')?.split(',') as ServerKind[] | undefined) ?? ['canvas', 'reference', 'hocuspocus'],
    steps,
    warmupS: Number(value('warmup') ?? (quick ? 3 : 10)),
    windowS: Number(value('window') ?? (quick ? 5 : 20)),
    stopP99Ms: Number(value('stop-p99') ?? 100),
    boundMs: Number(value('bound') ?? 50),
    memBoards: Number(value('mem-boards') ?? (quick ? 100 : 300)),
    memNotes: Number(value('mem-notes') ?? 50),
    hibernateMs: Number(value('hibernate-ms') ?? 10_000),
    groupsPerWorkshop: Number(value('groups') ?? 4),
    cpuProf: flag('cpu-prof'),
    canvasBoards: (value('canvas-boards') as 'workshops' | 'sandbox' | undefined) ?? 'workshops',
    out: value('out') ?? path.join(here, '..', 'bench-results'),
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface GroupSpec {
  boardId: string;
  participantUrls: string[];
  participantTokens: (string | undefined)[];
  facilitatorUrl: string;
  routeParams: Record<string, string>;
}

/** Allocates `count` group boards on the server (real workshops for ours, plain rooms otherwise). */
async function allocateGroups(server: ServerHandle, count: number, args: Args, offset: number): Promise<GroupSpec[]> {
  if (!isOurs(server.kind) || args.canvasBoards === 'sandbox') {
    return Array.from({ length: count }, (_, i) => {
      const boardId = `sandbox-g${offset + i}`;
      const url = server.boardUrl(boardId);
      return { boardId, participantUrls: [url, url, url, url], participantTokens: [], facilitatorUrl: url, routeParams: server.routeParams(boardId) };
    });
  }
  const call = async (method: string, p: string, body?: unknown, token?: string) => {
    const response = await fetch(`${server.httpUrl}${p}`, {
      method,
      headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await response.json()) as any;
    if (response.status >= 300) throw new Error(`${method} ${p}: ${response.status} ${JSON.stringify(json)}`);
    return json;
  };
  const specs: GroupSpec[] = [];
  let remaining = count;
  const workshops: Promise<GroupSpec[]>[] = [];
  const makeWorkshop = async (groupCount: number): Promise<GroupSpec[]> => {
    const created = await call('POST', '/api/workshops', { title: 'bench', activities: [{ templateId: 'c1-needs' }], groupCount });
    const id = created.workshop.id as string;
    const facilitator = created.facilitatorToken as string;
    const view = await call('GET', `/api/workshops/${id}`, undefined, facilitator);
    const out: GroupSpec[] = [];
    for (const group of created.workshop.groups as Array<{ id: string }>) {
      const board = (view.boards as Array<{ id: string; kind: string; groupId: string }>).find((b) => b.kind === 'group' && b.groupId === group.id)!;
      const tokens: string[] = [];
      for (let p = 0; p < 4; p++) {
        const joined = await call('POST', `/api/workshops/${id}/join`, { displayName: `P${p + 1}`, groupId: group.id });
        tokens.push(joined.token);
      }
      out.push({
        boardId: board.id,
        participantUrls: tokens.map((t) => server.boardUrl(board.id, t, id)),
        participantTokens: tokens,
        facilitatorUrl: server.boardUrl(board.id, facilitator, id),
        routeParams: server.routeParams(board.id, id),
      });
    }
    return out;
  };
  while (remaining > 0) {
    const g = Math.min(args.groupsPerWorkshop, remaining);
    remaining -= g;
    workshops.push(makeWorkshop(g));
    if (workshops.length >= 8) specs.push(...(await workshops.shift()!));
  }
  for (const w of workshops) specs.push(...(await w));
  return specs;
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<void>): Promise<number> {
  let failed = 0;
  for (let i = 0; i < items.length; i += size) {
    const results = await Promise.allSettled(items.slice(i, i + size).map(fn));
    failed += results.filter((r) => r.status === 'rejected').length;
  }
  return failed;
}

interface StepResult {
  clients: number;
  groups: number;
  connectFailures: number;
  editsPerSecond: number;
  samples: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  serverCpuPercent: number;
  serverRssMB: number;
  generatorCpuPercent: number;
  generatorLoopDelayP99Ms: number;
  /** CPU used on the machine by anything but the server and the generator (noise), in % of one core. */
  otherCpuPercent: number;
  stealPercent: number;
  sentMsgPerS: number;
  sentKBPerS: number;
  receivedMsgPerS: number;
  receivedKBPerS: number;
  closes: Record<string, number>;
}

interface ServerResult {
  server: ServerKind;
  label: string;
  steps: StepResult[];
  capacityAtBound: number | null;
  capacityAtStop: number | null;
  capacityNote: string;
  correctness: { stockClients: number; checkedKeys: number; missing: number; note: string };
  memory: { boards: number; notesPerBoard: number; heapPerBoardKB: number; rssPerBoardKB: number; buffersPerBoardKB: number; baselineHeapMB: number; loadedHeapMB: number; docsLoaded: number; hibernating?: number } | null;
  error?: string;
}

async function loadRamp(kind: ServerKind, args: Args): Promise<Omit<ServerResult, 'memory'>> {
  const profDir = args.cpuProf ? path.join(args.out, `cpu-prof-${kind}`) : undefined;
  if (profDir) fs.mkdirSync(profDir, { recursive: true });
  const server = await startServer(kind, { cpuProf: profDir });
  const metrics = new Metrics();
  const scheduler = new Scheduler(1, 2);
  const lights: LightClient[] = [];
  const stocks: { client: StockClient; boardId: string }[] = [];
  const steps: StepResult[] = [];
  let groups = 0;
  let connectFailures = 0;
  let note = '';
  const loop = monitorEventLoopDelay({ resolution: 5 });
  scheduler.start();
  const measureWindow = async (): Promise<StepResult> => {
    metrics.reset();
    loop.reset();
    const s0 = server.pids.map(procSample);
    const m0 = machineSample();
    const g0 = process.cpuUsage();
    const t0 = performance.now();
    await sleep(args.windowS * 1000);
    const s1 = server.pids.map(procSample);
    const m1 = machineSample();
    const g1 = process.cpuUsage(g0);
    const elapsed = (performance.now() - t0) / 1000;
    const sorted = metrics.latencies.slice().sort((a, b) => a - b);
    const serverCpu = (s1.reduce((sum, p, i) => sum + p.cpuSeconds - s0[i]!.cpuSeconds, 0) / elapsed) * 100;
    const generatorCpu = ((g1.user + g1.system) / 1e6 / elapsed) * 100;
    const machineBusy = ((m1.busy - m0.busy) / 100 / elapsed) * 100;
    return {
      clients: groups * 5,
      groups,
      connectFailures,
      editsPerSecond: round(metrics.edits / elapsed, 0),
      samples: sorted.length,
      p50: round(percentile(sorted, 50)),
      p95: round(percentile(sorted, 95)),
      p99: round(percentile(sorted, 99)),
      max: round(sorted[sorted.length - 1] ?? NaN),
      serverCpuPercent: round(serverCpu, 0),
      serverRssMB: round(s1.reduce((sum, p) => sum + p.rss, 0) / 1048576, 0),
      generatorCpuPercent: round(generatorCpu, 0),
      generatorLoopDelayP99Ms: round(loop.percentile(99) / 1e6),
      otherCpuPercent: round(Math.max(0, machineBusy - serverCpu - generatorCpu), 0),
      stealPercent: round(((m1.steal - m0.steal) / 100 / elapsed) * 100, 0),
      sentMsgPerS: round(metrics.sentMessages / elapsed, 0),
      sentKBPerS: round(metrics.sentBytes / 1024 / elapsed, 0),
      receivedMsgPerS: round(metrics.receivedMessages / elapsed, 0),
      receivedKBPerS: round(metrics.receivedBytes / 1024 / elapsed, 0),
      closes: Object.fromEntries([...metrics.closes].map(([k, v]) => [String(k), v])),
    };
  };
  try {
    for (const target of args.steps) {
      const needGroups = Math.ceil(target / 5) - groups;
      if (needGroups > 0) {
        scheduler.pause(true);
        const specs = await allocateGroups(server, needGroups, args, groups);
        const joiners: Array<() => Promise<void>> = [];
        for (const spec of specs) {
          const board = groups++;
          // The first two boards carry two stock clients each (correctness); the rest are light.
          for (let p = 0; p < 4; p++) {
            if (board < 2 && p < 2) {
              const base = isOurs(server.kind) ? `ws://127.0.0.1:${server.port}/sync` : server.kind === 'reference' ? `ws://127.0.0.1:${server.port}` : server.boardUrl(spec.boardId);
              const client = new StockClient(server.flavor, base, spec.boardId, spec.participantTokens[p], spec.routeParams);
              stocks.push({ client, boardId: spec.boardId });
              joiners.push(async () => {
                await Promise.race([client.synced, sleep(15_000).then(() => Promise.reject(new Error('stock client did not sync')))]);
                scheduler.add(client);
              });
              continue;
            }
            const light = new LightClient({ url: spec.participantUrls[p]!, flavor: server.flavor, docName: spec.boardId, metrics, writes: true });
            lights.push(light);
            joiners.push(async () => {
              await light.connect();
              scheduler.add(light);
            });
          }
          const watcher = new LightClient({ url: spec.facilitatorUrl, flavor: server.flavor, docName: spec.boardId, metrics, writes: false });
          lights.push(watcher);
          joiners.push(() => watcher.connect());
        }
        connectFailures += await inBatches(joiners, 100, (j) => j());
        scheduler.pause(false);
      }
      const clients = groups * 5;
      if (connectFailures > clients * 0.01) {
        note = `stopped at ${clients} clients: ${connectFailures} connections failed`;
        break;
      }
      await sleep(args.warmupS * 1000);
      let step = await measureWindow();
      if (!(step.p99 <= args.stopP99Ms)) {
        // A shared machine stalls now and then: a breach counts only if a second window confirms it.
        console.log(`  ${kind} ${clients} clients: p99 ${step.p99} ms (other load ${step.otherCpuPercent}%, steal ${step.stealPercent}%); measuring again to confirm`);
        step = await measureWindow();
      }
      steps.push(step);
      console.log(`  ${kind} ${clients} clients: p50/p95/p99 ${step.p50}/${step.p95}/${step.p99} ms, server CPU ${step.serverCpuPercent}%, RSS ${step.serverRssMB} MB, generator CPU ${step.generatorCpuPercent}% (loop p99 ${step.generatorLoopDelayP99Ms} ms), other load ${step.otherCpuPercent}%, in ${step.receivedMsgPerS} msg/s`);
      if (!(step.p99 <= args.stopP99Ms)) {
        note = `p99 ${step.p99} ms > ${args.stopP99Ms} ms at ${clients} clients`;
        break;
      }
      if (step.generatorCpuPercent >= 90) {
        note = `generator saturated (${step.generatorCpuPercent}% CPU) at ${clients} clients: capacity is at least this`;
        break;
      }
    }
    if (!note) note = `reached the largest step (${groups * 5} clients) within the bound`;
    // Correctness: stop editing, let everything arrive, compare what the stock clients hold.
    scheduler.pause(true);
    // Wait until the server has drained (no traffic for 1 s, at most 30 s): an overloaded server
    // may still be relaying the last step's backlog.
    for (let quiet = 0, last = -1, waited = 0; quiet < 1000 && waited < 30_000; waited += 250) {
      await sleep(250);
      quiet = metrics.receivedMessages === last ? quiet + 250 : 0;
      last = metrics.receivedMessages;
    }
    let checkedKeys = 0;
    let missing = 0;
    for (const { client, boardId } of stocks) {
      const expected = new Map<string, string>();
      for (const l of lights) if (l.options.docName === boardId) for (const [k, v] of l.expected) expected.set(k, v);
      for (const s of stocks) if (s.boardId === boardId) for (const [k, v] of s.client.expected) expected.set(k, v);
      checkedKeys += expected.size;
      missing += client.missing(expected);
    }
    const bounded = steps.filter((s) => s.p99 <= args.boundMs).map((s) => s.clients);
    const stopped = steps.filter((s) => s.p99 <= args.stopP99Ms).map((s) => s.clients);
    return {
      server: kind,
      label: SERVER_LABEL[kind],
      steps,
      capacityAtBound: bounded.length ? Math.max(...bounded) : null,
      capacityAtStop: stopped.length ? Math.max(...stopped) : null,
      capacityNote: note,
      correctness: {
        stockClients: stocks.length,
        checkedKeys,
        missing,
        note: missing === 0 ? 'every stock client holds every note value last written on its board' : `${missing} expected values missing or stale`,
      },
    };
  } finally {
    scheduler.stop();
    loop.disable();
    for (const l of lights) l.close();
    for (const s of stocks) s.client.destroy();
    await sleep(500);
    await server.stop();
  }
}

async function memoryPhase(kind: ServerKind, args: Args): Promise<ServerResult['memory']> {
  // Our server's default, passed explicitly so that the wait below matches it.
  const server = await startServer(kind, isOurs(kind) ? { env: { HIBERNATE_AFTER_MS: String(args.hibernateMs) } } : {});
  const metrics = new Metrics();
  const watchers: LightClient[] = [];
  try {
    await sleep(500);
    const base = await server.memory();
    const boards = Array.from({ length: args.memBoards }, (_, i) => `sandbox-mem${i}`);
    await inBatches(boards, 20, async (boardId) => {
      const url = server.boardUrl(boardId);
      const watcher = new LightClient({ url, flavor: server.flavor, docName: boardId, metrics, writes: false });
      await watcher.connect();
      watchers.push(watcher);
      const writer = new LightClient({ url, flavor: server.flavor, docName: boardId, metrics, writes: true, notesPerWriter: args.memNotes });
      await writer.connect();
      for (let n = 0; n < args.memNotes; n++) writer.edit();
      const start = Date.now();
      while (watcher.receivedStamps < args.memNotes && Date.now() - start < 10_000) await sleep(20);
      writer.close();
    });
    // Idle boards hibernate (sync-server SPEC §8) after hibernateMs without edits: every server waits
    // as long, so that the figure is the one of a board left idle, not of one just written.
    await sleep(args.hibernateMs + 2000);
    const loaded = await server.memory();
    return {
      boards: args.memBoards,
      notesPerBoard: args.memNotes,
      heapPerBoardKB: round((loaded.heapUsed - base.heapUsed) / args.memBoards / 1024, 1),
      rssPerBoardKB: round((loaded.rss - base.rss) / args.memBoards / 1024, 1),
      // Byte arrays live outside the JS heap: a hibernating board keeps its state in one, so it is shown beside the heap.
      buffersPerBoardKB: round(((loaded.arrayBuffers ?? 0) - (base.arrayBuffers ?? 0)) / args.memBoards / 1024, 1),
      baselineHeapMB: round(base.heapUsed / 1048576, 1),
      loadedHeapMB: round(loaded.heapUsed / 1048576, 1),
      docsLoaded: loaded.docs,
      ...(loaded.hibernating !== undefined ? { hibernating: loaded.hibernating } : {}),
    };
  } finally {
    for (const w of watchers) w.close();
    await sleep(300);
    await server.stop();
  }
}

function round(n: number, digits = 1): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

function markdown(results: ServerResult[], args: Args, meta: Record<string, unknown>): string {
  const lines: string[] = [];
  lines.push(`Run ${meta.date} (${args.quick ? 'quick' : 'full'} mode), ${meta.cpu}, Node ${process.version}; servers pinned to core 0, generator to core 1.`);
  lines.push(`Load: groups of 4 participants (1 edit/s of a ~300 B note, cursor at 2 Hz) + 1 facilitator socket per group board; warm-up ${args.warmupS} s, window ${args.windowS} s per step.`);
  lines.push('');
  lines.push('| server | capacity at edit p99 ≤ ' + args.boundMs + ' ms | capacity at p99 ≤ ' + args.stopP99Ms + ' ms | heap per idle board (' + args.memNotes + ' notes, 1 watcher) | RSS per idle board | correctness (stock clients) | stopped because |');
  lines.push('|---|---|---|---|---|---|---|');
  for (const r of results) {
    lines.push(
      `| ${r.label} | ${r.capacityAtBound ?? '—'} | ${r.capacityAtStop ?? '—'} | ${r.memory ? `${r.memory.heapPerBoardKB} KB` : '—'} | ${r.memory ? `${r.memory.rssPerBoardKB} KB` : '—'} | ${r.correctness.missing === 0 ? `ok (${r.correctness.checkedKeys} values)` : `${r.correctness.missing} missing`} | ${r.error ?? r.capacityNote} |`,
    );
  }
  lines.push('');
  lines.push('| server | clients | edit p50 / p95 / p99 / max (ms) | server CPU | server RSS | in → generator (msg/s, KB/s) | generator → server (msg/s, KB/s) | generator CPU | other load | closes |');
  lines.push('|---|---|---|---|---|---|---|---|---|---|');
  for (const r of results) {
    for (const s of r.steps) {
      lines.push(
        `| ${r.server} | ${s.clients} | ${s.p50} / ${s.p95} / ${s.p99} / ${s.max} | ${s.serverCpuPercent} % | ${s.serverRssMB} MB | ${s.receivedMsgPerS}, ${s.receivedKBPerS} | ${s.sentMsgPerS}, ${s.sentKBPerS} | ${s.generatorCpuPercent} % | ${s.otherCpuPercent} % | ${Object.keys(s.closes).length ? JSON.stringify(s.closes) : '—'} |`,
      );
    }
  }
  return lines.join('\n');
}

/**
 * CPU of ours with SQLite over ours with boards in memory at the same client counts (issue 14
 * target 3: ≤ 1.2×). Steps where the in-memory server used under 5 % are too small to divide.
 */
function durabilityCost(ours: ServerResult, memory: ServerResult | undefined) {
  if (!memory) return null;
  const ratios = ours.steps
    .map((step) => ({ clients: step.clients, durable: step.serverCpuPercent, memory: memory.steps.find((m) => m.clients === step.clients)?.serverCpuPercent }))
    .filter((step): step is { clients: number; durable: number; memory: number } => step.memory !== undefined && step.memory >= 5)
    .map((step) => ({ ...step, ratio: round(step.durable / step.memory, 2) }));
  const sorted = ratios.map((r) => r.ratio).sort((a, b) => a - b);
  const median = sorted.length > 0 ? sorted[Math.floor((sorted.length - 1) / 2)]! : null;
  return { target: 'CPU with SQLite ≤ 1.2× the same server with boards in memory', perStep: ratios, medianRatio: median, met: median === null ? null : median <= 1.2 };
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  selfTest();
  if (!fs.existsSync(path.join(REPO_ROOT, 'apps/server/dist/app.js'))) {
    throw new Error('apps/server is not built: run `pnpm build` first');
  }
  const pinned = pinSelf('1');
  const cpu = fs.readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? 'unknown CPU';
  const meta = { date: new Date().toISOString(), cpu, cores: (await import('node:os')).cpus().length, node: process.version, generatorPinned: pinned, loadavg: (await import('node:os')).loadavg() };
  console.log(`bench: ${args.quick ? 'quick' : 'full'} mode, servers ${args.servers.join(', ')}, steps ${args.steps.join(', ')} clients; load average ${meta.loadavg.map((l) => l.toFixed(2)).join(' ')}`);
  const results: ServerResult[] = [];
  for (const kind of args.servers) {
    console.log(`${kind}: memory per idle board (${args.memBoards} boards × ${args.memNotes} notes)…`);
    let memory: ServerResult['memory'] = null;
    try {
      memory = await memoryPhase(kind, args);
      console.log(`  heap ${memory!.heapPerBoardKB} KB/board, array buffers ${memory!.buffersPerBoardKB} KB/board, RSS ${memory!.rssPerBoardKB} KB/board, ${memory!.docsLoaded} docs loaded${memory!.hibernating !== undefined ? `, ${memory!.hibernating} hibernating` : ''}`);
    } catch (error) {
      console.log(`  memory phase failed: ${(error as Error).message}`);
    }
    console.log(`${kind}: load ramp…`);
    try {
      const ramp = await loadRamp(kind, args);
      results.push({ ...ramp, memory });
      console.log(`  capacity ${ramp.capacityAtBound} (p99 ≤ ${args.boundMs} ms) / ${ramp.capacityAtStop} (p99 ≤ ${args.stopP99Ms} ms); ${ramp.capacityNote}; correctness: ${ramp.correctness.note}`);
    } catch (error) {
      results.push({ server: kind, label: SERVER_LABEL[kind], steps: [], capacityAtBound: null, capacityAtStop: null, capacityNote: '', correctness: { stockClients: 0, checkedKeys: 0, missing: 0, note: '' }, memory, error: (error as Error).message });
      console.log(`  load ramp failed: ${(error as Error).stack}`);
    }
  }
  const ours = results.find((r) => r.server === 'canvas');
  const ref = results.find((r) => r.server === 'reference');
  const targets = ours
    ? {
        connectionsAtP99Bound: { target: `≥ 4000 clients with edit p99 ≤ ${args.boundMs} ms`, measured: ours.capacityAtBound, met: (ours.capacityAtBound ?? 0) >= 4000 },
        vsReference: ref
          ? { target: '≥ 2× the reference capacity at the same bound', ratio: ref.capacityAtBound ? round((ours.capacityAtBound ?? 0) / ref.capacityAtBound, 2) : null, met: ref.capacityAtBound ? (ours.capacityAtBound ?? 0) >= 2 * ref.capacityAtBound : null }
          : null,
        durability: durabilityCost(ours, results.find((r) => r.server === 'canvas-memory')),
        memory: ref?.memory && ours.memory
          ? {
              target: 'heap per idle board ≤ half the reference',
              ratio: round(ours.memory.heapPerBoardKB / ref.memory.heapPerBoardKB, 2),
              met: ours.memory.heapPerBoardKB <= ref.memory.heapPerBoardKB / 2,
              heapAndBuffersRatio: round((ours.memory.heapPerBoardKB + ours.memory.buffersPerBoardKB) / (ref.memory.heapPerBoardKB + ref.memory.buffersPerBoardKB), 2),
            }
          : null,
      }
    : null;
  const table = markdown(results, args, meta);
  fs.mkdirSync(args.out, { recursive: true });
  const stamp = (meta.date as string).replace(/[:.]/g, '-');
  const base = path.join(args.out, `${stamp}-${args.quick ? 'quick' : 'full'}`);
  fs.writeFileSync(`${base}.json`, JSON.stringify({ meta, args, targets, results }, null, 2));
  fs.writeFileSync(`${base}.md`, `${table}\n\nTargets: ${JSON.stringify(targets, null, 2)}\n`);
  console.log(`\n${table}\n\nTargets: ${JSON.stringify(targets)}\nWrote ${base}.json and ${base}.md`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
