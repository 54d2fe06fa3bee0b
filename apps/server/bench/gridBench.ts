/**
 * `pnpm bench:grid [--quick] [--scenario load|open|both] [--groups 12] [--big-groups 30]
 *                  [--seconds 30] [--window 15] [--reps 3] [--notes 12]
 *                  [--profile] [--web-dist DIR] [--css '<extra CSS>'] [--ws-queue N]`
 *
 * Needs a build (`pnpm build`). `--profile` adds a CPU profile and a 5 s Chromium trace of the
 * facilitator page under load (first repetition), saved next to the JSON; `--web-dist` serves
 * another build of the web app (e.g. `vite build --minify false` for readable profiles); `--css`
 * injects CSS into the console to try a rendering fix without editing the app; `--ws-queue N`
 * lets at most N of the console's WebSockets connect at once (a window.WebSocket wrapper), to try
 * the connection-queue fix without editing the app.
 *
 * Benchmark (not a test) of the facilitator console's group grid, with the real built server
 * (`apps/server/dist/main.js`) on loopback, stock y-websocket clients as participants (4 per
 * group) and Debian's Chromium as the facilitator.
 *
 * Scenario "load" (default 12 groups): every participant edits at ~1 edit per 2–4 s (create a
 * note / rewrite a note / move a note) and moves its cursor at 2 Hz. In the facilitator page we
 * record requestAnimationFrame deltas, long tasks, pointer-input → next-frame latency, and for
 * every edit that carries a unique marker (`zq00042`) the time it shows up in a tile's SVG
 * (MutationObserver) — edit → tile latency.
 *
 * Scenario "open" (default 30 groups, boards seeded with 12…18 notes): time from navigation until
 * all tiles are present and each tile's post-it count is the real one, cold (nobody connected,
 * boards loaded from SQLite) and warm (participants connected and editing); the page's JS heap;
 * and the server's CPU/RSS with vs. without a console watching, plus the WebSocket traffic to and
 * from the facilitator page (CDP Network events).
 *
 * The open scenario also opens the same 30 sockets from a blank page, all at once and at most 6
 * pending at a time: Chromium throttles a renderer's pending WebSocket handshakes
 * (services/network/websocket_throttler.cc: delay = rand(1–5 s) × 2^min(pending, 16) / 65536).
 *
 * Each scenario runs `--reps` times against a fresh server and browser; the table shows medians of
 * the per-repetition figures. Results: bench-results/grid-<time>.json (+ the table on stdout).
 * Loopback only; every loop is bounded; the process exits by itself.
 */
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { YKeyValue } from 'y-utility/y-keyvalue';
import type * as Y from 'yjs';
import { api } from '../test/helpers/api.js';
import { launchBrowser } from '../test/helpers/browser.js';
import { connectBoard, type BoardClient } from '../test/helpers/clients.js';
import { noteRecord } from '../test/helpers/boardContent.js';
import { startServer, type ServerProcess } from '../test/helpers/serverProcess.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// Options

interface Args {
  quick: boolean;
  scenario: 'load' | 'open' | 'both';
  groups: number;
  bigGroups: number;
  seconds: number;
  windowS: number;
  reps: number;
  notes: number;
  profile: boolean;
  webDist?: string;
  /** Experiment: extra CSS injected into the console (the page's CSP is bypassed for it). */
  css?: string;
  /** Experiment: at most this many WebSockets connecting at once in the console (wraps window.WebSocket). */
  wsQueue?: number;
  out: string;
  viewport: { width: number; height: number };
}

function parseArgs(argv: string[]): Args {
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const quick = flag('quick');
  const num = (name: string, fallback: number, min: number, max: number) => {
    const raw = value(name);
    const n = raw === undefined ? fallback : Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new Error(`--${name} must be a number in ${min}…${max}`);
    return n;
  };
  const scenario = (value('scenario') ?? 'both') as Args['scenario'];
  if (!['load', 'open', 'both'].includes(scenario)) throw new Error('--scenario must be load, open or both');
  return {
    quick,
    scenario,
    groups: num('groups', 12, 1, 30),
    bigGroups: num('big-groups', 30, 1, 30),
    seconds: num('seconds', quick ? 10 : 30, 3, 600),
    windowS: num('window', quick ? 5 : 15, 2, 300),
    reps: num('reps', quick ? 1 : 3, 1, 10),
    notes: num('notes', 12, 0, 200),
    profile: flag('profile'),
    webDist: value('web-dist'),
    css: value('css'),
    wsQueue: value('ws-queue') === undefined ? undefined : num('ws-queue', 6, 1, 100),
    out: value('out') ?? path.resolve(here, '..', 'bench-results'),
    viewport: { width: 1600, height: 1000 },
  };
}

// ---------------------------------------------------------------------------------------------
// Statistics

function percentile(values: number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

function median(values: (number | null | undefined)[]): number | null {
  const v = values.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
  return percentile(v, 50);
}

function dist(values: number[]) {
  return {
    n: values.length,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max: values.length ? Math.max(...values) : null,
    mean: values.length ? values.reduce((a, b) => a + b, 0) / values.length : null,
  };
}
type Dist = ReturnType<typeof dist>;

// ---------------------------------------------------------------------------------------------
// Process and machine sampling (/proc)

const CLK_TCK = (() => {
  try {
    return Number(execSync('getconf CLK_TCK').toString().trim()) || 100;
  } catch {
    return 100;
  }
})();

function procTicks(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]); // utime + stime (fields 14 and 15)
}

function procRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) * 1024;
}

function machineTicks(): { busy: number; total: number } {
  const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0]!;
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/** Samples a process once a second; `window()` reports CPU% (of one core) and RSS since the last call. */
class ProcSampler {
  private timer: NodeJS.Timeout;
  private rss: number[] = [];
  private t0 = performance.now();
  private ticks0: number;
  private machine0 = machineTicks();
  constructor(private pid: number) {
    this.ticks0 = procTicks(pid);
    this.rss.push(procRss(pid));
    this.timer = setInterval(() => {
      try {
        this.rss.push(procRss(pid));
      } catch {
        /* exited */
      }
    }, 1000);
  }
  window() {
    const t1 = performance.now();
    const ticks1 = procTicks(this.pid);
    const machine1 = machineTicks();
    this.rss.push(procRss(this.pid));
    const seconds = (t1 - this.t0) / 1000;
    const result = {
      seconds,
      cpuPercent: ((ticks1 - this.ticks0) / CLK_TCK / seconds) * 100,
      rssMeanMB: this.rss.reduce((a, b) => a + b, 0) / this.rss.length / 2 ** 20,
      rssMaxMB: Math.max(...this.rss) / 2 ** 20,
      /** Whole machine (all cores, everyone's processes), for context: 100% = every core busy. */
      machineBusyPercent: ((machine1.busy - this.machine0.busy) / Math.max(1, machine1.total - this.machine0.total)) * 100,
    };
    this.t0 = t1;
    this.ticks0 = ticks1;
    this.machine0 = machine1;
    this.rss = [];
    return result;
  }
  stop() {
    clearInterval(this.timer);
  }
}
type ProcWindow = ReturnType<ProcSampler['window']>;

// ---------------------------------------------------------------------------------------------
// Participants: stock y-websocket clients writing tldraw note records as the web app stores them

interface OwnNote {
  id: string;
  x: number;
  y: number;
  text: string;
  createdAt: string;
}

interface EditRecord {
  key: string;
  kind: 'create' | 'text';
  group: number;
  sentAt: number;
}

const FRAME = { w: 1600, h: 1000 }; // the c1-needs template's frame


