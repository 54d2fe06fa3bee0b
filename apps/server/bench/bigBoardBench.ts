/**
 * `pnpm --filter @canvas/server bench:bigboard [--notes 2000] [--reps 3] [--viewport 1280x800] [--web-dist DIR]
 *                                              [--peer-web-dist DIR] [--profile]`
 *
 * Benchmark (not a test) of opening a big board in Chromium (issue 14 target 4): the real built
 * server on loopback, a board holding `--notes` post-its (written by a stock y-websocket client in
 * batches, like a 60-person flipchart filled over a session), opened by a participant in Debian's
 * Chromium. Measured from the moment the board's socket opens (a WebSocket wrapper in the page):
 *
 * - first note drawn: the first `.tl-shape[data-shape-type="note"]` in the DOM;
 * - interactive: the first animation frame after that (frames run only when the main thread is
 *   free, so this is when a click would be answered);
 * - all notes in the editor: `editor.getCurrentPageShapeIds().size` reaches the count (a big board
 *   may load its farther notes in slices after it is interactive);
 * - the longest main-thread task after the socket opened, and after the board became interactive
 *   (PerformanceObserver `longtask`): how janky the rest of the load is;
 * - the sync frames the page received: count and largest (CDP Network events) — the first sync
 *   should arrive in bounded pieces.
 *
 * `--peer-web-dist` serves another build of the web app from a second server on the same data (e.g.
 * the main branch's `apps/web/dist`), measured alternately in the same run: ratios, not absolutes,
 * are what a shared 2-core machine can show. Results: bench-results/bigboard-<time>.json + table.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { api } from '../test/helpers/api.js';
import { launchBrowser } from '../test/helpers/browser.js';
import { connectBoard, waitFor } from '../test/helpers/clients.js';
import { writeNote } from '../test/helpers/boardContent.js';
import { startServer, tempDataDir, type ServerProcess } from '../test/helpers/serverProcess.js';

const here = path.dirname(fileURLToPath(import.meta.url));

interface Args {
  notes: number;
  reps: number;
  viewport: { width: number; height: number };
  webDist?: string;
  peerWebDist?: string;
  profile: boolean;
  out: string;
}

function parseArgs(argv: string[]): Args {
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const [width, height] = (value('viewport') ?? '1280x800').split('x').map(Number);
  return {
    notes: Number(value('notes') ?? 2000),
    reps: Number(value('reps') ?? 3),
    viewport: { width: width ?? 1280, height: height ?? 800 },
    webDist: value('web-dist'),
    peerWebDist: value('peer-web-dist'),
    profile: argv.includes('--profile'),
    out: path.resolve(here, '../../../bench-results'),
  };
}

const WORDS =
  'learners need practical skills for the green transition assessment portfolio workplace mentor feedback digital tools safety welding care nursing data literacy teamwork reflection project evidence'.split(
    ' ',
  );

/** A post-it's text: 2–5 words (fits a note as tldraw writes it, growY 0), different on every note (a real flipchart, not one string repeated). */
function noteText(i: number): string {
  const count = 2 + (i % 4);
  return Array.from({ length: count }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]).join(' ') + ` #${i}`;
}

interface Workshop {
  id: string;
  boardId: string;
  participantToken: string;
}

async function seed(server: ServerProcess, notes: number): Promise<Workshop> {
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: 'Flipchart', language: 'en', activities: [{ templateId: 'vet-he-flipchart' }], groupCount: 1 });
  if (created.status !== 201) throw new Error(`creating the workshop: ${created.status} ${JSON.stringify(created.body)}`);
  const id = created.body.workshop.id as string;
  const boardId = (created.body.workshop.boards as { id: string; kind: string }[]).find((b) => b.kind === 'group' || b.kind === 'workshop')?.id;
  if (!boardId) throw new Error(`no board to fill: ${JSON.stringify(created.body.workshop.boards)}`);
  const facilitator = connectBoard(server.url.replace('http', 'ws'), boardId, created.body.facilitatorToken as string);
  await facilitator.synced;
  let facilitatorClose: unknown = null;
  void facilitator.closed.then((c) => (facilitatorClose = c));
  const perBatch = 100;
  for (let start = 0; start < notes; start += perBatch) {
    facilitator.doc.transact(() => {
      for (let i = start; i < Math.min(notes, start + perBatch); i++) {
        writeNote(facilitator.doc, { id: `n${i}`, x: (i % 50) * 230, y: Math.floor(i / 50) * 230, text: noteText(i), author: 'Seeder' });
      }
    });
    // Let the server store and relay each batch before the next (as many writers over a session would).
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const joined = await http.post(`/api/workshops/${id}/join`, { displayName: 'Reader' });
  if (joined.status !== 200 && joined.status !== 201) throw new Error(`joining: ${joined.status}`);
  // Wait until the server holds every note (a fresh reader sees them all), then leave.
  const check = connectBoard(server.url.replace('http', 'ws'), boardId, created.body.facilitatorToken as string);
  await check.synced;
  await waitFor(() => check.doc.getArray('tldraw-records').length >= notes, 30_000, 'notes stored').catch((error) => {
    throw new Error(`${error.message}: ${check.doc.getArray('tldraw-records').length} records; writer closed: ${JSON.stringify(facilitatorClose)}`);
  });
  check.destroy();
  facilitator.destroy();
  return { id, boardId, participantToken: joined.body.token as string };
}

