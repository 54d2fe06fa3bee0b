import * as Y from 'yjs';
import type { BoardStore } from './types.js';

/** A BoardStore kept in memory: for tests and for running without a disk. */
export class MemoryBoardStore implements BoardStore {
  private readonly boards = new Map<string, { snapshot: Uint8Array | null; updates: Uint8Array[] }>();

  async load(boardId: string): Promise<Uint8Array | null> {
    const board = this.boards.get(boardId);
    if (!board) return null;
    const parts = board.snapshot ? [board.snapshot, ...board.updates] : board.updates;
    return parts.length > 0 ? Y.mergeUpdatesV2(parts) : null;
  }

  async append(boardId: string, updateV2: Uint8Array): Promise<void> {
    const board = this.boards.get(boardId) ?? { snapshot: null, updates: [] };
    board.updates.push(updateV2);
    this.boards.set(boardId, board);
  }

  async compact(boardId: string, stateV2: Uint8Array): Promise<void> {
    this.boards.set(boardId, { snapshot: stateV2, updates: [] });
  }

  async pendingUpdates(boardId: string): Promise<number> {
    return this.boards.get(boardId)?.updates.length ?? 0;
  }
}