class Participant {
  client: BoardClient | null = null;
  kv: YKeyValue<any> | null = null;
  notes: OwnNote[] = [];
  private editTimer: NodeJS.Timeout | null = null;
  private cursorTimer: NodeJS.Timeout | null = null;
  private noteSeq = 0;
  private cursor = { x: 800, y: 500 };
  constructor(
    readonly group: number,
    readonly index: number,
    readonly boardId: string,
    readonly token: string,
    readonly name: string,
  ) {}

  async connect(wsUrl: string) {
    this.client = connectBoard(wsUrl, this.boardId, this.token);
    const ok = await Promise.race([this.client.synced.then(() => true), sleep(20_000).then(() => false)]);
    if (!ok) throw new Error(`participant ${this.name} did not sync`);
    this.kv = new YKeyValue<any>(this.client.doc.getArray('tldraw-records'));
  }

  get doc(): Y.Doc {
    return this.client!.doc;
  }

  writeOwn(note: OwnNote, updated: boolean) {
    this.kv!.set(`shape:${note.id}`, noteRecord({ ...note, author: this.name, updatedAt: updated ? new Date().toISOString() : undefined }));
  }

  seed(count: number) {
    this.doc.transact(() => {
      for (let i = 0; i < count; i++) {
        const note = this.newNote(`seed ${this.group}.${this.index}.${i} first idea`);
        this.notes.push(note);
        this.writeOwn(note, false);
      }
    });
  }

  private newNote(text: string): OwnNote {
    const id = `bench-g${this.group}-p${this.index}-n${this.noteSeq++}`;
    return { id, x: 40 + Math.random() * (FRAME.w - 300), y: 80 + Math.random() * (FRAME.h - 300), text, createdAt: new Date().toISOString() };
  }

  setPresence() {
    const now = Date.now();
    this.cursor.x = Math.max(0, Math.min(FRAME.w, this.cursor.x + (Math.random() - 0.5) * 200));
    this.cursor.y = Math.max(0, Math.min(FRAME.h, this.cursor.y + (Math.random() - 0.5) * 200));
    // The shape of the web app's awareness (packages/tldraw-yjs presence.ts): user + a tldraw instance_presence.
    this.client!.provider.awareness.setLocalState({
      user: { id: `bench-${this.group}-${this.index}`, name: this.name, color: '#1c7ed6' },
      presence: {
        id: 'instance_presence:local',
        typeName: 'instance_presence',
        userId: `user:bench-${this.group}-${this.index}`,
        userName: this.name,
        lastActivityTimestamp: now,
        color: '#1c7ed6',
        camera: { x: 0, y: 0, z: 0.8 },
        selectedShapeIds: [],
        currentPageId: 'page:page',
        brush: null,
        scribbles: [],
        screenBounds: { x: 0, y: 0, w: 1280, h: 800 },
        followingUserId: null,
        cursor: { x: this.cursor.x, y: this.cursor.y, type: 'default', rotation: 0 },
        chatMessage: '',
        meta: {},
      },
    });
  }

  /** Edits at one per 2–4 s and cursor updates at 2 Hz until `stop()`. */
  start(opts: { allowCreate: boolean; maxNotes: number; nextKey: () => string; onEdit: (e: EditRecord) => void }) {
    this.setPresence();
    this.cursorTimer = setInterval(() => this.setPresence(), 500);
    const schedule = () => {
      this.editTimer = setTimeout(() => {
        this.editOnce(opts);
        schedule();
      }, 2000 + Math.random() * 2000);
    };
    // Spread the first edits so that the participants do not all start in the same tick.
    this.editTimer = setTimeout(() => {
      this.editOnce(opts);
      schedule();
    }, Math.random() * 3000);
  }

  private editOnce(opts: { allowCreate: boolean; maxNotes: number; nextKey: () => string; onEdit: (e: EditRecord) => void }) {
    const r = Math.random();
    const canCreate = opts.allowCreate && this.notes.length < opts.maxNotes;
    if (this.notes.length === 0 || (canCreate && r < 0.5)) {
      if (!canCreate) return;
      const key = opts.nextKey();
      const note = this.newNote(`${key} idea`);
      this.notes.push(note);
      const sentAt = Date.now();
      this.writeOwn(note, false);
      opts.onEdit({ key, kind: 'create', group: this.group, sentAt });
    } else if (r < 0.75) {
      const note = this.notes[Math.floor(Math.random() * this.notes.length)]!;
      const key = opts.nextKey();
      note.text = `${key} idea`;
      const sentAt = Date.now();
      this.writeOwn(note, true);
      opts.onEdit({ key, kind: 'text', group: this.group, sentAt });
    } else {
      const note = this.notes[Math.floor(Math.random() * this.notes.length)]!;
      note.x = Math.max(0, Math.min(FRAME.w - 200, note.x + (Math.random() - 0.5) * 300));
      note.y = Math.max(0, Math.min(FRAME.h - 200, note.y + (Math.random() - 0.5) * 300));
      this.writeOwn(note, true);
    }
  }

  stop() {
    if (this.editTimer) clearTimeout(this.editTimer);
    if (this.cursorTimer) clearInterval(this.cursorTimer);
    this.editTimer = this.cursorTimer = null;
  }

  disconnect() {
    this.stop();
    this.client?.destroy();
    this.client = null;
    this.kv = null;
  }

  async flushed() {
    const ws = (this.client?.provider as unknown as { ws: { bufferedAmount: number } | null })?.ws;
    for (let i = 0; i < 100 && ws && ws.bufferedAmount > 0; i++) await sleep(20);
  }
}

// ---------------------------------------------------------------------------------------------
// Workshop set-up over REST

interface Setup {
  workshopId: string;
  facilitatorToken: string;
  boards: string[]; // group board of the current activity, in group order
  participants: Participant[];
}

async function createWorkshop(server: ServerProcess, groups: number): Promise<Setup> {
  const http = api(server.url);
  const created = await http.post('/api/workshops', { title: `Grid bench ${groups}`, activities: [{ templateId: 'c1-needs' }], groupCount: groups });
  if (created.status !== 200 && created.status !== 201) throw new Error(`create workshop: ${created.status} ${JSON.stringify(created.body)}`);
  const workshopId: string = created.body.workshop.id;
  const facilitatorToken: string = created.body.facilitatorToken;
  const groupIds: string[] = created.body.workshop.groups.map((g: { id: string }) => g.id);
  const view = (await http.get(`/api/workshops/${workshopId}`, facilitatorToken)).body;
  const boards = groupIds.map((groupId) => {
    const board = view.boards.find((b: any) => b.kind === 'group' && b.groupId === groupId);
    if (!board) throw new Error(`no board for group ${groupId}`);
    return board.id as string;
  });
  const participants: Participant[] = [];
  for (let g = 0; g < groups; g++) {
    for (let i = 0; i < 4; i++) {
      const name = `G${g + 1} member ${i + 1}`;
      const joined = await http.post(`/api/workshops/${workshopId}/join`, { displayName: name, groupId: groupIds[g] });
      if (!joined.body?.token) throw new Error(`join: ${joined.status} ${JSON.stringify(joined.body)}`);
      participants.push(new Participant(g, i, boards[g]!, joined.body.token, name));
    }
  }
  return { workshopId, facilitatorToken, boards, participants };
}

async function connectAll(server: ServerProcess, participants: Participant[]) {
  // A few at a time: 120 simultaneous handshakes are not what we measure here.
  for (let i = 0; i < participants.length; i += 8) {
    await Promise.all(participants.slice(i, i + 8).map((p) => p.connect(server.wsUrl)));
  }
}

