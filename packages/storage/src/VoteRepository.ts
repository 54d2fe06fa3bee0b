import type { SqlClient } from './SqlClient.js';

export interface VoteRow {
  id: string;
  workshopId: string;
  activityId: string;
  dots: number;
  scope: 'group' | 'workshop';
  live: boolean;
  openedAt: number;
  closedAt: number | null;
}

export interface DotRow {
  seq: number;
  voteId: string;
  participantId: string;
  boardId: string;
  shapeId: string;
}

const VOTE_COLUMNS =
  'id, workshop_id AS "workshopId", activity_id AS "activityId", dots, scope, live, opened_at AS "openedAt", closed_at AS "closedAt"';
const DOT_COLUMNS = 'seq, vote_id AS "voteId", participant_id AS "participantId", board_id AS "boardId", shape_id AS "shapeId"';

type RawVote = Omit<VoteRow, 'live'> & { live: number };
const toVote = (raw: RawVote | undefined): VoteRow | undefined => (raw ? { ...raw, live: raw.live === 1 } : undefined);

/** SQL for votes and their dots. No rules here: the limits are decided in @canvas/voting. */
export class VoteRepository {
  constructor(private readonly db: SqlClient) {}

  /** Runs `fn` in one transaction; every repository call inside it (on this client) joins it. */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  async insertVote(row: Omit<VoteRow, 'closedAt'>): Promise<void> {
    await this.db.run('INSERT INTO votes (id, workshop_id, activity_id, dots, scope, live, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      row.id,
      row.workshopId,
      row.activityId,
      row.dots,
      row.scope,
      row.live ? 1 : 0,
      row.openedAt,
    ]);
  }

  async vote(id: string): Promise<VoteRow | undefined> {
    return toVote(await this.db.get<RawVote>(`SELECT ${VOTE_COLUMNS} FROM votes WHERE id = ?`, [id]));
  }

  /** The workshop's votes, newest first. */
  async votes(workshopId: string): Promise<VoteRow[]> {
    const rows = await this.db.all<RawVote>(`SELECT ${VOTE_COLUMNS} FROM votes WHERE workshop_id = ? ORDER BY opened_at DESC, rowid DESC`, [workshopId]);
    return rows.map((raw) => toVote(raw)!);
  }

  async closeVote(id: string, at: number): Promise<void> {
    await this.db.run('UPDATE votes SET closed_at = ? WHERE id = ? AND closed_at IS NULL', [at, id]);
  }

  dots(voteId: string): Promise<DotRow[]> {
    return this.db.all<DotRow>(`SELECT ${DOT_COLUMNS} FROM vote_dots WHERE vote_id = ? ORDER BY seq`, [voteId]);
  }

  dotsOf(voteId: string, participantId: string): Promise<DotRow[]> {
    return this.db.all<DotRow>(`SELECT ${DOT_COLUMNS} FROM vote_dots WHERE vote_id = ? AND participant_id = ? ORDER BY seq`, [voteId, participantId]);
  }

  async insertDot(row: Omit<DotRow, 'seq'>, at: number): Promise<void> {
    await this.db.run('INSERT INTO vote_dots (vote_id, participant_id, board_id, shape_id, placed_at) VALUES (?, ?, ?, ?, ?)', [
      row.voteId,
      row.participantId,
      row.boardId,
      row.shapeId,
      at,
    ]);
  }

  async deleteDot(seq: number): Promise<void> {
    await this.db.run('DELETE FROM vote_dots WHERE seq = ?', [seq]);
  }

  /** Closed votes' dot counts per shape of a board (for exports). */
  async closedCountsForBoard(boardId: string): Promise<Map<string, number>> {
    const rows = await this.db.all<{ shapeId: string; n: number }>(
      `SELECT d.shape_id AS "shapeId", COUNT(*) AS n FROM vote_dots d JOIN votes v ON v.id = d.vote_id
       WHERE d.board_id = ? AND v.closed_at IS NOT NULL GROUP BY d.shape_id`,
      [boardId],
    );
    return new Map(rows.map((r) => [r.shapeId, r.n]));
  }
}
