import type { SqlClient } from './SqlClient.js';

export type ContributionKind = 'added' | 'edited' | 'moved';

/** One participant's contributions to one activity (private boards count to their activity). */
export interface ContributionRow {
  participantId: string;
  activityId: string;
  added: number;
  edited: number;
  moved: number;
  /** Writes counted (at most one per note, kind and 10 seconds). */
  writes: number;
  activeMinutes: number;
  votes: number;
}

/** A write counts again for the same note and kind only after this pause (a drag is many updates). */
const COALESCE_MS = 10_000;

/** SQL for who contributed what. No rules here: see @canvas/workshops › contributions. */
export class ContributionRepository {
  constructor(private readonly db: SqlClient) {}

  /** Records accepted updates' note changes, each by its writer, in one transaction. */
  async record(
    writes: ReadonlyArray<{ boardId: string; participantId: string; changes: ReadonlyArray<{ recordId: string; kind: ContributionKind }>; at: number }>,
  ): Promise<void> {
    await this.db.transaction(async () => {
      for (const { boardId, participantId, changes, at } of writes) {
        for (const change of changes) {
          await this.db.run(
            `INSERT INTO contributions (board_id, participant_id, record_id, kind, times, first_at, last_at)
             VALUES (?, ?, ?, ?, 1, ?, ?)
             ON CONFLICT (board_id, participant_id, record_id, kind) DO UPDATE SET
               times = contributions.times + (CASE WHEN excluded.last_at - contributions.last_at >= ${COALESCE_MS} THEN 1 ELSE 0 END),
               last_at = CASE WHEN excluded.last_at - contributions.last_at >= ${COALESCE_MS} THEN excluded.last_at ELSE contributions.last_at END`,
            [boardId, participantId, change.recordId, change.kind, at, at],
          );
        }
        await this.db.run('INSERT INTO contribution_minutes (board_id, participant_id, minute) VALUES (?, ?, ?) ON CONFLICT DO NOTHING', [
          boardId,
          participantId,
          Math.floor(at / 60_000),
        ]);
      }
    });
  }

  /** Per participant and activity of the workshop: notes added, edited, moved, writes, active minutes, dots placed. */
  async report(workshopId: string): Promise<ContributionRow[]> {
    const rows = new Map<string, ContributionRow>();
    const row = (participantId: string, activityId: string) => {
      const key = `${participantId}\u0000${activityId}`;
      let found = rows.get(key);
      if (!found) {
        found = { participantId, activityId, added: 0, edited: 0, moved: 0, writes: 0, activeMinutes: 0, votes: 0 };
        rows.set(key, found);
      }
      return found;
    };
    const changes = await this.db.all<{ participantId: string; activityId: string; kind: ContributionKind; notes: number; writes: number }>(
        `SELECT c.participant_id AS "participantId", b.activity_id AS "activityId", c.kind AS kind, COUNT(*) AS notes, SUM(c.times) AS writes
         FROM contributions c JOIN boards b ON b.id = c.board_id
         WHERE b.workshop_id = ? AND b.activity_id IS NOT NULL
         GROUP BY c.participant_id, b.activity_id, c.kind`,
      [workshopId],
    );
    for (const change of changes) {
      const target = row(change.participantId, change.activityId);
      target[change.kind] = change.notes;
      target.writes += change.writes;
    }
    const minutes = await this.db.all<{ participantId: string; activityId: string; minutes: number }>(
        `SELECT m.participant_id AS "participantId", b.activity_id AS "activityId", COUNT(DISTINCT m.minute) AS minutes
         FROM contribution_minutes m JOIN boards b ON b.id = m.board_id
         WHERE b.workshop_id = ? AND b.activity_id IS NOT NULL
         GROUP BY m.participant_id, b.activity_id`,
      [workshopId],
    );
    for (const entry of minutes) row(entry.participantId, entry.activityId).activeMinutes = entry.minutes;
    const votes = await this.db.all<{ participantId: string; activityId: string; dots: number }>(
        `SELECT d.participant_id AS "participantId", v.activity_id AS "activityId", COUNT(*) AS dots
         FROM vote_dots d JOIN votes v ON v.id = d.vote_id
         WHERE v.workshop_id = ?
         GROUP BY d.participant_id, v.activity_id`,
      [workshopId],
    );
    for (const entry of votes) row(entry.participantId, entry.activityId).votes = entry.dots;
    return [...rows.values()];
  }
}
