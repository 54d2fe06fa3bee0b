import type BetterSqlite3 from 'better-sqlite3';

/** A participant's private board: their own notes for one board, until the facilitator reveals them. */
export interface PrivateBoardRow {
  id: string;
  workshopId: string;
  /** The group or workshop-wide board the notes go to on reveal. */
  parentBoardId: string;
  ownerId: string;
  groupId: string | null;
  activityId: string;
  /** Epoch ms of the durable "revealed" mark; null while the notes are still private. */
  revealedAt: number | null;
}

const COLUMNS =
  'id, workshop_id AS workshopId, parent_board_id AS parentBoardId, owner_id AS ownerId, group_id AS groupId, activity_id AS activityId, revealed_at AS revealedAt';

/** SQL for private boards (rows of `boards` with kind 'private'). No rules here: see @canvas/private-writing. */
export class PrivateBoardRepository {
  constructor(private readonly db: BetterSqlite3.Database) {}

  insert(row: Omit<PrivateBoardRow, 'revealedAt'>): void {
    this.db
      .prepare(
        `INSERT INTO boards (id, workshop_id, kind, group_id, activity_id, owner_id, parent_board_id)
         VALUES (@id, @workshopId, 'private', @groupId, @activityId, @ownerId, @parentBoardId)`,
      )
      .run(row);
  }

  get(id: string): PrivateBoardRow | undefined {
    return this.db.prepare<[string], PrivateBoardRow>(`SELECT ${COLUMNS} FROM boards WHERE id = ? AND kind = 'private'`).get(id);
  }

  /** The owner's unrevealed private board for an activity, if any (one per owner and activity, W7). */
  openFor(workshopId: string, activityId: string, ownerId: string): PrivateBoardRow | undefined {
    return this.db
      .prepare<[string, string, string], PrivateBoardRow>(
        `SELECT ${COLUMNS} FROM boards WHERE kind = 'private' AND workshop_id = ? AND activity_id = ? AND owner_id = ? AND revealed_at IS NULL ORDER BY rowid LIMIT 1`,
      )
      .get(workshopId, activityId, ownerId);
  }

  /** Attaches an unrevealed private board to another board (its owner moved group, W7). */
  reparent(id: string, parentBoardId: string, groupId: string | null): void {
    this.db
      .prepare(`UPDATE boards SET parent_board_id = ?, group_id = ? WHERE id = ? AND kind = 'private' AND revealed_at IS NULL`)
      .run(parentBoardId, groupId, id);
  }

  /** Every unrevealed private board of an activity, oldest first. */
  unrevealed(workshopId: string, activityId: string): PrivateBoardRow[] {
    return this.db
      .prepare<[string, string], PrivateBoardRow>(
        `SELECT ${COLUMNS} FROM boards WHERE kind = 'private' AND workshop_id = ? AND activity_id = ? AND revealed_at IS NULL ORDER BY rowid`,
      )
      .all(workshopId, activityId);
  }

  /** Workshops whose state records a reveal in progress (W5), with those activities. */
  revealsInProgress(): Array<{ workshopId: string; activityIds: string[] }> {
    return this.db
      .prepare<[], { id: string; ids: string }>(
        `SELECT id, json_extract(state, '$.revealingActivityIds') AS ids FROM workshops
         WHERE status = 'active' AND json_array_length(json_extract(state, '$.revealingActivityIds')) > 0`,
      )
      .all()
      .map((row) => ({ workshopId: row.id, activityIds: JSON.parse(row.ids) as string[] }));
  }

  markRevealed(id: string, at: number): void {
    this.db.prepare(`UPDATE boards SET revealed_at = ? WHERE id = ? AND kind = 'private' AND revealed_at IS NULL`).run(at, id);
  }
}
