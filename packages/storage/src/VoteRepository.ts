import type BetterSqlite3 from 'better-sqlite3';

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
  'id, workshop_id AS workshopId, activity_id AS activityId, dots, scope, live, opened_at AS openedAt, closed_at AS closedAt';
const DOT_COLUMNS = 'seq, vote_id AS voteId, participant_id AS participantId, board_id AS boardId, shape_id AS shapeId';

type RawVote = Omit<VoteRow, 'live'> & { live: number };
const toVote = (raw: RawVote | undefined): VoteRow | undefined => (raw ? { ...raw, live: raw.live === 1 } : undefined);

/** SQL for votes and their dots. No rules here: the limits are decided in @canvas/voting. */
export class VoteRepository {
  constructor(private readonly db: BetterSqlite3.Database) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  insertVote(row: Omit<VoteRow, 'closedAt'>): void {
    this.db
      .prepare('INSERT INTO votes (id, workshop_id, activity_id, dots, scope, live, opened_at) VALUES (@id, @workshopId, @activityId, @dots, @scope, @live, @openedAt)')
      .run({ ...row, live: row.live ? 1 : 0 });
  }

  vote(id: string): VoteRow | undefined {
    return toVote(this.db.prepare<[string], RawVote>(`SELECT ${VOTE_COLUMNS} FROM votes WHERE id = ?`).get(id));
  }

  /** The workshop's votes, newest first. */
  votes(workshopId: string): VoteRow[] {
    return this.db
      .prepare<[string], RawVote>(`SELECT ${VOTE_COLUMNS} FROM votes WHERE workshop_id = ? ORDER BY opened_at DESC, rowid DESC`)
      .all(workshopId)
      .map((raw) => toVote(raw)!);
  }

  closeVote(id: string, at: number): void {
    this.db.prepare('UPDATE votes SET closed_at = ? WHERE id = ? AND closed_at IS NULL').run(at, id);
  }

  dots(voteId: string): DotRow[] {
    return this.db.prepare<[string], DotRow>(`SELECT ${DOT_COLUMNS} FROM vote_dots WHERE vote_id = ? ORDER BY seq`).all(voteId);
  }

  dotsOf(voteId: string, participantId: string): DotRow[] {
    return this.db
      .prepare<[string, string], DotRow>(`SELECT ${DOT_COLUMNS} FROM vote_dots WHERE vote_id = ? AND participant_id = ? ORDER BY seq`)
      .all(voteId, participantId);
  }

  insertDot(row: Omit<DotRow, 'seq'>, at: number): void {
    this.db
      .prepare('INSERT INTO vote_dots (vote_id, participant_id, board_id, shape_id, placed_at) VALUES (@voteId, @participantId, @boardId, @shapeId, @at)')
      .run({ ...row, at });
  }

  deleteDot(seq: number): void {
    this.db.prepare('DELETE FROM vote_dots WHERE seq = ?').run(seq);
  }

  /** Closed votes' dot counts per shape of a board (for exports). */
  closedCountsForBoard(boardId: string): Map<string, number> {
    const rows = this.db
      .prepare<[string], { shapeId: string; n: number }>(
        `SELECT d.shape_id AS shapeId, COUNT(*) AS n FROM vote_dots d JOIN votes v ON v.id = d.vote_id
         WHERE d.board_id = ? AND v.closed_at IS NOT NULL GROUP BY d.shape_id`,
      )
      .all(boardId);
    return new Map(rows.map((r) => [r.shapeId, r.n]));
  }
}
