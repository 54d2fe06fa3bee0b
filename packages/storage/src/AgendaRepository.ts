import type BetterSqlite3 from 'better-sqlite3';

/** A saved agenda as stored; `itemsJson` is the validated item list, written by the caller. */
export interface SavedAgendaRow {
  id: string;
  title: string;
  language: string;
  itemsJson: string;
  keyHash: string;
  createdAt: number;
}

const COLUMNS = 'id, title, language, items_json AS itemsJson, key_hash AS keyHash, created_at AS createdAt';

/** Agendas facilitators saved (table `saved_agendas`, migration 4). Validation is the caller's job. */
export class AgendaRepository {
  constructor(private readonly db: BetterSqlite3.Database) {}

  insert(row: SavedAgendaRow): void {
    this.db
      .prepare('INSERT INTO saved_agendas (id, title, language, items_json, key_hash, created_at) VALUES (@id, @title, @language, @itemsJson, @keyHash, @createdAt)')
      .run(row);
  }

  get(id: string): SavedAgendaRow | undefined {
    return this.db.prepare<[string], SavedAgendaRow>(`SELECT ${COLUMNS} FROM saved_agendas WHERE id = ?`).get(id);
  }

  /** True when a row was deleted. */
  delete(id: string): boolean {
    return this.db.prepare('DELETE FROM saved_agendas WHERE id = ?').run(id).changes > 0;
  }
}