interface OpenResult {
  firstNoteMs: number | null;
  allNotesMs: number | null;
  interactiveMs: number | null;
  longestTaskMs: number;
  longestTaskAfterInteractiveMs: number;
  longTasksMs: number;
  syncFrames: number;
  largestFrameBytes: number;
}

/**
 * Runs in the page before the app (as text: tsx would wrap named functions in a helper the page
 * does not have). Records when the board socket opens, the first note is drawn, all notes are in
 * the editor, the next frame after that, and long tasks.
 */
const PAGE_PROBE = `function probe({ key, token, notes }) {
  localStorage.setItem(key, token);
  const marks = { open: null, firstNote: null, allNotes: null, interactive: null };
  const tasks = [];
  const afterTasks = [];
  window.__bigBoard = { marks, tasks, afterTasks };
  new PerformanceObserver(function (list) {
    for (const entry of list.getEntries()) {
      if (marks.open !== null && entry.startTime >= marks.open) tasks.push(entry.duration);
      if (marks.interactive !== null && entry.startTime >= marks.interactive) afterTasks.push(entry.duration);
    }
  }).observe({ type: 'longtask', buffered: true });
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(url, protocols) {
      super(url, protocols);
      if (String(url).includes('/sync/') && marks.open === null) {
        this.addEventListener('open', function () { if (marks.open === null) marks.open = performance.now(); });
      }
    }
  };
  function tick() {
    const now = performance.now();
    if (marks.open !== null) {
      if (marks.firstNote === null && document.querySelector('.tl-shape[data-shape-type="note"]')) {
        marks.firstNote = now;
        requestAnimationFrame(function () { marks.interactive = performance.now(); });
      }
      const editor = window.editor;
      if (marks.allNotes === null && editor && editor.getCurrentPageShapeIds().size >= notes) {
        marks.allNotes = now;
      }
      if (marks.allNotes !== null && marks.interactive !== null) return;
    }
    requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
}`;

