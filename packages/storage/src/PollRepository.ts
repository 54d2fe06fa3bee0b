import type BetterSqlite3 from 'better-sqlite3';

export interface PollRow {
  id: string;
  workshopId: string;
  kind: 'choice' | 'rating';
  question: string;
  /** Choice: the options' labels. Rating: the labels of 1 and of 5. */
  options: string[];
  resultsShown: boolean;
  openedAt: number;
  closedAt: number | null;
}

const COLUMNS = 'id, workshop_id AS workshopId, kind, question, options, results_shown AS resultsShown, opened_at AS openedAt, closed_at AS closedAt';
type RawPoll = Omit<PollRow, 'options' | 'resultsShown'> & { options: string; resultsShown: number };
const toPoll = (raw: RawPoll | undefined): PollRow | undefined =>
  raw ? { ...raw, options: JSON.parse(raw.options) as string[], resultsShown: raw.resultsShown === 1 } : undefined;

/** SQL for quick polls and their answers. No rules here: see @canvas/workshops › polls. */
export class PollRepository {
  constructor(private readonly db: BetterSqlite3.Database) {}

  transaction<T>(fn: () => T): T {
    return this.db.transaction(fn)();
  }

  insert(row: Omit<PollRow, 'closedAt' | 'resultsShown'>): void {
    this.db
      .prepare('INSERT INTO polls (id, workshop_id, kind, question, options, opened_at) VALUES (@id, @workshopId, @kind, @question, @options, @openedAt)')
      .run({ ...row, options: JSON.stringify(row.options) });
  }

  get(id: string): PollRow | undefined {
    return toPoll(this.db.prepare<[string], RawPoll>(`SELECT ${COLUMNS} FROM polls WHERE id = ?`).get(id));
  }

  /** The workshop's polls, oldest first. */
  forWorkshop(workshopId: string): PollRow[] {
    return this.db
      .prepare<[string], RawPoll>(`SELECT ${COLUMNS} FROM polls WHERE workshop_id = ? ORDER BY opened_at, rowid`)
      .all(workshopId)
      .map((raw) => toPoll(raw)!);
  }

  /** The newest poll of the workshop, open or not. */
  latest(workshopId: string): PollRow | undefined {
    return toPoll(this.db.prepare<[string], RawPoll>(`SELECT ${COLUMNS} FROM polls WHERE workshop_id = ? ORDER BY opened_at DESC, rowid DESC LIMIT 1`).get(workshopId));
  }

  close(id: string, at: number): void {
    this.db.prepare('UPDATE polls SET closed_at = ? WHERE id = ? AND closed_at IS NULL').run(at, id);
  }

  closeOpen(workshopId: string, at: number): void {
    this.db.prepare('UPDATE polls SET closed_at = ? WHERE workshop_id = ? AND closed_at IS NULL').run(at, workshopId);
  }

  showResults(id: string, shown: boolean): void {
    this.db.prepare('UPDATE polls SET results_shown = ? WHERE id = ?').run(shown ? 1 : 0, id);
  }

  /** Writes or replaces the participant's one answer. */
  answer(pollId: string, participantId: string, answer: number, at: number): void {
    this.db
      .prepare(
        `INSERT INTO poll_answers (poll_id, participant_id, answer, answered_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (poll_id, participant_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`,
      )
      .run(pollId, participantId, answer, at);
  }

  myAnswer(pollId: string, participantId: string): number | null {
    const row = this.db.prepare<[string, string], { answer: number }>('SELECT answer FROM poll_answers WHERE poll_id = ? AND participant_id = ?').get(pollId, participantId);
    return row ? row.answer : null;
  }

  /** How many answers each option got (index → count), without who gave them. */
  counts(pollId: string): Map<number, number> {
    const rows = this.db
      .prepare<[string], { answer: number; n: number }>('SELECT answer, COUNT(*) AS n FROM poll_answers WHERE poll_id = ? GROUP BY answer')
      .all(pollId);
    return new Map(rows.map((row) => [row.answer, row.n]));
  }
}
