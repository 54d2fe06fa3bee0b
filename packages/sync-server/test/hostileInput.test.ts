/**
 * Protocol abuse with raw frames (SPEC §2, §3, §6.2): each offender is closed with the right code
 * and a reason, and a stock provider on the same board keeps syncing afterwards.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '../src/closeCodes.js';
import { awareness, frame, mapEdit, queryAwareness, syncMessage, syncStep1, update } from './helpers/frames.js';
import {
  closedWithin,
  connectClient,
  editFlows,
  newBoardId,
  rawClient,
  startSyncServer,
  waitFor,
  type Client,
  type TestServer,
} from './helpers/harness.js';

const LIMITS = {
  maxMessageBytes: 64 * 1024,
  maxAwarenessStateBytes: 1024,
  maxAwarenessEntries: 16,
  messagesPerSecond: 50,
  messageBurst: 100,
};

let server: TestServer;
let boardId: string;
let a: Client;
let b: Client;

beforeAll(async () => {
  server = await startSyncServer({ limits: LIMITS });
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  a?.destroy();
  b?.destroy();
});

/** Two stock providers on a fresh board, synced. */
async function honestPair(): Promise<void> {
  boardId = newBoardId('hostile');
  a = connectClient(server, boardId);
  b = connectClient(server, boardId);
  await Promise.all([a.synced, b.synced]);
}

/** Sends `frames` from a raw socket on the board and resolves with how the server closed it. */
async function offend(...frames: Uint8Array[]): Promise<{ code: number; reason: string } | 'open'> {
  const raw = rawClient(server, boardId);
  await raw.opened;
  for (const f of frames) raw.send(f);
  return closedWithin(raw.closed, 1000);
}

async function expectHonestClientsUnharmed(): Promise<void> {
  expect(await editFlows(a, b)).toBe(true);
  expect(await editFlows(b, a)).toBe(true);
  expect(a.provider.wsconnected && b.provider.wsconnected).toBe(true);
}

describe('malformed frames close the offender with 4400 and a reason (SPEC §2.1)', () => {
  const cases: Array<[string, () => Uint8Array, RegExp]> = [
    ['§2.2 an empty frame', () => new Uint8Array(0), /empty frame/],
    [
      '§2.1 random bytes',
      // Deterministic "random": outer type 0xF3 0xE1… never a known one.
      () => Uint8Array.from({ length: 64 }, (_, i) => (i * 193 + 0xf3) & 0xff),
      /malformed message: /,
    ],
    ['§2.1 a truncated varint (continuation bit set, no next byte)', () => Uint8Array.of(0x80), /message type/],
    ['§2.1 a sync frame whose payload length runs past the end', () => Uint8Array.of(0, 2, 50, 1, 2, 3), /sync payload/],
    ['§2.3 an unknown message type', () => frame((e) => encoding.writeVarUint(e, 7)), /unknown message type 7/],
    ['§2.5 an unknown sync sub-type', () => syncMessage(9, new Uint8Array([0])), /unknown sync message type 9/],
    [
      '§2.5 trailing bytes after a sync message',
      () => Uint8Array.from([...update(mapEdit('x', 1)), 0, 0]),
      /sync message: trailing bytes/,
    ],
    [
      '§2.7 trailing bytes after an awareness message',
      () => Uint8Array.from([...awareness([{ clientID: 77, clock: 1, state: {} }]), 9]),
      /awareness message: trailing bytes/,
    ],
    ['§2.8 trailing bytes after query-awareness', () => Uint8Array.from([...queryAwareness(), 1]), /trailing bytes/],
    ['§2.5 an invalid state vector in SyncStep1', () => syncMessage(0, Uint8Array.of(5, 1)), /invalid state vector/],
    ['§2.6 an invalid Yjs update', () => update(Uint8Array.of(3, 200, 1, 9, 9, 9, 9)), /Yjs update/],
    ['§2.6 an invalid Yjs update as SyncStep2', () => syncMessage(1, Uint8Array.of(1, 1, 0xff, 0xff)), /Yjs update/],
    [
      '§2.7 an awareness state that is not JSON',
      () =>
        frame((e) => {
          encoding.writeVarUint(e, 1);
          const inner = encoding.createEncoder();
          encoding.writeVarUint(inner, 1);
          encoding.writeVarUint(inner, 5);
          encoding.writeVarUint(inner, 1);
          encoding.writeVarString(inner, '{not json');
          encoding.writeVarUint8Array(e, encoding.toUint8Array(inner));
        }),
      /not JSON/,
    ],
    ['§2.7 an awareness state that is an array', () => awareness([{ clientID: 5, clock: 1, state: [1, 2] }]), /object or null/],
  ];

  for (const [name, build, reason] of cases) {
    it(`${name} → 4400; honest clients keep syncing`, async () => {
      await honestPair();
      const closed = await offend(build());
      expect(closed).toEqual({ code: CloseCode.MalformedMessage, reason: expect.stringMatching(reason) });
      await expectHonestClientsUnharmed();
    });
  }

  it('§2.1 a valid SyncStep1 followed by garbage: the valid frame is answered, the garbage closes the socket', async () => {
    await honestPair();
    const raw = rawClient(server, boardId);
    await raw.opened;
    raw.send(syncStep1());
    await waitFor(() => raw.frames.length >= 2, 'SyncStep2');
    raw.send(Uint8Array.of(0, 0));
    expect(await closedWithin(raw.closed, 3000)).toEqual({ code: 4400, reason: expect.stringMatching(/^malformed message: /) });
    await expectHonestClientsUnharmed();
  });
});

