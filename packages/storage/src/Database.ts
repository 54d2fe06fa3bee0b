import BetterSqlite3 from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { migrate } from './migrations.js';

export type SqliteDatabase = BetterSqlite3.Database;

export interface OpenOptions {
  /** Directory holding `canvas-sessions.sqlite`; created if missing. Use ':memory:' for tests. */
  dataDir: string;
  /**
   * 'normal' (default): a committed write survives a process crash (SIGKILL); an OS crash or power
   * loss may lose the last transactions. 'full': fsync on every commit, survives power loss too.
   */
  synchronous?: 'normal' | 'full';
}

export const DATABASE_FILE = 'canvas-sessions.sqlite';

/**
 * Opens (and migrates) the embedded SQLite store. better-sqlite3 is synchronous on purpose: an
 * update is committed to the WAL before the sync server relays it (see docs/reliability.md).
 */
export function openDatabase(options: OpenOptions): SqliteDatabase {
  let file = ':memory:';
  if (options.dataDir !== ':memory:') {
    file = path.join(options.dataDir, DATABASE_FILE);
    keepPrivate(options.dataDir, file);
  }
  const db = new BetterSqlite3(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('foreign_keys = ON');
  // Deleted workshops must not linger in free pages (schools are promised deletion).
  db.pragma('secure_delete = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return db;
}

/**
 * The store holds names, notes and the credential secret: only the server's user may read it.
 * The directory becomes 0700 and the database file 0600 (existing looser ones are narrowed);
 * SQLite creates its -wal and -shm files with the database file's mode, and narrowing them here
 * covers files left by an older version.
 */
function keepPrivate(dataDir: string, file: string): void {
  fs.mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  fs.chmodSync(dataDir, 0o700);
  fs.closeSync(fs.openSync(file, 'a', 0o600));
  for (const name of [file, `${file}-wal`, `${file}-shm`]) {
    if (fs.existsSync(name)) fs.chmodSync(name, 0o600);
  }
}
