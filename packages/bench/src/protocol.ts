/**
 * Wire encoding for the lightweight load clients: y-websocket frames (y-protocols) and the
 * Hocuspocus variant (every frame starts with the document name), plus hand-encoded Yjs updates.
 *
 * A light client never runs a Y.Doc: it writes `Y.Map('notes').set(key, value)` updates by
 * encoding the Yjs V1 struct directly (one Item with ContentAny, its left origin being the
 * previous value of the same key, and a delete set for that previous value — byte for byte what
 * Yjs itself produces). `selfTest()` checks the encoding against a real Y.Doc.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export type Flavor = 'yws' | 'hocuspocus';

/** Marker that precedes the send timestamp inside a note value: \x01TS= + 14 chars + '|' + writer. */
export const MARKER = Buffer.from('\u0001TS=', 'latin1');
const TS_CHARS = 14;

export function stampText(sentAtMs: number, writer: number): string {
  return `\u0001TS=${sentAtMs.toFixed(3).padStart(TS_CHARS, '0')}|${String(writer).padStart(8, '0')}`;
}

/** Finds the timestamp and writer embedded in a relayed update, or null. */
export function readStamp(frame: Buffer): { sentAt: number; writer: number } | null {
  const at = frame.indexOf(MARKER);
  if (at < 0) return null;
  const start = at + MARKER.length;
  const sentAt = Number(frame.toString('latin1', start, start + TS_CHARS));
  const writer = Number(frame.toString('latin1', start + TS_CHARS + 1, start + TS_CHARS + 9));
  if (!Number.isFinite(sentAt) || !Number.isFinite(writer)) return null;
  return { sentAt, writer };
}

/** Writes `Y.Map(root).set(key, value)` updates for one clientID without a Y.Doc. */
export class NoteWriter {
  private clock = 0;
  private readonly current = new Map<string, number>();

  constructor(
    readonly clientID: number,
    readonly root = 'notes',
  ) {}

  /** A Yjs V1 update that sets `key` to `value` (a plain JSON-like object). */
  set(key: string, value: Record<string, unknown>): Uint8Array {
    const e = encoding.createEncoder();
    const previous = this.current.get(key);
    const clock = this.clock++;
    encoding.writeVarUint(e, 1); // one client with structs
    encoding.writeVarUint(e, 1); // one struct
    encoding.writeVarUint(e, this.clientID);
    encoding.writeVarUint(e, clock);
    if (previous === undefined) {
      encoding.writeUint8(e, 8 | 0x20); // ContentAny, has parentSub
      encoding.writeVarUint(e, 1); // parent is a root type, named by a string
      encoding.writeVarString(e, this.root);
      encoding.writeVarString(e, key);
    } else {
      encoding.writeUint8(e, 8 | 0x80 | 0x20); // ContentAny, has left origin (parent copied from it)
      encoding.writeVarUint(e, this.clientID);
      encoding.writeVarUint(e, previous);
    }
    encoding.writeVarUint(e, 1); // one value
    encoding.writeAny(e, value as Parameters<typeof encoding.writeAny>[1]);
    // delete set: the previous value of this key
    if (previous === undefined) {
      encoding.writeVarUint(e, 0);
    } else {
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, this.clientID);
      encoding.writeVarUint(e, 1);
      encoding.writeVarUint(e, previous);
      encoding.writeVarUint(e, 1);
    }
    this.current.set(key, clock);
    return encoding.toUint8Array(e);
  }
}

/** Encodes frames for one document in one protocol flavour. */
export class FrameCodec {
  private readonly prefix: Uint8Array;
  constructor(
    readonly flavor: Flavor,
    readonly docName: string,
  ) {
    const e = encoding.createEncoder();
    if (flavor === 'hocuspocus') encoding.writeVarString(e, docName);
    this.prefix = encoding.toUint8Array(e);
  }

  private start(): encoding.Encoder {
    const e = encoding.createEncoder();
    encoding.writeUint8Array(e, this.prefix);
    return e;
  }

  /** Hocuspocus: Auth/Token frame that opens the document on the socket. */
  auth(token = ''): Uint8Array {
    const e = this.start();
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint(e, 0);
    encoding.writeVarString(e, token);
    return encoding.toUint8Array(e);
  }

  /** SyncStep1 with an empty state vector: "send me everything". */
  syncStep1(): Uint8Array {
    const e = this.start();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint8Array(e, new Uint8Array([0]));
    return encoding.toUint8Array(e);
  }

  update(update: Uint8Array): Uint8Array {
    const e = this.start();
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
    return encoding.toUint8Array(e);
  }

  awareness(clientID: number, clock: number, stateJson: string): Uint8Array {
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, clientID);
    encoding.writeVarUint(inner, clock);
    encoding.writeVarString(inner, stateJson);
    const e = this.start();
    encoding.writeVarUint(e, 1);
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
    return encoding.toUint8Array(e);
  }
}

/** Checks the hand-encoded updates against a real Y.Doc (creation, overwrite, delete set). */
export function selfTest(): void {
  const writer = new NoteWriter(123456);
  const doc = new Y.Doc();
  const notes = doc.getMap<Record<string, unknown>>('notes');
  for (let i = 0; i < 20; i++) {
    Y.applyUpdate(doc, writer.set(`k${i % 3}`, { x: i, text: stampText(i, 7), pad: 'x'.repeat(10) }));
  }
  const expected = { k0: 18, k1: 19, k2: 17 };
  for (const [key, x] of Object.entries(expected)) {
    const value = notes.get(key);
    if (!value || value.x !== x) throw new Error(`self-test: ${key} = ${JSON.stringify(value)}, expected x=${x}`);
  }
  // Overwritten values must be deleted (garbage-collected), as a stock client's would be.
  const sv = Y.encodeStateVector(doc);
  if (Y.decodeStateVector(sv).get(123456) !== 20) throw new Error('self-test: unexpected clock');
  const stamp = readStamp(Buffer.from(writer.set('k9', { text: stampText(1234.5, 42) })));
  if (!stamp || stamp.sentAt !== 1234.5 || stamp.writer !== 42) throw new Error('self-test: stamp');
}
