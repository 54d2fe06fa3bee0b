import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { encodeSyncStep2, encodeUpdate } from './protocol.js';

/**
 * The answer to a client's SyncStep1 as frames of bounded size (SPEC 1.5a, issue 14).
 *
 * A board's whole state in one SyncStep2 is one message of unbounded size (~1 MB for 2,000 notes).
 * Here the diff goes out as Updates of at most `maxBytes` of structs each, then a SyncStep2 carrying
 * the delete set: the stock y-websocket client applies every piece as it arrives and reports
 * `synced` only on the SyncStep2, when it has everything. Pieces are consecutive runs of one
 * client's structs in clock order, so each integrates on arrival unless it points at a struct of
 * another client still to come (Yjs then holds it until that arrives: correct, only later).
 * A diff within the bound stays one SyncStep2, exactly as before.
 */
export function encodeSyncAnswer(doc: Y.Doc, stateVector: Uint8Array, maxBytes: number): Uint8Array[] {
  const store = doc.store;
  // Structs Yjs is holding back (missing dependencies) are merged into the full encoding; rare on a server.
  if (store.pendingStructs !== null || store.pendingDs !== null) return [encodeSyncStep2(doc, stateVector)];
  const have = Y.decodeStateVector(stateVector);
  const pieces = structPieces(doc, have, maxBytes);
  // Within the bound (the usual case: a reconnect, a small board) the plain answer; writing the
  // structs once to find out costs no more than the bound in bytes.
  if (pieces.length <= 1) return [encodeSyncStep2(doc, stateVector)];
  // The delete set alone: an update holding no struct the client lacks, only what was deleted.
  const deletions = Y.encodeStateAsUpdate(doc, Y.encodeStateVector(doc));
  return [...pieces.map(encodeUpdate), syncStep2Frame(deletions)];
}

interface Run {
  client: number;
  clock: number;
  count: number;
  bytes: Uint8Array[];
}

/** The structs the client lacks, per client in clock order, cut into pieces of at most `maxBytes`. */
function structPieces(doc: Y.Doc, have: Map<number, number>, maxBytes: number): Uint8Array[] {
  const pieces: Uint8Array[] = [];
  let runs: Run[] = [];
  let size = 0;
  const close = () => {
    if (runs.length > 0) pieces.push(writePiece(runs));
    runs = [];
    size = 0;
  };
  // Higher client ids first, as Yjs writes them; any order is valid.
  const clients = [...doc.store.clients.keys()].sort((a, b) => b - a);
  for (const client of clients) {
    const structs = doc.store.clients.get(client)!;
    const from = have.get(client) ?? 0;
    let index = firstStructFrom(structs, from);
    if (index < 0) continue;
    let run: Run | null = null;
    for (; index < structs.length; index++) {
      const struct = structs[index]!;
      for (const part of structParts(struct, Math.max(0, from - struct.id.clock), maxBytes)) {
        if (size > 0 && size + part.bytes.length > maxBytes) {
          close();
          run = null;
        }
        if (!run) {
          run = { client, clock: part.clock, count: 0, bytes: [] };
          runs.push(run);
        }
        run.count++;
        run.bytes.push(part.bytes);
        size += part.bytes.length;
      }
    }
  }
  close();
  return pieces;
}

/** Index of the struct holding `clock` (or the first after it); -1 when the client has nothing past it. */
function firstStructFrom(structs: Array<Y.Item | Y.GC>, clock: number): number {
  const last = structs[structs.length - 1];
  if (!last || last.id.clock + last.length <= clock) return -1;
  let low = 0;
  let high = structs.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const struct = structs[mid]!;
    if (struct.id.clock + struct.length <= clock) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * A struct from `offset` to its end, encoded, as one part or, when larger than the bound, as several
 * consecutive parts. Yjs merges a client's consecutive inserts into one struct (a transaction of
 * 2,000 notes in a Y.Array is one struct of 2,000 values), so cutting between structs alone would not
 * bound anything. A part is written from a copy of the struct whose content is cut where the part
 * ends; the board's own structs are never touched.
 */
function structParts(struct: Y.Item | Y.GC, offset: number, maxBytes: number): Array<{ clock: number; bytes: Uint8Array }> {
  const whole = encodeRange(struct, offset, struct.length);
  if (whole.length <= maxBytes || !(struct instanceof Y.Item) || struct.length - offset < 2) {
    return [{ clock: struct.id.clock + offset, bytes: whole }];
  }
  const parts: Array<{ clock: number; bytes: Uint8Array }> = [];
  const split = (start: number, end: number, bytes: Uint8Array) => {
    if (bytes.length <= maxBytes || end - start < 2) {
      parts.push({ clock: struct.id.clock + start, bytes });
      return;
    }
    const middle = start + Math.floor((end - start) / 2);
    split(start, middle, encodeRange(struct, start, middle));
    split(middle, end, encodeRange(struct, middle, end));
  };
  split(offset, struct.length, whole);
  return parts;
}

/** The encoding of elements [start, end) of a struct, as Yjs writes a struct from an offset. */
function encodeRange(struct: Y.Item | Y.GC, start: number, end: number): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  if (end === struct.length || !(struct instanceof Y.Item)) {
    struct.write(encoder, start);
  } else {
    const content = struct.content.copy();
    content.splice(end); // keeps [0, end)
    new Y.Item(struct.id, null, struct.origin, null, struct.rightOrigin, struct.parent, struct.parentSub, content).write(encoder, start);
  }
  return encoder.toUint8Array();
}

/** A V1 update of these runs and an empty delete set (the format `Y.encodeStateAsUpdate` writes). */
function writePiece(runs: Run[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, runs.length);
  for (const run of runs) {
    encoding.writeVarUint(encoder, run.count);
    encoding.writeVarUint(encoder, run.client);
    encoding.writeVarUint(encoder, run.clock);
    for (const bytes of run.bytes) encoding.writeUint8Array(encoder, bytes);
  }
  encoding.writeVarUint(encoder, 0);
  return encoding.toUint8Array(encoder);
}

function syncStep2Frame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // message type: sync
  encoding.writeVarUint(encoder, 1); // SyncStep2
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** For tests: the sync sub-type and update of a frame this module wrote. */
export function readSyncFrame(frame: Uint8Array): { subType: number; update: Uint8Array } {
  const decoder = decoding.createDecoder(frame);
  decoding.readVarUint(decoder);
  const subType = decoding.readVarUint(decoder);
  return { subType, update: decoding.readVarUint8Array(decoder) };
}
