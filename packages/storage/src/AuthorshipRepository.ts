import type { SqliteDatabase } from './Database.js';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Who created each record of a board, written by the server when it accepts the update that adds
 * the record (the first author stays: INSERT OR IGNORE). Exports show these authors, not the name
 * a client wrote into the record.
 */
export class AuthorshipRepository {
  private readonly insert: BetterSqlite3.Statement;
  private readonly select: BetterSqlite3.Statement;
  private readonly boardExists: BetterSqlite3.Statement;

  constructor(private readonly db: SqliteDatabase) {
    this.insert = db.prepare('INSERT OR IGNORE INTO record_authors (board_id, record_id, author_id, created_at) VALUES (?, ?, ?, ?)');
    this.select = db.prepare('SELECT record_id AS recordId, author_id AS authorId FROM record_authors WHERE board_id = ?');
    this.boardExists = db.prepare('SELECT 1 FROM boards WHERE id = ?');
  }

  /** Records `authorId` as the creator of the records (those already known keep their author). */
  record(boardId: string, recordIds: readonly string[], authorId: string, at = Date.now()): void {
    if (recordIds.length === 0 || !this.boardExists.get(boardId)) return;
    this.db.transaction(() => {
      for (const recordId of recordIds) this.insert.run(boardId, recordId, authorId, at);
    })();
  }

  /** record id → author id, for every record of the board with a known author. */
  authors(boardId: string): Map<string, string> {
    const rows = this.select.all(boardId) as Array<{ recordId: string; authorId: string }>;
    return new Map(rows.map((row) => [row.recordId, row.authorId]));
  }
}