// ---------------------------------------------------------------------------------------------
// The facilitator page and its in-page instrumentation

/** Plain JS (not a function): tsx/esbuild helpers such as __name must not leak into the page. */
export function instrumentation(expected: Record<string, number>): string {
  return `(() => {
  if (window.__bench) return;
  const EXPECTED = ${JSON.stringify(expected)};
  const EXPECTED_N = ${Object.keys(expected).length};
  const B = window.__bench = { frames: [], longtasks: [], seen: {}, seenPaint: {}, input: [], marks: {} };
  let last = 0;
  const loop = (t) => { if (last) B.frames.push([t, t - last]); last = t; requestAnimationFrame(loop); };
  requestAnimationFrame(loop);
  try {
    new PerformanceObserver((list) => { for (const e of list.getEntries()) B.longtasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
  } catch (e) { B.longtaskError = String(e); }
  addEventListener('pointermove', (e) => {
    const start = performance.now();
    const queued = start - e.timeStamp;
    requestAnimationFrame(() => B.input.push([start, queued, performance.now() - e.timeStamp]));
  }, { capture: true, passive: true });
  const re = /zq\\d{5}/g;
  let pending = [];
  const note = (text, now) => {
    if (!text || text.indexOf('zq') < 0) return;
    const m = text.match(re);
    if (!m) return;
    for (const k of m) if (!(k in B.seen)) { B.seen[k] = now; pending.push(k); }
  };
  const check = () => {
    if (!B.marks.grid && document.querySelector('[data-testid="group-grid"]')) B.marks.grid = performance.now();
    const tiles = document.querySelectorAll('[data-testid="tile"]');
    if (tiles.length > 0 && !B.marks.firstTile) B.marks.firstTile = performance.now();
    if (tiles.length < EXPECTED_N) return;
    if (!B.marks.allTiles) B.marks.allTiles = performance.now();
    let ok = 0;
    for (const t of tiles) {
      const want = EXPECTED[t.getAttribute('data-board')];
      const c = t.querySelector('[data-testid="tile-count"]');
      if (c && want !== undefined && c.textContent === want + ' post-its') ok++;
    }
    B.marks.countsRight = ok;
    if (ok < EXPECTED_N) return;
    B.marks.complete = performance.now();
    requestAnimationFrame(() => { B.marks.completePainted = performance.now(); });
  };
  const mo = new MutationObserver((records) => {
    const now = Date.now();
    for (const r of records) {
      if (r.type === 'characterData') note(r.target.data, now);
      else for (const n of r.addedNodes) note(n.textContent, now);
    }
    if (pending.length) {
      const keys = pending; pending = [];
      requestAnimationFrame(() => { const t = Date.now(); for (const k of keys) B.seenPaint[k] = t; });
    }
    if (!B.marks.complete) check();
  });
  mo.observe(document, { subtree: true, childList: true, characterData: true });
})();`;
}

/**
 * Experiment for the proposed fix: a window.WebSocket stand-in that lets at most `limit` sockets
 * be in the CONNECTING state at once (the rest wait in a queue). It covers what y-websocket's
 * client uses: binaryType, on{open,message,close,error}, send, close, readyState, OPEN.
 */
function wsQueueScript(limit: number): string {
  return `(() => {
  const Native = window.WebSocket;
  const limit = ${limit};
  let connecting = 0;
  const queue = [];
  const pump = () => { while (connecting < limit && queue.length) queue.shift()._start(); };
  class QueuedWebSocket extends EventTarget {
    constructor(url, protocols) {
      super();
      this.url = String(url); this._protocols = protocols; this._ws = null; this._bt = 'blob'; this._state = 0;
      this.onopen = this.onmessage = this.onclose = this.onerror = null;
      queue.push(this); pump();
    }
    _start() {
      const ws = this._ws = this._protocols === undefined ? new Native(this.url) : new Native(this.url, this._protocols);
      ws.binaryType = this._bt;
      connecting++;
      let released = false;
      const release = () => { if (!released) { released = true; connecting--; pump(); } };
      ws.onopen = (e) => { release(); this.onopen && this.onopen(e); };
      ws.onmessage = (e) => { this.onmessage && this.onmessage(e); };
      ws.onerror = (e) => { this.onerror && this.onerror(e); };
      ws.onclose = (e) => { release(); this.onclose && this.onclose(e); };
    }
    get readyState() { return this._ws ? this._ws.readyState : this._state; }
    get binaryType() { return this._bt; }
    set binaryType(v) { this._bt = v; if (this._ws) this._ws.binaryType = v; }
    get bufferedAmount() { return this._ws ? this._ws.bufferedAmount : 0; }
    get protocol() { return this._ws ? this._ws.protocol : ''; }
    send(data) { if (!this._ws) throw new DOMException('still queued', 'InvalidStateError'); this._ws.send(data); }
    close(code, reason) {
      if (this._ws) return this._ws.close(code, reason);
      const i = queue.indexOf(this); if (i >= 0) queue.splice(i, 1);
      this._state = 3;
      setTimeout(() => this.onclose && this.onclose({ code: 1000, reason: '', wasClean: true }), 0);
    }
  }
  for (const [k, v] of Object.entries({ CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 })) { QueuedWebSocket[k] = v; QueuedWebSocket.prototype[k] = v; }
  window.WebSocket = QueuedWebSocket;
})();`;
}

interface PageData {
  frames: [number, number][];
  longtasks: [number, number][];
  seen: Record<string, number>;
  seenPaint: Record<string, number>;
  input: [number, number, number][];
  marks: Record<string, number>;
}

interface WsCounter {
  /** byType: y-websocket message type (first varuint: 0 sync, 1 awareness, 2 auth, 3 query awareness). */
  received: { frames: number; bytes: number; byType: Record<string, number> };
  sent: { frames: number; bytes: number; byType: Record<string, number> };
  sockets: number;
}

function messageType(response: { opcode: number; payloadData: string }): string {
  if (response.opcode !== 2) return 'text';
  const first = Buffer.from(response.payloadData.slice(0, 4), 'base64')[0];
  return first === 0 ? 'sync' : first === 1 ? 'awareness' : String(first);
}

function payloadBytes(response: { opcode: number; payloadData: string }): number {
  if (response.opcode !== 2) return Buffer.byteLength(response.payloadData);
  const s = response.payloadData;
  return Math.floor((s.length * 3) / 4) - (s.endsWith('==') ? 2 : s.endsWith('=') ? 1 : 0);
}

class Facilitator {
  context!: BrowserContext;
  page!: Page;
  cdp!: CDPSession;
  ws: WsCounter = { received: { frames: 0, bytes: 0, byType: {} }, sent: { frames: 0, bytes: 0, byType: {} }, sockets: 0 };
  navStartWall = 0;
  expected: Record<string, number> = {};
  consoleErrors: string[] = [];
  loadTimeline: Record<string, unknown> = {};
  sockets = new Map<string, { url: string; created: number; request?: number; open?: number; firstFrame?: number; closed?: number }>();

