/** Raw y-websocket frames built with lib0, for protocol abuse. */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export const frame = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
};

export const syncStep1 = (doc: Y.Doc = new Y.Doc()) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint8Array(e, Y.encodeStateVector(doc));
  });

/** A sync message of the given sub-type carrying `payload`. */
export const syncMessage = (subType: number, payload: Uint8Array) =>
  frame((e) => {
    encoding.writeVarUint(e, 0);
    encoding.writeVarUint(e, subType);
    encoding.writeVarUint8Array(e, payload);
  });

export const update = (payload: Uint8Array) => syncMessage(2, payload);

/** A V1 update that sets `key` in map `m` on a fresh doc. */
export function mapEdit(key: string, value: unknown, clientID?: number): Uint8Array {
  const doc = new Y.Doc();
  if (clientID !== undefined) doc.clientID = clientID;
  doc.getMap('m').set(key, value);
  return Y.encodeStateAsUpdate(doc);
}

export const awareness = (entries: Array<{ clientID: number; clock: number; state: unknown }>) =>
  frame((e) => {
    encoding.writeVarUint(e, 1);
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, entries.length);
    for (const entry of entries) {
      encoding.writeVarUint(inner, entry.clientID);
      encoding.writeVarUint(inner, entry.clock);
      encoding.writeVarString(inner, JSON.stringify(entry.state));
    }
    encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
  });

export const queryAwareness = () => frame((e) => encoding.writeVarUint(e, 3));

import * as decoding from 'lib0/decoding';

export type ServerFrame =
  | { type: 'sync'; subType: number; payload: Uint8Array }
  | { type: 'awareness'; entries: Array<{ clientID: number; clock: number; state: unknown }> }
  | { type: 'auth'; reason: string }
  | { type: 'other'; code: number };

/** Decodes one frame the server sent. */
export function parseFrame(data: Uint8Array): ServerFrame {
  const d = decoding.createDecoder(data);
  const type = decoding.readVarUint(d);
  if (type === 0) return { type: 'sync', subType: decoding.readVarUint(d), payload: decoding.readVarUint8Array(d) };
  if (type === 1) {
    const inner = decoding.createDecoder(decoding.readVarUint8Array(d));
    const count = decoding.readVarUint(inner);
    const entries = [];
    for (let i = 0; i < count; i++) {
      entries.push({ clientID: decoding.readVarUint(inner), clock: decoding.readVarUint(inner), state: JSON.parse(decoding.readVarString(inner)) });
    }
    return { type: 'awareness', entries };
  }
  if (type === 2) {
    decoding.readVarUint(d);
    return { type: 'auth', reason: decoding.readVarString(d) };
  }
  return { type: 'other', code: type };
}
