import type { Principal } from '@canvas/access';
import type { PrivateBoardRepository, PrivateBoardRow, WorkshopRepository } from '@canvas/storage';
import { WorkshopError } from '../errors.js';
import { newId } from '../ids.js';
import type { LiveBoards } from '../ports.js';
import type { WorkshopService } from '../WorkshopService.js';

export interface PrivateWritingOptions {
  service: WorkshopService;
  repo: WorkshopRepository;
  boards: PrivateBoardRepository;
  live: LiveBoards;
  now?: () => number;
  /**
   * Called after a private board's notes were appended to the group's board and stored, before its
   * "revealed" mark is written: the one point where a crash leaves a reveal half-done (tests end the
   * process here, see W5).
   */
  /** Records the server-side authorship of revealed notes (the owner of the private board). */
  recordAuthors?: (boardId: string, recordIds: string[], authorId: string) => Promise<void>;
  afterAppend?: (privateBoardId: string) => void;
}

type Entry = { key: string; val: Record<string, unknown> };

/** The records array of a board doc (`BOARD_DOC.records` in @canvas/board-model, y-utility's YKeyValue layout). */
const RECORDS = 'tldraw-records';

/**
 * Individual writing, then reveal (rules W1–W6 in SPEC.md). While an activity is in individual
 * writing each participant writes a private board of their own (access rule A10 keeps it from
 * everyone but them and the facilitator); "reveal" copies every private note onto the board it
 * belongs to, attributed to its author, and closes the private boards.
 */
export class PrivateWriting {
  private readonly now: () => number;

  constructor(private readonly options: PrivateWritingOptions) {
    this.now = options.now ?? Date.now;
  }

  /** W1: the facilitator starts individual writing on an activity. */
  async start(workshopId: string, activityId: string): Promise<void> {
    await this.requireActivity(workshopId, activityId);
    await this.options.service.changeState(workshopId, (state) => {
      if (!state.writingActivityIds.includes(activityId)) state.writingActivityIds = [...state.writingActivityIds, activityId];
    });
  }

  /**
   * W2: the caller's private board for an activity, created on first use. It belongs to the board
   * the participant writes for the group (their group's board, or the workshop-wide board).
   */
  async myBoard(workshopId: string, principal: Principal, activityId: string): Promise<{ boardId: string }> {
    if (principal.kind !== 'participant') throw new WorkshopError(403, 'participants_only', 'Only participants write privately; the facilitator sees every private board.');
    await this.requireActivity(workshopId, activityId);
    if (!(await this.options.service.stateFor(workshopId)).writingActivityIds.includes(activityId)) {
      throw new WorkshopError(409, 'not_writing', 'This activity is not in individual writing.', 'activityId');
    }
    const parent = await this.parentFor(workshopId, activityId, principal.groupId);
    if (!parent) throw new WorkshopError(409, 'no_group', 'You are not in a group yet, so there is no board to write for.');
    const existing = await this.options.boards.openFor(workshopId, activityId, principal.participantId);
    if (existing) {
      await this.follow(existing, parent);
      return { boardId: existing.id };
    }
    const boardId = newId('bd');
    await this.options.boards.insert({ id: boardId, workshopId, parentBoardId: parent.id, ownerId: principal.participantId, groupId: parent.groupId, activityId });
    // The facilitator's console lists private boards from its view.
    await this.options.service.touched(workshopId);
    return { boardId };
  }

  /**
   * W3–W5: reveal. The intent is stored first, then each private board's notes are appended to its
   * board and stored, then the board gets its durable "revealed" mark; a restart finishes an
   * interrupted reveal (`resume`) and appending twice changes nothing (record ids are kept).
   */
  async reveal(workshopId: string, activityId: string): Promise<{ boards: number; notes: number }> {
    await this.requireActivity(workshopId, activityId);
    await this.options.service.changeState(workshopId, (state) => {
      if (!state.revealingActivityIds.includes(activityId)) state.revealingActivityIds = [...state.revealingActivityIds, activityId];
    });
    return await this.finish(workshopId, activityId);
  }

  /** W5: finishes every reveal a crash interrupted. Called once at start-up. */
  async resume(): Promise<number> {
    let finished = 0;
    for (const { workshopId, activityIds } of await this.options.boards.revealsInProgress()) {
      for (const activityId of activityIds) {
        await this.finish(workshopId, activityId);
        finished++;
      }
    }
    return finished;
  }