async function openOnce(browser: Browser, baseUrl: string, workshop: Workshop, args: Args, profileTo?: string): Promise<OpenResult> {
  const context = await browser.newContext({ viewport: args.viewport, locale: 'en-GB' });
  try {
    const params = { key: `canvas-sessions:participant:${workshop.id}`, token: workshop.participantToken, notes: args.notes };
    await context.addInitScript({ content: `(${PAGE_PROBE})(${JSON.stringify(params)});` });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    const frames: number[] = [];
    const syncSockets = new Set<string>();
    cdp.on('Network.webSocketCreated', (event: { requestId: string; url: string }) => {
      if (event.url.includes('/sync/')) syncSockets.add(event.requestId);
    });
    cdp.on('Network.webSocketFrameReceived', (event: { requestId: string; response: { payloadData: string } }) => {
      // Binary frames arrive base64-encoded: 3 bytes per 4 characters.
      if (syncSockets.has(event.requestId)) frames.push(Math.floor((event.response.payloadData.length * 3) / 4));
    });
    if (profileTo) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await cdp.send('Profiler.start');
    }
    await page.goto(`${baseUrl}/w/${workshop.id}?debug`);
    await page.waitForFunction(() => (window as any).__bigBoard.marks.interactive !== null && (window as any).__bigBoard.marks.allNotes !== null, undefined, { timeout: 60_000 }).catch(async (error) => {
      const state = await page.evaluate(() => ({ marks: (window as any).__bigBoard.marks, shapes: (window as any).editor?.getCurrentPageShapeIds().size ?? null, notes: document.querySelectorAll('.tl-shape').length, sample: document.querySelector('.tl-shape')?.outerHTML.slice(0, 200), url: location.href }));
      await page.screenshot({ path: path.join(os.tmpdir(), 'bigboard-timeout.png') });
      throw new Error(`${error.message}; page state ${JSON.stringify(state)}; screenshot ${path.join(os.tmpdir(), 'bigboard-timeout.png')}`);
    });
    if (profileTo) {
      const { profile } = (await cdp.send('Profiler.stop')) as { profile: unknown };
      fs.writeFileSync(profileTo, JSON.stringify(profile));
    }
    const { marks, tasks, afterTasks } = (await page.evaluate(() => (window as any).__bigBoard)) as { marks: Record<string, number | null>; tasks: number[]; afterTasks: number[] };
    const open = marks.open ?? null;
    const since = (mark: number | null) => (mark === null || open === null ? null : Math.round(mark - open));
    return {
      firstNoteMs: since(marks.firstNote ?? null),
      allNotesMs: since(marks.allNotes ?? null),
      interactiveMs: since(marks.interactive ?? null),
      longestTaskMs: Math.round(Math.max(0, ...tasks)),
      longestTaskAfterInteractiveMs: Math.round(Math.max(0, ...afterTasks)),
      longTasksMs: Math.round(tasks.reduce((a, b) => a + b, 0)),
      syncFrames: frames.length,
      largestFrameBytes: Math.max(0, ...frames),
    };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length === 0 ? NaN : sorted[Math.floor((sorted.length - 1) / 2)]!;
};

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const dataDir = tempDataDir('canvas-bigboard-');
  const builds: { name: string; webDist?: string }[] = [{ name: 'this build', webDist: args.webDist }];
  if (args.peerWebDist) builds.push({ name: 'peer', webDist: args.peerWebDist });
  const servers: ServerProcess[] = [];
  const browser = await launchBrowser();
  const results: Record<string, OpenResult[]> = {};
  try {
    for (const build of builds) {
      servers.push(await startServer({ dataDir, env: { JOIN_RATE_LIMIT: '1000', CREATE_RATE_LIMIT: '1000', ...(build.webDist ? { WEB_DIST: build.webDist } : {}) } }));
      results[build.name] = [];
    }
    console.log(`bigboard: seeding ${args.notes} notes…`);
    const workshop = await seed(servers[0]!, args.notes);
    for (let rep = 0; rep < args.reps; rep++) {
      // Alternate which build goes first, so that neither always meets a warmer machine.
      const order = rep % 2 === 0 ? builds.map((_, i) => i) : builds.map((_, i) => builds.length - 1 - i);
      for (const i of order) {
        const build = builds[i]!;
        const profileTo = args.profile && rep === 0 ? path.join(args.out, `bigboard-${build.name.replace(/\W+/g, '-')}.cpuprofile`) : undefined;
        if (profileTo) fs.mkdirSync(args.out, { recursive: true });
        const result = await openOnce(browser, servers[i]!.url, workshop, args, profileTo);
        results[build.name]!.push(result);
        console.log(`${build.name} rep ${rep + 1}: ${JSON.stringify(result)}`);
      }
    }
  } finally {
    await browser.close();
    for (const server of servers) await server.kill();
  }
  const rows = Object.entries(results).map(([name, runs]) => {
    const pick = (key: keyof OpenResult) => median(runs.map((run) => (run[key] as number | null) ?? NaN));
    return { name, firstNoteMs: pick('firstNoteMs'), allNotesMs: pick('allNotesMs'), interactiveMs: pick('interactiveMs'), longestTaskMs: pick('longestTaskMs'), longestAfterMs: pick('longestTaskAfterInteractiveMs'), longTasksMs: pick('longTasksMs'), syncFrames: pick('syncFrames'), largestFrameBytes: pick('largestFrameBytes') };
  });
  const lines = [
    `Big board: ${args.notes} notes, ${args.reps} opens per build, ${args.viewport.width}×${args.viewport.height}, ${os.cpus().length} cores, load ${os.loadavg()[0]!.toFixed(2)}; medians, ms from the board socket's open.`,
    '',
    '| build | first note drawn | interactive | all notes in editor | longest task | longest task once interactive | long tasks total | sync frames | largest frame |',
    '|---|---|---|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r.name} | ${r.firstNoteMs} | ${r.interactiveMs} | ${r.allNotesMs} | ${r.longestTaskMs} | ${r.longestAfterMs} | ${r.longTasksMs} | ${r.syncFrames} | ${Math.round(r.largestFrameBytes / 1024)} KB |`),
  ];
  console.log(lines.join('\n'));
  fs.mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `bigboard-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(file, JSON.stringify({ args, results, rows }, null, 2));
  console.log(`written ${file}`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