  static async open(browser: Browser, server: ServerProcess, setup: Setup, expected: Record<string, number>, args: Args): Promise<Facilitator> {
    const f = new Facilitator();
    f.expected = expected;
    f.context = await browser.newContext({ viewport: args.viewport, ...(args.css ? { bypassCSP: true } : {}) });
    await f.context.addInitScript({ content: instrumentation(expected) });
    if (args.wsQueue) await f.context.addInitScript({ content: wsQueueScript(args.wsQueue) });
    if (args.css) {
      await f.context.addInitScript({
        content: `document.addEventListener('DOMContentLoaded', () => { const s = document.createElement('style'); s.textContent = ${JSON.stringify(args.css)}; document.head.appendChild(s); });`,
      });
    }
    f.page = await f.context.newPage();
    f.page.on('console', (msg) => {
      if ((msg.type() === 'error' || msg.type() === 'warning') && f.consoleErrors.length < 50) f.consoleErrors.push(msg.text());
    });
    f.page.on('pageerror', (error) => f.consoleErrors.length < 50 && f.consoleErrors.push(String(error)));
    f.cdp = await f.context.newCDPSession(f.page);
    await f.cdp.send('Network.enable');
    await f.cdp.send('Performance.enable', { timeDomain: 'timeTicks' });
    // Per-socket timeline (ms since navigation start, wall clock): created, 101, first frame, closed.
    const t = () => Date.now() - f.navStartWall;
    f.cdp.on('Network.webSocketCreated', (e: any) => {
      f.ws.sockets++;
      f.sockets.set(e.requestId, { url: String(e.url).replace(/\?.*$/, '').replace(/^.*\/sync\//, ''), created: t() });
    });
    f.cdp.on('Network.webSocketWillSendHandshakeRequest', (e: any) => {
      const s = f.sockets.get(e.requestId);
      if (s) s.request = t();
    });
    f.cdp.on('Network.webSocketHandshakeResponseReceived', (e: any) => {
      const s = f.sockets.get(e.requestId);
      if (s) s.open = t();
    });
    f.cdp.on('Network.webSocketFrameReceived', (e: any) => {
      const s = f.sockets.get(e.requestId);
      if (s && s.firstFrame === undefined) s.firstFrame = t();
    });
    f.cdp.on('Network.webSocketClosed', (e: any) => {
      const s = f.sockets.get(e.requestId);
      if (s) s.closed = t();
    });
    f.cdp.on('Network.webSocketFrameReceived', (e: any) => {
      f.ws.received.frames++;
      f.ws.received.bytes += payloadBytes(e.response);
      const type = messageType(e.response);
      f.ws.received.byType[type] = (f.ws.received.byType[type] ?? 0) + 1;
    });
    f.cdp.on('Network.webSocketFrameSent', (e: any) => {
      f.ws.sent.frames++;
      f.ws.sent.bytes += payloadBytes(e.response);
      const type = messageType(e.response);
      f.ws.sent.byType[type] = (f.ws.sent.byType[type] ?? 0) + 1;
    });
    f.navStartWall = Date.now();
    await f.page.goto(`${server.url}/f/${setup.workshopId}#key=${encodeURIComponent(setup.facilitatorToken)}`);
    return f;
  }

  /** ms from navigation start until every tile is there with its real count (null on timeout). */
  async gridComplete(timeoutMs = 30_000): Promise<{ marks: Record<string, number>; completeMs: number | null }> {
    // Polled with evaluate: waitForFunction(string) needs eval, which the app's CSP forbids.
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
      const done = await this.page.evaluate('Boolean(window.__bench && window.__bench.marks.completePainted)').catch(() => false);
      if (done) break;
      await sleep(100);
    }
    const marks = (await this.page.evaluate('window.__bench.marks')) as Record<string, number>;
    // Where the time before the sockets goes: navigation timing and the app's own requests.
    this.loadTimeline = (await this.page.evaluate(`(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const out = { responseEnd: nav && nav.responseEnd, domContentLoaded: nav && nav.domContentLoadedEventEnd, load: nav && nav.loadEventEnd, resources: [] };
      for (const r of performance.getEntriesByType('resource')) {
        if (/[.](js|css)$/.test(r.name) || r.name.includes('/api/')) out.resources.push({ name: r.name.replace(location.origin, '').replace(/token=[^&]+/, 'token=…'), start: Math.round(r.startTime), end: Math.round(r.responseEnd), kB: Math.round((r.encodedBodySize || 0) / 1024) });
      }
      return out;
    })()`)) as Record<string, unknown>;
    if (marks.completePainted === undefined) {
      const shown = await this.page.evaluate(
        `[...document.querySelectorAll('[data-testid="tile"]')].map((t) => t.getAttribute('data-board') + ' ' + t.querySelector('[data-testid="tile-count"]')?.textContent)`,
      );
      if (process.env.GRID_DEBUG) {
        await this.page.screenshot({ path: '/tmp/gridbench-debug.png' });
        console.error((await this.page.evaluate(`document.querySelector('[data-testid="tile"]')?.outerHTML`) as string)?.slice(0, 3000));
        console.error(await this.page.evaluate(`JSON.stringify(window.__bench.marks)`));
      }
      console.error(`grid not complete after ${timeoutMs} ms; tiles: ${JSON.stringify(shown)}; expected ${JSON.stringify(this.expected)}; page console: ${JSON.stringify(this.consoleErrors.slice(0, 10))}`);
    }
    return { marks, completeMs: marks.completePainted ?? null };
  }

  async now(): Promise<number> {
    return (await this.page.evaluate('performance.now()')) as number;
  }

  async metrics(gc = false): Promise<Record<string, number>> {
    if (gc) await this.cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = (await this.cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    return Object.fromEntries(metrics.map((m) => [m.name, m.value]));
  }

  async data(): Promise<PageData> {
    return JSON.parse((await this.page.evaluate('JSON.stringify(window.__bench)')) as string);
  }

  /** When the page's WebSockets were created / got their 101 / their first frame (ms after navigation). */
  socketTimeline() {
    const list = [...this.sockets.values()].sort((a, b) => a.created - b.created);
    const pick = (k: 'created' | 'request' | 'open' | 'firstFrame') => list.map((s) => s[k]).filter((x): x is number => x !== undefined);
    const summary = (xs: number[]) => ({ n: xs.length, first: xs.length ? Math.min(...xs) : null, median: percentile(xs, 50), last: xs.length ? Math.max(...xs) : null });
    return { created: summary(pick('created')), request: summary(pick('request')), open: summary(pick('open')), firstFrame: summary(pick('firstFrame')), closedEarly: list.filter((s) => s.closed !== undefined).length, list };
  }

  snapshotWs(): WsCounter {
    return JSON.parse(JSON.stringify(this.ws));
  }

  async close() {
    await this.context.close().catch(() => {});
  }
}

/** Moves the mouse over the grid every 100 ms (input → next frame is measured in the page). */
function mouseDriver(page: Page, viewport: { width: number; height: number }) {
  let running = true;
  const rtt: number[] = [];
  const done = (async () => {
    for (let i = 0; running && i < 100_000; i++) {
      const x = 50 + Math.random() * (viewport.width - 100);
      const y = 150 + Math.random() * (viewport.height - 200);
      const t0 = performance.now();
      await page.mouse.move(x, y).catch(() => {});
      rtt.push(performance.now() - t0);
      await sleep(100);
    }
  })();
  return {
    rtt,
    async stop() {
      running = false;
      await done;
    },
  };
}

function windowOf<T extends unknown[]>(rows: T[], from: number, to: number): T[] {
  return rows.filter((r) => (r[0] as number) >= from && (r[0] as number) < to);
}

function frameStats(frames: [number, number][], longtasks: [number, number][], input: [number, number, number][], from: number, to: number) {
  const deltas = windowOf(frames, from, to).map((f) => f[1]);
  const lts = windowOf(longtasks, from, to);
  const seconds = (to - from) / 1000;
  const inp = windowOf(input, from, to);
  return {
    seconds,
    fps: deltas.length / seconds,
    frameMs: dist(deltas),
    framesOver50ms: deltas.filter((d) => d > 50).length,
    longTasks: { count: lts.length, perSecond: lts.length / seconds, totalMs: lts.reduce((a, l) => a + l[1], 0), maxMs: lts.length ? Math.max(...lts.map((l) => l[1])) : 0, busyPercent: (lts.reduce((a, l) => a + l[1], 0) / (to - from)) * 100 },
    inputQueueMs: dist(inp.map((i) => i[1])),
    inputToFrameMs: dist(inp.map((i) => i[2])),
  };
}

function mainThread(before: Record<string, number>, after: Record<string, number>, seconds: number) {
  const d = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) / seconds;
  return {
    taskPercent: d('TaskDuration') * 100,
    scriptPercent: d('ScriptDuration') * 100,
    layoutPercent: d('LayoutDuration') * 100,
    stylePercent: d('RecalcStyleDuration') * 100,
  };
}

function wsRate(a: WsCounter, b: WsCounter, seconds: number) {
  return {
    receivedMsgPerS: (b.received.frames - a.received.frames) / seconds,
    receivedKBPerS: (b.received.bytes - a.received.bytes) / 1024 / seconds,
    sentMsgPerS: (b.sent.frames - a.sent.frames) / seconds,
    sentKBPerS: (b.sent.bytes - a.sent.bytes) / 1024 / seconds,
    receivedAwarenessShare: (b.received.byType.awareness! - (a.received.byType.awareness ?? 0)) / Math.max(1, b.received.frames - a.received.frames),
    sentAwarenessShare: (b.sent.byType.awareness! - (a.sent.byType.awareness ?? 0)) / Math.max(1, b.sent.frames - a.sent.frames),
    sockets: b.sockets,
  };
}

function latencies(edits: EditRecord[], data: PageData) {
  const dom: number[] = [];
  const paint: number[] = [];
  let missing = 0;
  for (const e of edits) {
    const seen = data.seen[e.key];
    if (seen === undefined) {
      missing++;
      continue;
    }
    dom.push(seen - e.sentAt);
    const painted = data.seenPaint[e.key];
    if (painted !== undefined) paint.push(painted - e.sentAt);
  }
  return { edits: edits.length, missing, domMs: dist(dom), paintMs: dist(paint), raw: paint.length ? paint : dom };
}

const mb = (bytes: number | undefined) => (bytes ?? 0) / 2 ** 20;

// ---------------------------------------------------------------------------------------------
// CPU profile (optional): top self time

async function profileSummary(cdp: CDPSession, file: string) {
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: any };
  fs.writeFileSync(file, JSON.stringify(profile));
  const byId = new Map<number, any>(profile.nodes.map((n: any) => [n.id, n]));
  const self = new Map<number, number>();
  const dt: number[] = profile.timeDeltas;
  profile.samples.forEach((id: number, i: number) => self.set(id, (self.get(id) ?? 0) + (dt[i + 1] ?? 0)));
  const agg = new Map<string, number>();
  let total = 0;
  for (const [id, us] of self) {
    const n = byId.get(id);
    const cf = n.callFrame;
    const key = `${cf.functionName || '(anonymous)'} ${cf.url ? path.basename(cf.url) : ''}:${cf.lineNumber + 1}:${cf.columnNumber + 1}`;
    agg.set(key, (agg.get(key) ?? 0) + us);
    total += us;
  }
  return {
    file,
    totalMs: total / 1000,
    top: [...agg.entries()].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([fn, us]) => ({ fn, ms: Math.round(us / 100) / 10, percent: Math.round((us / total) * 1000) / 10 })),
  };
}

