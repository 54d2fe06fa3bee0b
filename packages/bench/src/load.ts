/**
 * The load model: lightweight clients speaking the wire protocol with pre-built frames (no Y.Doc),
 * a few stock clients (y-websocket's WebsocketProvider, Hocuspocus' HocuspocusProvider) that check
 * correctness, and one scheduler that drives every client from a single timer.
 */
import { HocuspocusProvider } from '@hocuspocus/provider';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { FrameCodec, NoteWriter, readStamp, stampText, type Flavor } from './protocol.js';

export class Metrics {
  latencies: number[] = [];
  sentMessages = 0;
  sentBytes = 0;
  receivedMessages = 0;
  receivedBytes = 0;
  edits = 0;
  closes = new Map<number, number>();
  errors = 0;

  reset(): void {
    this.latencies = [];
    this.sentMessages = this.sentBytes = this.receivedMessages = this.receivedBytes = this.edits = 0;
  }

  closed(code: number): void {
    this.closes.set(code, (this.closes.get(code) ?? 0) + 1);
  }
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

let nextWriterId = 1;
const PAD = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat. Duis aute irure dolor';

/** A note value of about 300 bytes once framed (id, position, size, colour, text with the stamp). */
export function noteValue(writer: number, index: number, now: number): Record<string, unknown> {
  return {
    id: `shape:${writer}-${index}`,
    type: 'note',
    x: Math.round(Math.random() * 4000),
    y: Math.round(Math.random() * 3000),
    props: { color: 'yellow', size: 'm', w: 200, h: 200 },
    text: `${stampText(now, writer)} ${PAD.slice(0, 150)}`,
  };
}

export interface LightOptions {
  url: string;
  flavor: Flavor;
  docName: string;
  metrics: Metrics;
  writes: boolean;
  notesPerWriter?: number;
}

/** One websocket speaking the protocol with pre-built frames. */
export class LightClient {
  readonly writerId = nextWriterId++;
  readonly codec: FrameCodec;
  readonly writer: NoteWriter | null;
  private ws!: WebSocket;
  private awarenessClock = 0;
  private editCount = 0;
  /** Last value this client wrote per key (for the correctness check). */
  readonly expected = new Map<string, string>();
  open = false;
  receivedStamps = 0;
  private readonly updatePrefix: number;
  private readonly clientID = 1 + Math.floor(Math.random() * 0x7ffffff0);
  private readonly notesPerWriter: number;

  constructor(readonly options: LightOptions) {
    this.codec = new FrameCodec(options.flavor, options.docName);
    this.writer = options.writes ? new NoteWriter(this.clientID) : null;
    this.updatePrefix = options.flavor === 'hocuspocus' ? Buffer.byteLength(options.docName) + 1 : 0;
    this.notesPerWriter = options.notesPerWriter ?? 8;
  }

  connect(timeoutMs = 15_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(this.options.url, { perMessageDeflate: false, skipUTF8Validation: true });
      this.ws = ws;
      let settled = false;
      const timer = setTimeout(() => finish(new Error('connect timeout')), timeoutMs);
      const finish = (error?: Error) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        if (error) {
          ws.terminate();
          reject(error);
        } else resolve();
      };
      ws.on('open', () => {
        this.open = true;
        if (this.options.flavor === 'hocuspocus') this.send(this.codec.auth(''));
        this.send(this.codec.syncStep1());
      });
      ws.on('message', (data: Buffer) => {
        this.onMessage(data);
        finish();
      });
      ws.on('close', (code) => {
        this.open = false;
        this.options.metrics.closed(code);
        finish(new Error(`closed ${code}`));
      });
      ws.on('error', (error) => {
        this.options.metrics.errors++;
        finish(error);
      });
    });
  }

  private onMessage(data: Buffer): void {
    const metrics = this.options.metrics;
    metrics.receivedMessages++;
    metrics.receivedBytes += data.length;
    const at = this.updatePrefix;
    // sync (0) / update (2)
    if (data[at] !== 0 || data[at + 1] !== 2) return;
    const stamp = readStamp(data);
    if (!stamp || stamp.writer === this.writerId) return;
    this.receivedStamps++;
    metrics.latencies.push(performance.now() - stamp.sentAt);
  }

  send(frame: Uint8Array): void {
    if (!this.open) return;
    this.options.metrics.sentMessages++;
    this.options.metrics.sentBytes += frame.length;
    this.ws.send(frame);
  }

  /** Creates a note, or moves/edits one of this client's notes. */
  edit(): void {
    if (!this.writer || !this.open) return;
    const index = this.editCount < this.notesPerWriter ? this.editCount : Math.floor(Math.random() * this.notesPerWriter);
    this.editCount++;
    const key = `${this.writerId}:${index}`;
    const value = noteValue(this.writerId, index, performance.now());
    this.expected.set(key, value.text as string);
    this.options.metrics.edits++;
    this.send(this.codec.update(this.writer.set(key, value)));
  }

  cursor(): void {
    if (!this.open) return;
    this.awarenessClock++;
    const x = Math.round(Math.random() * 2000);
    const y = Math.round(Math.random() * 2000);
    this.send(
      this.codec.awareness(this.clientID, this.awarenessClock, `{"cursor":{"x":${x},"y":${y}},"user":{"name":"P${this.writerId}","color":"#f2c94c"}}`),
    );
  }

  close(): void {
    this.open = false;
    this.ws?.close();
  }
}

