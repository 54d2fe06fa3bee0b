/**
 * What the update check costs per note-writing update, with and without counting contributions
 * (workshops contributions C2: deciding added/edited/moved from a per-document signature index), same
 * run, same updates. `pnpm --filter @canvas/server bench:guard` — medians in µs per update for boards
 * of 50, 500 and 2,000 notes (each update moves one existing note, the commonest write).
 */
import { checkBoardUpdate } from '@canvas/board-validation';
import { noteChanges } from '@canvas/workshops';
import { YKeyValue } from 'y-utility/y-keyvalue';
import * as Y from 'yjs';
import { noteRecord } from '../test/helpers/boardContent.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const size of [50, 500, 2000]) {
  const board = new Y.Doc();
  const kv = new YKeyValue<any>(board.getArray('tldraw-records'));
  for (let i = 0; i < size; i++) kv.set(`shape:n${i}`, noteRecord({ id: `n${i}`, x: i, y: 0, text: `note ${i}` }));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(board));
  const clientKv = new YKeyValue<any>(client.getArray('tldraw-records'));
  const updates: Uint8Array[] = [];
  for (let i = 0; i < 200; i++) {
    const before = Y.encodeStateVector(client);
    clientKv.set(`shape:n${i % size}`, noteRecord({ id: `n${i % size}`, x: 10_000 + i, y: 5, text: `note ${i % size}` }));
    updates.push(Y.encodeStateAsUpdate(client, before));
  }
  const decoded = updates.map((u) => Y.decodeUpdate(u));
  noteChanges(board, []); // the index is built once per document, on the first update: not per update
  const check: number[] = [];
  const counted: number[] = [];
  for (let round = 0; round < 6; round++) {
    for (const d of decoded) {
      // Round 0 warms the JIT and is not counted.
      if (round === 0) {
        const verdict = checkBoardUpdate(board, d);
        if (verdict.ok) noteChanges(board, verdict.entries);
        continue;
      }
      let t = performance.now();
      checkBoardUpdate(board, d);
      check.push((performance.now() - t) * 1000);
      t = performance.now();
      const verdict = checkBoardUpdate(board, d);
      if (verdict.ok) noteChanges(board, verdict.entries);
      counted.push((performance.now() - t) * 1000);
    }
  }
  console.log(`${size} notes: check ${median(check).toFixed(1)} µs, check + contributions ${median(counted).toFixed(1)} µs per update (${(median(counted) / median(check)).toFixed(2)}×)`);
}
