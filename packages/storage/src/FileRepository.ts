import type BetterSqlite3 from 'better-sqlite3';

/** A file put on a board, without its bytes. */
export interface BoardFileRow {
  id: string;
  workshopId: string;
  boardId: string;
  uploaderId: string;
  name: string;
  mime: string;
  width: number;
  height: number;
  size: number;
  createdAt: number;
}

const COLUMNS =
  'id, workshop_id AS workshopId, board_id AS boardId, uploader_id AS uploaderId, name, mime, width, height, size, created_at AS createdAt';

/** SQL for files on boards. No rules here: see @canvas/workshops › files. */
export class FileRepository {
  constructor(private readonly db: BetterSqlite3.Database) {}

  insert(row: BoardFileRow & { bytes: Uint8Array }): void {
    this.db
      .prepare(
        `INSERT INTO board_files (id, workshop_id, board_id, uploader_id, name, mime, width, height, size, bytes, created_at)
         VALUES (@id, @workshopId, @boardId, @uploaderId, @name, @mime, @width, @height, @size, @bytes, @createdAt)`,
      )
      .run({ ...row, bytes: Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength) });
  }

  get(id: string): BoardFileRow | undefined {
    return this.db.prepare<[string], BoardFileRow>(`SELECT ${COLUMNS} FROM board_files WHERE id = ?`).get(id);
  }

  /** The file's bytes, or undefined when it is gone. */
  bytes(id: string): Buffer | undefined {
    return this.db.prepare<[string], { bytes: Buffer }>('SELECT bytes FROM board_files WHERE id = ?').get(id)?.bytes;
  }

  /** Bytes the workshop's files take together (for its quota). */
  workshopBytes(workshopId: string): number {
    return this.db.prepare<[string], { total: number | null }>('SELECT SUM(size) AS total FROM board_files WHERE workshop_id = ?').get(workshopId)?.total ?? 0;
  }

  count(workshopId: string): number {
    return this.db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM board_files WHERE workshop_id = ?').get(workshopId)!.n;
  }
}
