import type { SqlClient } from './SqlClient.js';

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

const COLUMNS = 'id, workshop_id AS "workshopId", kind, question, options, results_shown AS "resultsShown", opened_at AS "openedAt", closed_at AS "closedAt"';
type RawPoll = Omit<PollRow, 'options' | 'resultsShown'> & { options: string; resultsShown: number };
const toPoll = (raw: RawPoll | undefined): PollRow | undefined =>
  raw ? { ...raw, options: JSON.parse(raw.options) as string[], resultsShown: raw.resultsShown === 1 } : undefined;

/** SQL for quick polls and their answers. No rules here: see @canvas/workshops › polls. */
export class PollRepository {
  constructor(private readonly db: SqlClient) {}

  /** Runs `fn` in one transaction; every repository call inside it (on this client) joins it. */
  transaction<T>(fn: () => Promise<T>): Promise<T> {
    return this.db.transaction(fn);
  }

  async insert(row: Omit<PollRow, 'closedAt' | 'resultsShown'>): Promise<void> {
    await this.db.run('INSERT INTO polls (id, workshop_id, kind, question, options, opened_at) VALUES (?, ?, ?, ?, ?, ?)', [
      row.id,
      row.workshopId,
      row.kind,
      row.question,
      JSON.stringify(row.options),
      row.openedAt,
    ]);
  }

  async get(id: string): Promise<PollRow | undefined> {
    return toPoll(await this.db.get<RawPoll>(`SELECT ${COLUMNS} FROM polls WHERE id = ?`, [id]));
  }

  /** The workshop's polls, oldest first. */
  async forWorkshop(workshopId: string): Promise<PollRow[]> {
    const rows = await this.db.all<RawPoll>(`SELECT ${COLUMNS} FROM polls WHERE workshop_id = ? ORDER BY opened_at, rowid`, [workshopId]);
    return rows.map((raw) => toPoll(raw)!);
  }

  /** The newest poll of the workshop, open or not. */
  async latest(workshopId: string): Promise<PollRow | undefined> {
    return toPoll(await this.db.get<RawPoll>(`SELECT ${COLUMNS} FROM polls WHERE workshop_id = ? ORDER BY opened_at DESC, rowid DESC LIMIT 1`, [workshopId]));
  }

  async close(id: string, at: number): Promise<void> {
    await this.db.run('UPDATE polls SET closed_at = ? WHERE id = ? AND closed_at IS NULL', [at, id]);
  }

  async closeOpen(workshopId: string, at: number): Promise<void> {
    await this.db.run('UPDATE polls SET closed_at = ? WHERE workshop_id = ? AND closed_at IS NULL', [at, workshopId]);
  }

  async showResults(id: string, shown: boolean): Promise<void> {
    await this.db.run('UPDATE polls SET results_shown = ? WHERE id = ?', [shown ? 1 : 0, id]);
  }

  /** Writes or replaces the participant's one answer. */
  async answer(pollId: string, participantId: string, answer: number, at: number): Promise<void> {
    await this.db.run(
      `INSERT INTO poll_answers (poll_id, participant_id, answer, answered_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (poll_id, participant_id) DO UPDATE SET answer = excluded.answer, answered_at = excluded.answered_at`,
      [pollId, participantId, answer, at],
    );
  }

  async myAnswer(pollId: string, participantId: string): Promise<number | null> {
    const row = await this.db.get<{ answer: number }>('SELECT answer FROM poll_answers WHERE poll_id = ? AND participant_id = ?', [pollId, participantId]);
    return row ? row.answer : null;
  }

  /** How many answers each option got (index → count), without who gave them. */
  async counts(pollId: string): Promise<Map<number, number>> {
    const rows = await this.db.all<{ answer: number; n: number }>('SELECT answer, COUNT(*) AS n FROM poll_answers WHERE poll_id = ? GROUP BY answer', [pollId]);
    return new Map(rows.map((row) => [row.answer, row.n]));
  }
}