/** A few seconds of Chromium trace (devtools.timeline) on the renderer main thread, inclusive ms per event name. */
async function traceSummary(browser: Browser, page: Page, seconds: number, file: string) {
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'] });
  await sleep(seconds * 1000);
  const buffer = await browser.stopTracing();
  fs.writeFileSync(file, buffer);
  const events: any[] = JSON.parse(buffer.toString()).traceEvents ?? [];
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && events.some((x) => x.pid === e.pid && x.name === 'FunctionCall'));
  const sums = new Map<string, { ms: number; count: number }>();
  for (const e of events) {
    if (!main || e.pid !== main.pid || e.tid !== main.tid || e.ph !== 'X' || typeof e.dur !== 'number') continue;
    const entry = sums.get(e.name) ?? { ms: 0, count: 0 };
    entry.ms += e.dur / 1000;
    entry.count++;
    sums.set(e.name, entry);
  }
  return {
    file,
    seconds,
    inclusiveMsByEvent: [...sums.entries()].sort((a, b) => b[1].ms - a[1].ms).slice(0, 25).map(([name, v]) => ({ name, ms: Math.round(v.ms), count: v.count })),
  };
}

// ---------------------------------------------------------------------------------------------
// WebSocket opening experiment: the same sockets the grid opens, all at once vs. a few at a time

/**
 * In a fresh page on the server's origin, opens one raw WebSocket per board with the facilitator's
 * credential, at most `concurrency` pending at once, and reports when each received its first
 * frame (ms). Shows what Chromium's per-renderer WebSocket throttle does to 30 simultaneous opens.
 */
