/**
 * The answer to a SyncStep1 in bounded pieces (SPEC 1.5, 1.14). A big board's diff in one frame is
 * a megabyte the socket must take at once; here it leaves as several frames of at most
 * `syncChunkBytes`: every piece a valid Yjs V1 update, all but the last sent as sync Updates, the
 * last as the SyncStep2, so the stock client reports `synced` only once it holds everything.
 *
 * Pieces split the diff at struct boundaries. Yjs reads at most one run of structs per client from
 * an update (a second run of the same client would replace the first), so the structs are first put
 * in an order where each comes after what it refers to (origin, right origin, parent), and the
 * pieces cut that order: a client's structs within one piece are then one run in clock order, and a
 * receiver integrates each piece as it arrives instead of parking it among its pending structs.
 * The delete set comes after every struct (possibly over several pieces): deletions then find their
 * items already there.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { MessageType, SyncMessageType } from './protocol.js';

type Struct = Y.Item | Y.GC | Y.Skip;
type DeleteSet = ReturnType<typeof Y.decodeUpdate>['ds'] & { clients: Map<number, Array<{ clock: number; len: number }>> };

/** Upper bound of a varUint's length, for headers written before their count is known. */
const MAX_VAR_UINT = 5;

/**
 * The frames answering a SyncStep1: `diff` is the V1 update the client lacks, `stateVector` what it
 * holds. A diff within `maxBytes` is one SyncStep2, byte for byte as before chunking.
 */
export function syncStep2Frames(diff: Uint8Array, stateVector: Uint8Array, maxBytes: number): Uint8Array[] {
  if (diff.length <= maxBytes) return [syncFrame(SyncMessageType.Step2, diff)];
  const { structs, ds } = Y.decodeUpdate(diff);
  const pieces = pack(causalOrder(structs, Y.decodeStateVector(stateVector)), ds as DeleteSet, maxBytes);
  return pieces.map((piece, i) => syncFrame(i === pieces.length - 1 ? SyncMessageType.Step2 : SyncMessageType.Update, piece));
}

function syncFrame(subType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, subType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** The first struct `struct` refers to that the receiver will not hold before it, or null. */
function blockerOf(struct: Struct, available: Map<number, number>): number | null {
  if (!(struct instanceof Y.Item)) return null;
  const own = struct.id.client;
  for (const dep of [struct.origin, struct.rightOrigin, struct.parent instanceof Y.ID ? struct.parent : null]) {
    // A client's own earlier structs always precede it (clock order).
    if (dep && dep.client !== own && dep.clock >= (available.get(dep.client) ?? 0)) return dep.client;
  }
  return null;
}

/**
 * The structs in an order where each follows what it refers to, each client's in clock order.
 * `held` is the receiver's state vector: what it has counts as already sent. A reference to
 * something neither in the diff nor held (the server keeps structs whose predecessors never came)
 * cannot be satisfied: such a struct is sent anyway, and the receiver parks it as Yjs always would.
 */
function causalOrder(structs: Struct[], held: Map<number, number>): Struct[] {
  const queues = new Map<number, { structs: Struct[]; next: number }>();
  for (const struct of structs) {
    const queue = queues.get(struct.id.client);
    if (queue) queue.structs.push(struct);
    else queues.set(struct.id.client, { structs: [struct], next: 0 });
  }
  const available = new Map(held);
  const waiters = new Map<number, Set<number>>();
  const ready = new Set<number>(queues.keys());
  const ordered: Struct[] = [];
  const emit = (client: number, struct: Struct) => {
    ordered.push(struct);
    available.set(client, Math.max(available.get(client) ?? 0, struct.id.clock + struct.length));
  };
  const wake = (client: number) => {
    const waiting = waiters.get(client);
    if (!waiting) return;
    waiters.delete(client);
    for (const waiter of waiting) ready.add(waiter);
  };
  while (ordered.length < structs.length) {
    if (ready.size === 0) {
      // Only unsatisfiable references are left: send one stuck struct as it is.
      for (const [client, queue] of queues) {
        if (queue.next < queue.structs.length) {
          emit(client, queue.structs[queue.next++]!);
          ready.add(client);
          wake(client);
          break;
        }
      }
      continue;
    }
    const client = ready.values().next().value as number;
    ready.delete(client);
    const queue = queues.get(client)!;
    const before = queue.next;
    while (queue.next < queue.structs.length) {
      const struct = queue.structs[queue.next]!;
      const blocker = blockerOf(struct, available);
      if (blocker !== null) {
        let waiting = waiters.get(blocker);
        if (!waiting) waiters.set(blocker, (waiting = new Set()));
        waiting.add(client);
        break;
      }
      emit(client, struct);
      queue.next++;
    }
    if (queue.next > before) wake(client);
  }
  return ordered;
}

interface Piece {
  /** Per client, one run of structs in clock order (their V1 bytes). */
  runs: Map<number, { clock: number; bytes: Uint8Array[] }>;
  deletes: Map<number, Array<{ clock: number; len: number }>>;
  size: number;
}

const emptyPiece = (): Piece => ({ runs: new Map(), deletes: new Map(), size: 2 * MAX_VAR_UINT });

function encodeStruct(struct: Struct): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  struct.write(encoder, 0);
  return encoder.toUint8Array();
}

