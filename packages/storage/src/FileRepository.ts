import type { SqlClient } from './SqlClient.js';

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
  'id, workshop_id AS "workshopId", board_id AS "boardId", uploader_id AS "uploaderId", name, mime, width, height, size, created_at AS "createdAt"';

/** SQL for files on boards. No rules here: see @canvas/workshops › files. */
export class FileRepository {
  constructor(private readonly db: SqlClient) {}

  async insert(row: BoardFileRow & { bytes: Uint8Array }): Promise<void> {
    await this.db.run(
      `INSERT INTO board_files (id, workshop_id, board_id, uploader_id, name, mime, width, height, size, bytes, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      [
        row.id,
        row.workshopId,
        row.boardId,
        row.uploaderId,
        row.name,
        row.mime,
        row.width,
        row.height,
        row.size,
        Buffer.from(row.bytes.buffer, row.bytes.byteOffset, row.bytes.byteLength),
        row.createdAt,
      ],
    );
  }

  get(id: string): Promise<BoardFileRow | undefined> {
    return this.db.get<BoardFileRow>(`SELECT ${COLUMNS} FROM board_files WHERE id = ?`, [id]);
  }

  /** The file's bytes, or undefined when it is gone. */
  async bytes(id: string): Promise<Buffer | undefined> {
    return (await this.db.get<{ bytes: Buffer }>('SELECT bytes FROM board_files WHERE id = ?', [id]))?.bytes;
  }

  /** Bytes the workshop's files take together (for its quota). */
  async workshopBytes(workshopId: string): Promise<number> {
    return (await this.db.get<{ total: number | null }>('SELECT SUM(size) AS total FROM board_files WHERE workshop_id = ?', [workshopId]))?.total ?? 0;
  }

  async count(workshopId: string): Promise<number> {
    return (await this.db.get<{ n: number }>('SELECT COUNT(*) AS n FROM board_files WHERE workshop_id = ?', [workshopId]))!.n;
  }
}