  private async finish(workshopId: string, activityId: string): Promise<{ boards: number; notes: number }> {
    const pending = await this.options.boards.unrevealed(workshopId, activityId);
    let notes = 0;
    for (const pendingBoard of pending) {
      // W7: the notes go to the board of the group the owner is in now (stored before any note moves,
      // so a resumed reveal appends to the same board).
      const owner = await this.options.repo.participant(pendingBoard.ownerId);
      const parent = owner?.groupId ? await this.parentFor(workshopId, activityId, owner.groupId) : undefined;
      const board = parent ? await this.follow(pendingBoard, parent) : pendingBoard;
      notes += await this.append(board);
      await this.options.live.flushWrites();
      this.options.afterAppend?.(board.id);
      await this.options.boards.markRevealed(board.id, this.now());
    }
    await this.options.service.changeState(workshopId, (state) => {
      state.writingActivityIds = state.writingActivityIds.filter((id) => id !== activityId);
      state.revealingActivityIds = state.revealingActivityIds.filter((id) => id !== activityId);
    });
    return { boards: pending.length, notes };
  }

  /** W4: copies the private board's shapes (and the assets of its pictures), same ids, stamped with their author; returns how many were new. */
  private async append(board: PrivateBoardRow): Promise<number> {
    const owner = await this.options.repo.participant(board.ownerId);
    const shapes = await this.options.live.withDoc(board.id, (doc) => {
      const entries = doc.getArray<Entry>(RECORDS).toArray();
      const copied = entries.filter((entry) => entry?.val?.typeName === 'shape');
      // Pictures go with the assets they show (files F5: the group board then holds the file's src).
      const used = new Set(copied.map((entry) => (entry.val.props as { assetId?: unknown } | undefined)?.assetId).filter((id) => typeof id === 'string'));
      return [...entries.filter((entry) => entry?.val?.typeName === 'asset' && used.has(entry.key)), ...copied];
    });
    const latest = new Map<string, Entry>();
    for (const entry of shapes) latest.set(entry.key, entry);
    const added = await this.options.live.withDoc(board.parentBoardId, (doc) => {
      const records = doc.getArray<Entry>(RECORDS);
      const present = new Set(records.toArray().map((entry) => entry.key));
      const fresh = [...latest.values()]
        .filter((entry) => !present.has(entry.key))
        .map((entry) => {
          const meta = { ...((entry.val.meta as Record<string, unknown> | undefined) ?? {}), authorId: board.ownerId, ...(owner ? { authorName: owner.displayName } : {}), revealedFrom: board.id };
          return { key: entry.key, val: { ...entry.val, meta } };
        });
      if (fresh.length > 0) doc.transact(() => records.push(fresh), 'reveal');
      return fresh.filter((entry) => (entry.val as Record<string, unknown>).typeName === 'shape').length;
    });
    // Every revealed id, not only the fresh ones: a reveal resumed after a crash still records them.
    await this.options.recordAuthors?.(board.parentBoardId, [...latest.keys()], board.ownerId);
    return added;
  }

  /** The board a participant in `groupId` writes for: the workshop-wide board, or their group's. */
  private async parentFor(workshopId: string, activityId: string, groupId: string | null): Promise<{ id: string; groupId: string | null } | undefined> {
    return (await this.options.repo
      .boards(workshopId))
      .find((b) => b.activityId === activityId && (b.kind === 'workshop' || (b.kind === 'group' && b.groupId !== null && b.groupId === groupId)));
  }

  /** W7: a private board follows its owner to their current group's board. */
  private async follow(board: PrivateBoardRow, parent: { id: string; groupId: string | null }): Promise<PrivateBoardRow> {
    if (board.parentBoardId === parent.id) return board;
    await this.options.boards.reparent(board.id, parent.id, parent.groupId);
    await this.options.service.touched(board.workshopId);
    return { ...board, parentBoardId: parent.id, groupId: parent.groupId };
  }

  private async requireActivity(workshopId: string, activityId: string): Promise<void> {
    if (!(await this.options.repo.activities(workshopId)).some((a) => a.id === activityId)) {
      throw new WorkshopError(400, 'unknown_activity', 'This activity is not part of the workshop.', 'activityId');
    }
  }
}
