import type { SqlClient } from './SqlClient.js';

/** A saved agenda as stored; `itemsJson` is the validated item list, written by the caller. */
export interface SavedAgendaRow {
  id: string;
  title: string;
  language: string;
  itemsJson: string;
  keyHash: string;
  createdAt: number;
}

const COLUMNS = 'id, title, language, items_json AS "itemsJson", key_hash AS "keyHash", created_at AS "createdAt"';

/** Agendas facilitators saved (table `saved_agendas`, migration 4). Validation is the caller's job. */
export class AgendaRepository {
  constructor(private readonly db: SqlClient) {}

  async insert(row: SavedAgendaRow): Promise<void> {
    await this.db.run('INSERT INTO saved_agendas (id, title, language, items_json, key_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)', [
      row.id,
      row.title,
      row.language,
      row.itemsJson,
      row.keyHash,
      row.createdAt,
    ]);
  }

  get(id: string): Promise<SavedAgendaRow | undefined> {
    return this.db.get<SavedAgendaRow>(`SELECT ${COLUMNS} FROM saved_agendas WHERE id = ?`, [id]);
  }

  /** True when a row was deleted. */
  async delete(id: string): Promise<boolean> {
    return (await this.db.run('DELETE FROM saved_agendas WHERE id = ?', [id])).changes > 0;
  }
}
