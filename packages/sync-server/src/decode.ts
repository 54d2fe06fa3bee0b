/**
 * Defensive decoding of client frames (SPEC §2). Every read is bounds-checked by lib0 and wrapped:
 * a frame that does not decode completely and exactly yields a `DecodeError`, never an exception
 * that escapes to the socket handler.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { MessageType, SyncMessageType, type AwarenessEntry } from './protocol.js';

export class DecodeError extends Error {}

export type ClientMessage =
  | { kind: 'syncStep1'; stateVector: Uint8Array }
  | { kind: 'syncStep2'; update: Uint8Array }
  | { kind: 'update'; update: Uint8Array }
  | { kind: 'awareness'; entries: AwarenessEntry[]; states: unknown[] }
  | { kind: 'queryAwareness' }
  | { kind: 'auth' };

export interface DecodeLimits {
  maxAwarenessStateBytes: number;
  maxAwarenessEntries: number;
}

function guard<T>(what: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof DecodeError) throw error;
    throw new DecodeError(`${what}: ${(error as Error).message || 'unreadable'}`);
  }
}

function expectEnd(decoder: decoding.Decoder, what: string): void {
  if (decoding.hasContent(decoder)) throw new DecodeError(`${what}: trailing bytes`);
}

/** Checks that a Yjs update (V1) parses completely, before anything of it touches a document. */
export function validateUpdate(update: Uint8Array): ReturnType<typeof Y.decodeUpdate> {
  return guard('invalid Yjs update', () => Y.decodeUpdate(update));
}

/**
 * Whether applying the update would change the document. A read-only client's SyncStep2 carries its
 * whole delete set: deletions the board already has are not a change and must not count as a write.
 */
export function updateChangesDoc(doc: Y.Doc, update: Uint8Array): boolean {
  return !Y.snapshotContainsUpdate(Y.snapshot(doc), update);
}

export function decodeClientMessage(frame: Uint8Array, limits: DecodeLimits): ClientMessage {
  if (frame.length === 0) throw new DecodeError('empty frame');
  const decoder = decoding.createDecoder(frame);
  const type = guard('message type', () => decoding.readVarUint(decoder));
  switch (type) {
    case MessageType.Sync: {
      const subType = guard('sync message type', () => decoding.readVarUint(decoder));
      const payload = guard('sync payload', () => decoding.readVarUint8Array(decoder));
      expectEnd(decoder, 'sync message');
      if (subType === SyncMessageType.Step1) {
        // A state vector: varUint count, then (client, clock) pairs.
        guard('invalid state vector', () => Y.decodeStateVector(payload));
        return { kind: 'syncStep1', stateVector: payload };
      }
      if (subType === SyncMessageType.Step2) return { kind: 'syncStep2', update: payload };
      if (subType === SyncMessageType.Update) return { kind: 'update', update: payload };
      throw new DecodeError(`unknown sync message type ${subType}`);
    }
    case MessageType.Awareness: {
      const payload = guard('awareness payload', () => decoding.readVarUint8Array(decoder));
      expectEnd(decoder, 'awareness message');
      return decodeAwareness(payload, limits);
    }
    case MessageType.QueryAwareness:
      expectEnd(decoder, 'query-awareness message');
      return { kind: 'queryAwareness' };
    case MessageType.Auth:
      // Clients have nothing to say in the auth channel; accepted and ignored (SPEC §2.4).
      return { kind: 'auth' };
    default:
      throw new DecodeError(`unknown message type ${type}`);
  }
}

function decodeAwareness(payload: Uint8Array, limits: DecodeLimits): ClientMessage {
  const decoder = decoding.createDecoder(payload);
  const count = guard('awareness count', () => decoding.readVarUint(decoder));
  if (count > limits.maxAwarenessEntries) {
    throw new DecodeError(`awareness update lists ${count} clients (max ${limits.maxAwarenessEntries})`);
  }
  const entries: AwarenessEntry[] = [];
  const states: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const clientID = guard('awareness clientID', () => decoding.readVarUint(decoder));
    const clock = guard('awareness clock', () => decoding.readVarUint(decoder));
    const stateJson = guard('awareness state', () => decoding.readVarString(decoder));
    if (stateJson.length > limits.maxAwarenessStateBytes) {
      throw new DecodeError(`awareness state of ${stateJson.length} bytes (max ${limits.maxAwarenessStateBytes})`);
    }
    const state = guard('awareness state is not JSON', () => JSON.parse(stateJson) as unknown);
    if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
      throw new DecodeError('awareness state must be an object or null');
    }
    entries.push({ clientID, clock, stateJson });
    states.push(state);
  }
  expectEnd(decoder, 'awareness update');
  return { kind: 'awareness', entries, states };
}