/** A stock client (the real provider with a Y.Doc) that edits like a participant. */
export class StockClient {
  readonly writerId = nextWriterId++;
  readonly doc = new Y.Doc();
  readonly expected = new Map<string, string>();
  private readonly provider: WebsocketProvider | HocuspocusProvider;
  private edits = 0;
  synced: Promise<void>;

  constructor(flavor: Flavor, serverBase: string, docName: string, token?: string, params: Record<string, string> = {}) {
    if (flavor === 'yws') {
      // serverBase is the URL up to the room name (…/sync for ours, the root for the reference).
      const provider = new WebsocketProvider(serverBase, docName, this.doc, {
        WebSocketPolyfill: WebSocket as any,
        params: { ...params, ...(token ? { token } : {}) },
        disableBc: true,
      });
      this.provider = provider;
      this.synced = new Promise((resolve) => {
        if (provider.synced) resolve();
        provider.on('sync', (s: boolean) => s && resolve());
      });
    } else {
      const provider = new HocuspocusProvider({
        url: serverBase,
        name: docName,
        document: this.doc,
        WebSocketPolyfill: WebSocket,
      } as unknown as ConstructorParameters<typeof HocuspocusProvider>[0]);
      this.provider = provider;
      this.synced = new Promise((resolve) => {
        if (provider.isSynced) resolve();
        provider.on('synced', () => resolve());
      });
    }
  }

  edit(): void {
    const index = this.edits < 8 ? this.edits : Math.floor(Math.random() * 8);
    this.edits++;
    const key = `${this.writerId}:${index}`;
    const value = noteValue(this.writerId, index, performance.now());
    this.expected.set(key, value.text as string);
    this.doc.getMap('notes').set(key, value);
  }

  cursor(): void {
    this.provider.awareness?.setLocalStateField('cursor', { x: Math.round(Math.random() * 2000), y: Math.round(Math.random() * 2000) });
  }

  /** Keys of `expected` whose value differs in this client's document. */
  missing(expected: Map<string, string>): number {
    const notes = this.doc.getMap<Record<string, unknown>>('notes');
    let missing = 0;
    for (const [key, text] of expected) if (notes.get(key)?.text !== text) missing++;
    return missing;
  }

  destroy(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}

export type Participant = LightClient | StockClient;

/** Drives every participant from one 10 ms timer: edits at `editHz`, cursors at `cursorHz`. */
export class Scheduler {
  private readonly editBuckets: Participant[][] = Array.from({ length: 100 }, () => []);
  private readonly cursorBuckets: Participant[][] = Array.from({ length: 100 }, () => []);
  private timer: NodeJS.Timeout | null = null;
  private tick = 0;
  private startedAt = 0;
  private paused = false;

  constructor(
    private readonly editHz = 1,
    private readonly cursorHz = 2,
  ) {}

  add(participant: Participant): void {
    // 100 ticks of 10 ms = 1 s; each participant edits once per 100/editHz ticks from a random phase.
    const editEvery = Math.round(100 / this.editHz);
    const cursorEvery = Math.round(100 / this.cursorHz);
    const editPhase = Math.floor(Math.random() * editEvery);
    for (let t = editPhase; t < 100; t += editEvery) this.editBuckets[t]!.push(participant);
    const cursorPhase = Math.floor(Math.random() * cursorEvery);
    for (let t = cursorPhase; t < 100; t += cursorEvery) this.cursorBuckets[t]!.push(participant);
  }

  remove(participant: Participant): void {
    for (const bucket of [...this.editBuckets, ...this.cursorBuckets]) {
      const index = bucket.indexOf(participant);
      if (index >= 0) bucket.splice(index, 1);
    }
  }

  start(): void {
    this.startedAt = performance.now();
    this.tick = 0;
    this.timer = setInterval(() => this.run(), 10);
  }

  pause(paused: boolean): void {
    this.paused = paused;
  }

  private run(): void {
    const due = Math.floor((performance.now() - this.startedAt) / 10);
    // Catch up on missed ticks, at most one second's worth (a saturated generator drops them).
    if (due - this.tick > 100) this.tick = due - 100;
    while (this.tick <= due) {
      const slot = this.tick % 100;
      this.tick++;
      if (this.paused) continue;
      for (const p of this.editBuckets[slot]!) p.edit();
      for (const p of this.cursorBuckets[slot]!) p.cursor();
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
