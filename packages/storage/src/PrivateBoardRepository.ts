import type { SqlClient } from './SqlClient.js';

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
  'id, workshop_id AS "workshopId", parent_board_id AS "parentBoardId", owner_id AS "ownerId", group_id AS "groupId", activity_id AS "activityId", revealed_at AS "revealedAt"';

/** SQL for private boards (rows of `boards` with kind 'private'). No rules here: see @canvas/private-writing. */
export class PrivateBoardRepository {
  constructor(private readonly db: SqlClient) {}

  async insert(row: Omit<PrivateBoardRow, 'revealedAt'>): Promise<void> {
    await this.db.run(
      `INSERT INTO boards (id, workshop_id, kind, group_id, activity_id, owner_id, parent_board_id)
       VALUES (?, ?, 'private', ?, ?, ?, ?)`,
      [row.id, row.workshopId, row.groupId, row.activityId, row.ownerId, row.parentBoardId],
    );
  }

  get(id: string): Promise<PrivateBoardRow | undefined> {
    return this.db.get<PrivateBoardRow>(`SELECT ${COLUMNS} FROM boards WHERE id = ? AND kind = 'private'`, [id]);
  }

  /** The owner's unrevealed private board for an activity, if any (one per owner and activity, W7). */
  openFor(workshopId: string, activityId: string, ownerId: string): Promise<PrivateBoardRow | undefined> {
    return this.db.get<PrivateBoardRow>(
      `SELECT ${COLUMNS} FROM boards WHERE kind = 'private' AND workshop_id = ? AND activity_id = ? AND owner_id = ? AND revealed_at IS NULL ORDER BY rowid LIMIT 1`,
      [workshopId, activityId, ownerId],
    );
  }

  /** Attaches an unrevealed private board to another board (its owner moved group, W7). */
  async reparent(id: string, parentBoardId: string, groupId: string | null): Promise<void> {
    await this.db.run(`UPDATE boards SET parent_board_id = ?, group_id = ? WHERE id = ? AND kind = 'private' AND revealed_at IS NULL`, [
      parentBoardId,
      groupId,
      id,
    ]);
  }

  /** Every unrevealed private board of an activity, oldest first. */
  unrevealed(workshopId: string, activityId: string): Promise<PrivateBoardRow[]> {
    return this.db.all<PrivateBoardRow>(
      `SELECT ${COLUMNS} FROM boards WHERE kind = 'private' AND workshop_id = ? AND activity_id = ? AND revealed_at IS NULL ORDER BY rowid`,
      [workshopId, activityId],
    );
  }

  /**
   * Workshops whose state records a reveal in progress (W5), with those activities. The LIKE is
   * only a portable pre-filter (the state is compact JSON written by JSON.stringify); the JSON
   * decides.
   */
  async revealsInProgress(): Promise<Array<{ workshopId: string; activityIds: string[] }>> {
    const rows = await this.db.all<{ id: string; state: string }>(
      `SELECT id, state FROM workshops WHERE status = 'active' AND state LIKE '%"revealingActivityIds":["%'`,
    );
    return rows
      .map((row) => ({ workshopId: row.id, activityIds: revealing(row.state) }))
      .filter((row) => row.activityIds.length > 0);
  }

  async markRevealed(id: string, at: number): Promise<void> {
    await this.db.run(`UPDATE boards SET revealed_at = ? WHERE id = ? AND kind = 'private' AND revealed_at IS NULL`, [at, id]);
  }
}

function revealing(state: string): string[] {
  try {
    const ids = (JSON.parse(state) as { revealingActivityIds?: unknown }).revealingActivityIds;
    return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}
