/**
 * What telling new records from edited ones costs per record-writing update (checkBoardUpdate's
 * `added`): reading every record (the way before) against the incremental key index, same run.
 * `npx tsx bench/addedRecords.bench.ts` — prints medians in µs per update for boards of 50, 500, 2,000 notes.
 */
import { readRecords } from '@canvas/board-model';
import { YKeyValue } from 'y-utility/y-keyvalue';
import * as Y from 'yjs';
import { checkBoardUpdate } from '../src/index.js';

const text = (t: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: t }] }] });
const note = (id: string, x = 0) => ({
  id: `shape:${id}`, typeName: 'shape', type: 'note', x, y: 0, rotation: 0, isLocked: false, opacity: 1, parentId: 'page:page', index: 'a1', meta: {},
  props: { color: 'yellow', labelColor: 'black', size: 'm', font: 'draw', fontSizeAdjustment: 0, align: 'middle', verticalAlign: 'middle', growY: 0, url: '', richText: text(id), scale: 1 },
});
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

for (const size of [50, 500, 2000]) {
  const board = new Y.Doc();
  const kv = new YKeyValue<any>(board.getArray('tldraw-records'));
  for (let i = 0; i < size; i++) kv.set(`shape:n${i}`, note(`n${i}`));
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(board));
  const clientKv = new YKeyValue<any>(client.getArray('tldraw-records'));
  const updates: Uint8Array[] = [];
  for (let i = 0; i < 200; i++) {
    const before = Y.encodeStateVector(client);
    clientKv.set(`shape:n${i % size}`, note(`n${i % size}`, i)); // a move of an existing note
    updates.push(Y.encodeStateAsUpdate(client, before));
  }
  const decoded = updates.map((u) => Y.decodeUpdate(u));
  const old: number[] = [];
  const now: number[] = [];
  for (let round = 0; round < 5; round++) {
    for (const d of decoded) {
      let t = performance.now();
      const existing = new Set(readRecords(board).map((r) => r.id));
      void [...new Set(['shape:n1'])].filter((id) => !existing.has(id));
      old.push((performance.now() - t) * 1000);
      t = performance.now();
      checkBoardUpdate(board, d);
      now.push((performance.now() - t) * 1000);
    }
  }
  // Before: the same check plus the scan (the validation part did not change).
  const before = median(now) + median(old);
  console.log(`${size} notes: check before ≈ ${before.toFixed(1)} µs (of which reading every record ${median(old).toFixed(1)} µs), now ${median(now).toFixed(1)} µs per update: ${(before / median(now)).toFixed(1)}×`);
}