async function wsOpenExperiment(browser: Browser, server: ServerProcess, boards: string[], token: string, concurrency: number) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.url}/api/health`);
    const urls = boards.map((b) => `${server.wsUrl}/sync/${b}?token=${encodeURIComponent(token)}`);
    const times = (await page.evaluate(`(async () => {
      const urls = ${JSON.stringify(urls)};
      const concurrency = ${concurrency};
      const t0 = performance.now();
      const times = new Array(urls.length).fill(null);
      const sockets = [];
      let next = 0, done = 0;
      await Promise.race([
        new Promise((resolveAll) => {
          const finish = (i, t) => {
            if (times[i] !== null) return;
            times[i] = t; done++;
            if (done === urls.length) resolveAll(); else startOne();
          };
          const startOne = () => {
            if (next >= urls.length) return;
            const i = next++;
            const ws = new WebSocket(urls[i]);
            ws.binaryType = 'arraybuffer';
            sockets.push(ws);
            ws.onmessage = () => finish(i, performance.now() - t0);
            ws.onclose = () => finish(i, -1);
          };
          for (let k = 0; k < Math.min(concurrency, urls.length); k++) startOne();
        }),
        new Promise((r) => setTimeout(r, 20000)),
      ]);
      for (const ws of sockets) ws.close();
      return times;
    })()`)) as (number | null)[];
    const ok = times.filter((t): t is number => t !== null && t >= 0);
    return { concurrency: Math.min(concurrency, boards.length), sockets: boards.length, failed: times.length - ok.length, allFirstFrameMs: ok.length === times.length ? Math.max(...ok) : null, medianMs: percentile(ok, 50) };
  } finally {
    await context.close().catch(() => {});
  }
}

// ---------------------------------------------------------------------------------------------
// Scenarios

const SERVER_ENV = (args: Args): Record<string, string> => ({
  CREATE_RATE_LIMIT: '100000',
  JOIN_RATE_LIMIT: '100000',
  // A benchmark creates many workshops and joins from one address (docs/security.md, Limits).
  WORKSHOPS_PER_ADDRESS_PER_DAY: '100000',
  MAX_GROUPS_PER_WORKSHOP: '1000',
  MAX_PARTICIPANTS_PER_WORKSHOP: '10000',
  LOG_LEVEL: 'warn',
  EVICT_AFTER_MS: '1000', // the production default (the test helper uses 200)
  ...(args.webDist ? { WEB_DIST: path.resolve(args.webDist) } : {}),
});

function keyFactory() {
  let seq = 0;
  return () => `zq${String(seq++).padStart(5, '0')}`;
}

async function runLoad(args: Args, rep: number) {
  const groups = args.groups;
  const server = await startServer({ env: SERVER_ENV(args) });
  const browser = await launchBrowser();
  const serverPid = server.child.pid!;
  let facilitator: Facilitator | null = null;
  const setup = await createWorkshop(server, groups);
  try {
    await connectAll(server, setup.participants);
    const perParticipant = Math.ceil(args.notes / 4);
    for (const p of setup.participants) p.seed(perParticipant);
    await Promise.all(setup.participants.map((p) => p.flushed()));
    await sleep(500);
    const expected = Object.fromEntries(setup.boards.map((b) => [b, perParticipant * 4]));

    facilitator = await Facilitator.open(browser, server, setup, expected, args);
    const open = await facilitator.gridComplete();
    await sleep(2000);

    // Baseline: console open, nobody moving.
    const sampler = new ProcSampler(serverPid);
    const b0 = await facilitator.now();
    await sleep(3000);
    const b1 = await facilitator.now();
    const serverIdle = sampler.window();

    // Load.
    const edits: EditRecord[] = [];
    const nextKey = keyFactory();
    const m0 = await facilitator.metrics();
    const ws0 = facilitator.snapshotWs();
    if (args.profile && rep === 0) {
      await facilitator.cdp.send('Profiler.enable');
      await facilitator.cdp.send('Profiler.setSamplingInterval', { interval: 500 });
      await facilitator.cdp.send('Profiler.start');
    }
    const l0 = await facilitator.now();
    for (const p of setup.participants) p.start({ allowCreate: true, maxNotes: perParticipant + 12, nextKey, onEdit: (e) => edits.push(e) });
    const mouse = mouseDriver(facilitator.page, args.viewport);
    await sleep(args.seconds * 1000);
    for (const p of setup.participants) p.stop();
    const l1 = await facilitator.now();
    const serverLoad = sampler.window();
    const ws1 = facilitator.snapshotWs();
    const m1 = await facilitator.metrics();
    let profile = null;
    let trace = null;
    if (args.profile && rep === 0) {
      fs.mkdirSync(args.out, { recursive: true });
      profile = await profileSummary(facilitator.cdp, path.join(args.out, `grid-load-${groups}g-${stamp}.cpuprofile`));
      // Load still running (participants stopped below): 5 s of trace for where the main thread goes.
      for (const p of setup.participants) p.start({ allowCreate: true, maxNotes: perParticipant + 12, nextKey, onEdit: () => {} });
      trace = await traceSummary(browser, facilitator.page, 5, path.join(args.out, `grid-load-${groups}g-${stamp}.trace.json`));
      for (const p of setup.participants) p.stop();
    }
    await mouse.stop();
    await sleep(3000); // let the last edits reach the tiles
    sampler.stop();
    const data = await facilitator.data();
    const heap = await facilitator.metrics();
    const heapAfterGc = await facilitator.metrics(true);
    const lat = latencies(edits, data);
    return {
      rep,
      groups,
      participants: setup.participants.length,
      seededNotesPerBoard: perParticipant * 4,
      openMs: open.completeMs,
      openMarks: open.marks,
      openSockets: facilitator.socketTimeline(),
      idle: frameStats(data.frames, data.longtasks, data.input, b0, b1),
      load: frameStats(data.frames, data.longtasks, data.input, l0, l1),
      mainThread: mainThread(m0, m1, (l1 - l0) / 1000),
      editToTile: { edits: lat.edits, missing: lat.missing, domMs: lat.domMs, paintMs: lat.paintMs },
      editToTileRawMs: lat.raw,
      mouseRttMs: dist(mouse.rtt),
      ws: wsRate(ws0, ws1, (l1 - l0) / 1000),
      heapMB: { used: mb(heap.JSHeapUsedSize), total: mb(heap.JSHeapTotalSize), usedAfterGc: mb(heapAfterGc.JSHeapUsedSize) },
      domNodes: heap.Nodes,
      server: { idle: serverIdle, load: serverLoad },
      profile,
      trace,
    };
  } finally {
    await facilitator?.close();
    for (const p of setup.participants) p.disconnect();
    await browser.close().catch(() => {});
    await server.kill();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
}

async function runOpen(args: Args, rep: number) {
  const groups = args.bigGroups;
  const server = await startServer({ env: SERVER_ENV(args) });
  const browser = await launchBrowser();
  const serverPid = server.child.pid!;
  const setup = await createWorkshop(server, groups);
  const facilitators: Facilitator[] = [];
  try {
    // Seed: board i gets 12 + (i mod 7) notes by default (distinct counts, so a wrong tile shows).
    await connectAll(server, setup.participants);
    const expected: Record<string, number> = {};
    setup.boards.forEach((board, g) => {
      const total = args.notes + (g % 7);
      expected[board] = total;
      const members = setup.participants.filter((p) => p.group === g);
      members.forEach((p, i) => p.seed(Math.floor(total / 4) + (i < total % 4 ? 1 : 0)));
    });
    await Promise.all(setup.participants.map((p) => p.flushed()));
    await sleep(500);

    // Cold: nobody connected, boards evicted (EVICT_AFTER_MS=1000) — the console loads them from SQLite.
    for (const p of setup.participants) p.disconnect();
    await sleep(3000);
    const cold = await Facilitator.open(browser, server, setup, expected, args);
    facilitators.push(cold);
    const coldOpen = await cold.gridComplete();
    const coldSockets = cold.socketTimeline();
    await sleep(2000);
    const coldHeap = await cold.metrics(true);
    await cold.close();
    await sleep(2000);

    // Why the cold open takes what it takes: the same sockets, opened all at once vs. 6 at a time.
    const wsAllAtOnce = await wsOpenExperiment(browser, server, setup.boards, setup.facilitatorToken, 1000);
    await sleep(1000);
    const wsSixAtATime = await wsOpenExperiment(browser, server, setup.boards, setup.facilitatorToken, 6);
    await sleep(1000);

    // Warm: everyone connected and working (rewrites and moves; no new notes, so counts stay known).
    await connectAll(server, setup.participants);
    const edits: EditRecord[] = [];
    const nextKey = keyFactory();
    for (const p of setup.participants) p.start({ allowCreate: false, maxNotes: 0, nextKey, onEdit: (e) => edits.push(e) });
    await sleep(3000);
    const sampler = new ProcSampler(serverPid);
    await sleep(args.windowS * 1000);
    const serverWithout = sampler.window();

    const openStartWall = Date.now();
    const warm = await Facilitator.open(browser, server, setup, expected, args);
    facilitators.push(warm);
    const warmOpen = await warm.gridComplete();
    const warmSockets = warm.socketTimeline();
    const openEdits = edits.length;
    await sleep(3000);
    sampler.window(); // discard the opening seconds
    const m0 = await warm.metrics();
    const ws0 = warm.snapshotWs();
    const w0 = await warm.now();
    const mouse = mouseDriver(warm.page, args.viewport);
    await sleep(args.windowS * 1000);
    const w1 = await warm.now();
    const serverWith = sampler.window();
    const ws1 = warm.snapshotWs();
    const m1 = await warm.metrics();
    await mouse.stop();
    for (const p of setup.participants) p.stop();
    await sleep(3000);
    sampler.stop();
    const data = await warm.data();
    const heap = await warm.metrics();
    const heapAfterGc = await warm.metrics(true);
    // Latency only for edits sent after the grid was complete.
    const completeWall = warmOpen.completeMs !== null ? warm.navStartWall + warmOpen.completeMs : openStartWall;
    const lat = latencies(edits.slice(openEdits).filter((e) => e.sentAt > completeWall), data);
    return {
      rep,
      groups,
      participants: setup.participants.length,
      notesPerBoard: `${args.notes}…${args.notes + Math.min(6, groups - 1)}`,
      coldOpenMs: coldOpen.completeMs,
      coldOpenMarks: coldOpen.marks,
      coldSockets,
      coldLoadTimeline: cold.loadTimeline,
      wsExperiment: { allAtOnce: wsAllAtOnce, sixAtATime: wsSixAtATime },
      coldHeapMB: mb(coldHeap.JSHeapUsedSize),
      warmOpenMs: warmOpen.completeMs,
      warmOpenMarks: warmOpen.marks,
      warmSockets,
      watching: frameStats(data.frames, data.longtasks, data.input, w0, w1),
      mainThread: mainThread(m0, m1, (w1 - w0) / 1000),
      editToTile: { edits: lat.edits, missing: lat.missing, domMs: lat.domMs, paintMs: lat.paintMs },
      editToTileRawMs: lat.raw,
      ws: wsRate(ws0, ws1, (w1 - w0) / 1000),
      heapMB: { used: mb(heap.JSHeapUsedSize), total: mb(heap.JSHeapTotalSize), usedAfterGc: mb(heapAfterGc.JSHeapUsedSize) },
      domNodes: heap.Nodes,
      server: { withoutConsole: serverWithout, withConsole: serverWith },
    };
  } finally {
    for (const f of facilitators) await f.close();
    for (const p of setup.participants) p.disconnect();
    await browser.close().catch(() => {});
    await server.kill();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------------------------------------
// Report

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const f0 = (v: number | null | undefined, digits = 0) => (v === null || v === undefined || !Number.isFinite(v) ? '—' : v.toFixed(digits));

function pooled(values: number[][]): Dist {
  return dist(values.flat());
}

function markdown(args: Args, load: Awaited<ReturnType<typeof runLoad>>[], open: Awaited<ReturnType<typeof runOpen>>[]): string {
  const lines: string[] = [];
  const row = (cells: string[]) => lines.push(`| ${cells.join(' | ')} |`);
  const m = <T>(xs: T[], pick: (x: T) => number | null | undefined) => median(xs.map(pick));
  if (load.length) {
    const lat = pooled(load.map((r) => r.editToTileRawMs));
    lines.push(`### Load: ${args.groups} groups × 4 participants + facilitator, ${args.seconds} s, ${load.length} rep(s) (medians of reps)`, '');
    row(['metric', 'p50', 'p95', 'p99', 'max / other']);
    row(['---', '---', '---', '---', '---']);
    row(['edit → tile, DOM (ms)', f0(m(load, (r) => r.editToTile.domMs.p50)), f0(m(load, (r) => r.editToTile.domMs.p95)), f0(m(load, (r) => r.editToTile.domMs.p99)), `max ${f0(m(load, (r) => r.editToTile.domMs.max))}`]);
    row(['edit → tile, next frame (ms)', f0(m(load, (r) => r.editToTile.paintMs.p50)), f0(m(load, (r) => r.editToTile.paintMs.p95)), f0(m(load, (r) => r.editToTile.paintMs.p99)), `max ${f0(m(load, (r) => r.editToTile.paintMs.max))}`]);
    row(['edit → tile, next frame, pooled (ms)', f0(lat.p50), f0(lat.p95), f0(lat.p99), `n=${lat.n}, missing ${load.reduce((a, r) => a + r.editToTile.missing, 0)}`]);
    row(['frame delta under load (ms)', f0(m(load, (r) => r.load.frameMs.p50), 1), f0(m(load, (r) => r.load.frameMs.p95), 1), f0(m(load, (r) => r.load.frameMs.p99), 1), `max ${f0(m(load, (r) => r.load.frameMs.max))}, ${f0(m(load, (r) => r.load.fps), 1)} fps`]);
    row(['frame delta idle baseline (ms)', f0(m(load, (r) => r.idle.frameMs.p50), 1), f0(m(load, (r) => r.idle.frameMs.p95), 1), f0(m(load, (r) => r.idle.frameMs.p99), 1), `${f0(m(load, (r) => r.idle.fps), 1)} fps`]);
    row(['input → next frame (ms)', f0(m(load, (r) => r.load.inputToFrameMs.p50), 1), f0(m(load, (r) => r.load.inputToFrameMs.p95), 1), f0(m(load, (r) => r.load.inputToFrameMs.p99), 1), `max ${f0(m(load, (r) => r.load.inputToFrameMs.max))}`]);
    row(['long tasks', '', '', '', `${f0(m(load, (r) => r.load.longTasks.perSecond), 2)}/s, max ${f0(m(load, (r) => r.load.longTasks.maxMs))} ms, ${f0(m(load, (r) => r.load.longTasks.busyPercent), 1)}% of time`]);
    row(['renderer main thread busy', '', '', '', `${f0(m(load, (r) => r.mainThread.taskPercent))}% (script ${f0(m(load, (r) => r.mainThread.scriptPercent))}%, layout ${f0(m(load, (r) => r.mainThread.layoutPercent))}%, style ${f0(m(load, (r) => r.mainThread.stylePercent))}%)`]);
    row(['to facilitator', '', '', '', `${f0(m(load, (r) => r.ws.receivedMsgPerS))} msg/s, ${f0(m(load, (r) => r.ws.receivedKBPerS), 1)} KB/s over ${f0(m(load, (r) => r.ws.sockets))} sockets; from it ${f0(m(load, (r) => r.ws.sentMsgPerS))} msg/s, ${f0(m(load, (r) => r.ws.sentKBPerS), 1)} KB/s`]);
    row(['JS heap (MB)', '', '', '', `${f0(m(load, (r) => r.heapMB.used), 1)} used, ${f0(m(load, (r) => r.heapMB.usedAfterGc), 1)} after GC; ${f0(m(load, (r) => r.domNodes))} DOM nodes`]);
    row(['server', '', '', '', `${f0(m(load, (r) => r.server.load.cpuPercent))}% CPU, RSS ${f0(m(load, (r) => r.server.load.rssMaxMB))} MB (idle: ${f0(m(load, (r) => r.server.idle.cpuPercent))}%)`]);
    row(['grid complete after open (ms)', '', '', '', f0(m(load, (r) => r.openMs))]);
    row(['machine busy (all processes)', '', '', '', `${f0(m(load, (r) => r.server.load.machineBusyPercent))}% of 2 cores`]);
    lines.push('');
  }
  if (open.length) {
    const lat = pooled(open.map((r) => r.editToTileRawMs));
    lines.push(`### Open: ${args.bigGroups} groups (${open[0]!.notesPerBoard} notes per board), ${open.length} rep(s) (medians of reps)`, '');
    row(['metric', 'value']);
    row(['---', '---']);
    row(['grid complete, cold (ms from navigation)', `${f0(m(open, (r) => r.coldOpenMs))} (reps: ${open.map((r) => f0(r.coldOpenMs)).join(', ')})`]);
    row(['grid complete, warm, under load (ms)', `${f0(m(open, (r) => r.warmOpenMs))} (reps: ${open.map((r) => f0(r.warmOpenMs)).join(', ')})`]);
    row(['  of which: grid shown / first tile / all tiles (ms)', `${f0(m(open, (r) => r.warmOpenMarks.grid))} / ${f0(m(open, (r) => r.warmOpenMarks.firstTile))} / ${f0(m(open, (r) => r.warmOpenMarks.allTiles))}`]);
    row(['  cold: last tile socket got its 101 (ms from navigation)', `${f0(m(open, (r) => r.coldSockets.open.last))} (first ${f0(m(open, (r) => r.coldSockets.open.first))}, median ${f0(m(open, (r) => r.coldSockets.open.median))})`]);
    row(['  warm: last tile socket got its 101 (ms from navigation)', `${f0(m(open, (r) => r.warmSockets.open.last))} (first ${f0(m(open, (r) => r.warmSockets.open.first))}, median ${f0(m(open, (r) => r.warmSockets.open.median))})`]);
    row([`experiment: ${open[0]!.wsExperiment.allAtOnce.sockets} raw sockets, all at once → all got a frame (ms)`, `${f0(m(open, (r) => r.wsExperiment.allAtOnce.allFirstFrameMs))} (median socket ${f0(m(open, (r) => r.wsExperiment.allAtOnce.medianMs))})`]);
    row(['experiment: same, at most 6 pending at a time (ms)', `${f0(m(open, (r) => r.wsExperiment.sixAtATime.allFirstFrameMs))} (median socket ${f0(m(open, (r) => r.wsExperiment.sixAtATime.medianMs))})`]);
    row(['JS heap used, cold after GC (MB)', f0(m(open, (r) => r.coldHeapMB), 1)]);
    row(['JS heap used, watching under load (MB)', `${f0(m(open, (r) => r.heapMB.used), 1)} (after GC ${f0(m(open, (r) => r.heapMB.usedAfterGc), 1)}); ${f0(m(open, (r) => r.domNodes))} DOM nodes`]);
    row(['server CPU without / with console (% of a core)', `${f0(m(open, (r) => r.server.withoutConsole.cpuPercent), 1)} / ${f0(m(open, (r) => r.server.withConsole.cpuPercent), 1)}`]);
    row(['server RSS without / with console (MB)', `${f0(m(open, (r) => r.server.withoutConsole.rssMaxMB))} / ${f0(m(open, (r) => r.server.withConsole.rssMaxMB))}`]);
    row(['to facilitator', `${f0(m(open, (r) => r.ws.receivedMsgPerS))} msg/s, ${f0(m(open, (r) => r.ws.receivedKBPerS), 1)} KB/s over ${f0(m(open, (r) => r.ws.sockets))} sockets`]);
    row(['from facilitator', `${f0(m(open, (r) => r.ws.sentMsgPerS))} msg/s, ${f0(m(open, (r) => r.ws.sentKBPerS), 1)} KB/s (${f0(m(open, (r) => r.ws.sentAwarenessShare * 100))}% awareness messages; received: ${f0(m(open, (r) => r.ws.receivedAwarenessShare * 100))}%)`]);
    row(['frame delta watching p50/p95/p99 (ms)', `${f0(m(open, (r) => r.watching.frameMs.p50), 1)} / ${f0(m(open, (r) => r.watching.frameMs.p95), 1)} / ${f0(m(open, (r) => r.watching.frameMs.p99), 1)}`]);
    row(['long tasks watching', `${f0(m(open, (r) => r.watching.longTasks.perSecond), 2)}/s, max ${f0(m(open, (r) => r.watching.longTasks.maxMs))} ms`]);
    row(['renderer main thread busy', `${f0(m(open, (r) => r.mainThread.taskPercent))}%`]);
    row(['edit → tile, next frame, pooled p50/p95/p99 (ms)', `${f0(lat.p50)} / ${f0(lat.p95)} / ${f0(lat.p99)} (n=${lat.n})`]);
    lines.push('');
  }
  const targets: string[] = [];
  if (load.length) {
    const p95 = pooled(load.map((r) => r.editToTileRawMs)).p95;
    targets.push(`- edit → tile p95 ≤ 1000 ms (${args.groups} groups): ${f0(p95)} ms → ${p95 !== null && p95 <= 1000 ? 'PASS' : 'FAIL'}`);
  }
  if (open.length) {
    const warm = m(open, (r) => r.warmOpenMs);
    const cold = m(open, (r) => r.coldOpenMs);
    targets.push(`- grid complete ≤ 1000 ms (${args.bigGroups} groups): warm ${f0(warm)} ms → ${warm !== null && warm <= 1000 ? 'PASS' : 'FAIL'}; cold ${f0(cold)} ms → ${cold !== null && cold <= 1000 ? 'PASS' : 'FAIL'}`);
  }
  lines.push('### Targets', '', ...targets, '');
  return lines.join('\n');
}