/**
 * A struct as V1 runs of at most `target` bytes where its content can be cut. Yjs merges a client's
 * consecutive inserts into one item (a template of 2,000 records written at once is a single struct
 * of a megabyte); like Yjs splitting an item, the right part's origin is the left part's last element.
 */
function encodeParts(struct: Struct, target: number): Array<{ clock: number; bytes: Uint8Array }> {
  const bytes = encodeStruct(struct);
  if (bytes.length <= target || !(struct instanceof Y.Item) || struct.length < 2) return [{ clock: struct.id.clock, bytes }];
  const content = struct.content;
  if (!(content instanceof Y.ContentAny || content instanceof Y.ContentJSON || content instanceof Y.ContentString)) {
    return [{ clock: struct.id.clock, bytes }]; // one value (a binary, an embed, a type): it goes alone
  }
  let cut = Math.floor(struct.length / 2);
  // Never between the halves of a surrogate pair (Yjs would replace both with U+FFFD).
  if (content instanceof Y.ContentString && isHighSurrogate(content.str.charCodeAt(cut - 1))) cut += cut + 1 < struct.length ? 1 : -1;
  if (cut <= 0 || cut >= struct.length) return [{ clock: struct.id.clock, bytes }];
  const { client, clock } = struct.id;
  const leftContent = content.copy();
  const rightContent = leftContent.splice(cut);
  const parent = struct.parent;
  const left = new Y.Item(struct.id, null, struct.origin, null, struct.rightOrigin, parent, struct.parentSub, leftContent);
  const right = new Y.Item(Y.createID(client, clock + cut), null, Y.createID(client, clock + cut - 1), null, struct.rightOrigin, parent, struct.parentSub, rightContent);
  return [...encodeParts(left, target), ...encodeParts(right, target)];
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** Cuts the ordered structs, then the delete set, into updates of at most `maxBytes` (a single larger value goes alone). */
function pack(ordered: Struct[], ds: DeleteSet, maxBytes: number): Uint8Array[] {
  // A part must fit a piece of its own: the piece's and the run's headers take the rest.
  const target = Math.max(1, maxBytes - 5 * MAX_VAR_UINT);
  const pieces: Piece[] = [];
  let piece = emptyPiece();
  /** Makes room for an entry whose size (headers included) depends on what the piece holds. */
  const fit = (size: (piece: Piece) => number) => {
    if (piece.size + size(piece) > maxBytes && (piece.runs.size > 0 || piece.deletes.size > 0)) {
      pieces.push(piece);
      piece = emptyPiece();
    }
    piece.size += size(piece);
  };
  for (const struct of ordered) {
    const client = struct.id.client;
    for (const part of encodeParts(struct, target)) {
      fit((p) => part.bytes.length + (p.runs.has(client) ? 0 : 3 * MAX_VAR_UINT));
      let run = piece.runs.get(client);
      if (!run) piece.runs.set(client, (run = { clock: part.clock, bytes: [] }));
      run.bytes.push(part.bytes);
    }
  }
  for (const [client, items] of ds.clients) {
    for (const item of items) {
      fit((p) => varUintLength(item.clock) + varUintLength(item.len) + (p.deletes.has(client) ? 0 : 2 * MAX_VAR_UINT));
      let deletes = piece.deletes.get(client);
      if (!deletes) piece.deletes.set(client, (deletes = []));
      deletes.push(item);
    }
  }
  pieces.push(piece);
  return pieces.map(encodePiece);
}

/** A piece as a Yjs V1 update: the struct runs, then its part of the delete set. */
function encodePiece(piece: Piece): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, piece.runs.size);
  for (const [client, run] of piece.runs) {
    encoding.writeVarUint(encoder, run.bytes.length);
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, run.clock);
    for (const bytes of run.bytes) encoding.writeUint8Array(encoder, bytes);
  }
  encoding.writeVarUint(encoder, piece.deletes.size);
  for (const [client, items] of piece.deletes) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, items.length);
    for (const item of items) {
      encoding.writeVarUint(encoder, item.clock);
      encoding.writeVarUint(encoder, item.len);
    }
  }
  return encoding.toUint8Array(encoder);
}

function varUintLength(n: number): number {
  let length = 1;
  while (n >= 0x80) {
    n = Math.floor(n / 0x80);
    length++;
  }
  return length;
}