describe('limits (SPEC §3)', () => {
  it('§3.1 a frame larger than maxMessageBytes → 1009', async () => {
    await honestPair();
    const big = update(mapEdit('big', 'x'.repeat(LIMITS.maxMessageBytes)));
    expect(big.length).toBeGreaterThan(LIMITS.maxMessageBytes);
    const closed = await offend(big);
    // `ws` refuses the frame from its header and closes without a reason (SPEC §3.1).
    expect(closed).toEqual({ code: CloseCode.MessageTooBig, reason: '' });
    await expectHonestClientsUnharmed();
    expect(b.doc.getMap('m').has('big')).toBe(false);
  });

  it('§3.1 a frame just under maxMessageBytes is accepted', async () => {
    await honestPair();
    const edit = update(mapEdit('near', 'x'.repeat(LIMITS.maxMessageBytes - 200)));
    expect(edit.length).toBeLessThanOrEqual(LIMITS.maxMessageBytes);
    expect(await offend(edit)).toBe('open');
    await waitFor(() => b.doc.getMap('m').has('near'), 'large edit at B');
  });

  it('§3.2 a flood over the message rate → 4029', async () => {
    await honestPair();
    const frames = Array.from({ length: LIMITS.messageBurst + 50 }, () => queryAwareness());
    const closed = await offend(...frames);
    expect(closed).toEqual({ code: CloseCode.RateLimited, reason: expect.stringMatching(/rate limit exceeded/) });
    await expectHonestClientsUnharmed();
  });

  it('§3.2 traffic within the burst is not limited', async () => {
    await honestPair();
    const frames = Array.from({ length: LIMITS.messageBurst - 10 }, () => queryAwareness());
    expect(await offend(...frames)).toBe('open');
  });

  it('§3.4 a huge awareness state → 4400', async () => {
    await honestPair();
    const closed = await offend(awareness([{ clientID: 31337, clock: 1, state: { blob: 'y'.repeat(LIMITS.maxAwarenessStateBytes) } }]));
    expect(closed).toEqual({ code: CloseCode.MalformedMessage, reason: expect.stringMatching(/awareness state of \d+ bytes \(max 1024\)/) });
    await expectHonestClientsUnharmed();
    expect(b.provider.awareness.getStates().has(31337)).toBe(false);
  });

  it('§3.4 an awareness message listing more than maxAwarenessEntries clients → 4400', async () => {
    await honestPair();
    const entries = Array.from({ length: LIMITS.maxAwarenessEntries + 1 }, (_, i) => ({ clientID: 1000 + i, clock: 1, state: {} }));
    const closed = await offend(awareness(entries));
    expect(closed).toEqual({ code: 4400, reason: expect.stringMatching(/lists 17 clients \(max 16\)/) });
    await expectHonestClientsUnharmed();
  });
});

describe('impersonation (SPEC §6.2)', () => {
  it('§6.2 an awareness update for another present client with a newer clock → 4403; the victim keeps its state', async () => {
    await honestPair();
    a.provider.awareness.setLocalStateField('name', 'Ada');
    await waitFor(() => (b.provider.awareness.getStates().get(a.doc.clientID) as { name?: string })?.name === 'Ada', 'Ada at B');
    const raw = rawClient(server, boardId);
    await raw.opened;
    raw.send(awareness([{ clientID: 999_001, clock: 1, state: { name: 'mallory' } }]));
    await waitFor(() => b.provider.awareness.getStates().has(999_001), 'mallory bound to her own id');
    const clock = a.provider.awareness.meta.get(a.doc.clientID)!.clock;
    raw.send(awareness([{ clientID: a.doc.clientID, clock: clock + 5, state: { name: 'Ada (evil)' } }]));
    const closed = await closedWithin(raw.closed, 3000);
    expect(closed).toEqual({ code: CloseCode.Forbidden, reason: `forbidden: awareness update for client ${a.doc.clientID}, which is not this connection's` });
    await expectHonestClientsUnharmed();
    expect(b.provider.awareness.getStates().get(a.doc.clientID)).toEqual({ name: 'Ada' });
    // The offender's own presence left with it.
    await waitFor(() => !b.provider.awareness.getStates().has(999_001), 'mallory removed');
  });

  it('§6.2 an echo of another client state with the same clock is ignored, not punished', async () => {
    await honestPair();
    a.provider.awareness.setLocalStateField('name', 'Ada');
    await waitFor(() => (b.provider.awareness.getStates().get(a.doc.clientID) as { name?: string })?.name === 'Ada', 'Ada at B');
    const clock = a.provider.awareness.meta.get(a.doc.clientID)!.clock;
    expect(await offend(awareness([{ clientID: a.doc.clientID, clock, state: { name: 'Ada' } }]))).toBe('open');
  });
});
