/**
 * The y-websocket wire format (y-protocols): one binary frame = varUint(message type) + payload.
 * Encoders here build frames once so that a broadcast encodes a message a single time.
 */
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';

export const MessageType = { Sync: 0, Awareness: 1, Auth: 2, QueryAwareness: 3 } as const;
export const SyncMessageType = { Step1: 0, Step2: 1, Update: 2 } as const;

/** SyncStep1 from a state vector: a hibernating board has its vector but no doc (SPEC §8). */
export function encodeSyncStep1(stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  encoding.writeVarUint(encoder, SyncMessageType.Step1);
  encoding.writeVarUint8Array(encoder, stateVector);
  return encoding.toUint8Array(encoder);
}

export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** y-protocols auth message "permission denied" with a reason; the stock client logs it. */
export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Auth);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}

export interface AwarenessEntry {
  clientID: number;
  clock: number;
  /** JSON text of the state, or the literal `null` when the client left. */
  stateJson: string;
}

/** An awareness message (type 1) carrying the given entries. */
export function encodeAwareness(entries: readonly AwarenessEntry[]): Uint8Array {
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(inner, entry.clientID);
    encoding.writeVarUint(inner, entry.clock);
    encoding.writeVarString(inner, entry.stateJson);
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.Awareness);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}
