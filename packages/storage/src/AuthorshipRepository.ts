import type { SqlClient } from './SqlClient.js';

/**
 * Who created each record of a board, written by the server when it accepts the update that adds
 * the record (the first author stays: ON CONFLICT DO NOTHING). Exports show these authors, not the
 * name a client wrote into the record.
 */
export class AuthorshipRepository {
  constructor(private readonly db: SqlClient) {}

  /** Records `authorId` as the creator of the records (those already known keep their author). */
  async record(boardId: string, recordIds: readonly string[], authorId: string, at = Date.now()): Promise<void> {
    if (recordIds.length === 0 || !(await this.db.get('SELECT 1 AS one FROM boards WHERE id = ?', [boardId]))) return;
    await this.db.transaction(async () => {
      for (const recordId of recordIds) {
        await this.db.run(
          'INSERT INTO record_authors (board_id, record_id, author_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
          [boardId, recordId, authorId, at],
        );
      }
    });
  }

  /** record id → author id, for every record of the board with a known author. */
  async authors(boardId: string): Promise<Map<string, string>> {
    const rows = await this.db.all<{ recordId: string; authorId: string }>(
      'SELECT record_id AS "recordId", author_id AS "authorId" FROM record_authors WHERE board_id = ?',
      [boardId],
    );
    return new Map(rows.map((row) => [row.recordId, row.authorId]));
  }
}