async function main() {
  process.setMaxListeners(1000); // y-websocket adds a process 'exit' listener per provider
  const args = parseArgs(process.argv.slice(2));
  const machine = {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model,
    memGB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    kernel: os.release(),
    chromium: (() => {
      try {
        return execSync(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version 2>/dev/null`).toString().trim();
      } catch {
        return 'unknown';
      }
    })(),
    loadAvgAtStart: os.loadavg(),
  };
  console.error(`grid bench: ${JSON.stringify({ ...args, out: undefined })}`);
  console.error(`machine: ${machine.cpus} × ${machine.cpuModel}, ${machine.memGB} GB, load average ${machine.loadAvgAtStart.map((x) => x.toFixed(2)).join(' ')}`);
  const load: Awaited<ReturnType<typeof runLoad>>[] = [];
  const open: Awaited<ReturnType<typeof runOpen>>[] = [];
  for (let rep = 0; rep < args.reps; rep++) {
    if (args.scenario !== 'open') {
      const r = await runLoad(args, rep);
      load.push(r);
      console.error(`load rep ${rep + 1}: edit→tile p50/p95/p99 ${f0(r.editToTile.paintMs.p50)}/${f0(r.editToTile.paintMs.p95)}/${f0(r.editToTile.paintMs.p99)} ms (n=${r.editToTile.edits}, missing ${r.editToTile.missing}); frames p50/p95/p99 ${f0(r.load.frameMs.p50, 1)}/${f0(r.load.frameMs.p95, 1)}/${f0(r.load.frameMs.p99, 1)} ms; long tasks ${r.load.longTasks.count}; open ${f0(r.openMs)} ms`);
    }
    if (args.scenario !== 'load') {
      const r = await runOpen(args, rep);
      open.push(r);
      console.error(`open rep ${rep + 1}: cold ${f0(r.coldOpenMs)} ms, warm ${f0(r.warmOpenMs)} ms; heap ${f0(r.heapMB.used, 1)} MB; server CPU ${f0(r.server.withoutConsole.cpuPercent, 1)}% → ${f0(r.server.withConsole.cpuPercent, 1)}%`);
    }
  }
  const table = markdown(args, load, open);
  fs.mkdirSync(args.out, { recursive: true });
  const file = path.join(args.out, `grid-${stamp}${args.quick ? '-quick' : ''}.json`);
  fs.writeFileSync(file, JSON.stringify({ args, machine: { ...machine, loadAvgAtEnd: os.loadavg() }, load, open, table }, null, 2));
  console.log(table);
  console.log(`Results: ${path.relative(process.cwd(), file)}`);
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
const watchdog = setTimeout(() => {
  console.error('grid bench: watchdog — giving up after 60 minutes');
  process.exit(2);
}, 60 * 60_000);
watchdog.unref();

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
}
