import fs from 'node:fs';
import path from 'node:path';
import { openDatabase } from '@canvas/storage';
import { PostgresClient, copySqliteToPostgres } from '@canvas/storage/postgres';
import { loadConfigOrExit } from './config.js';

/**
 * `pnpm db:copy-to-postgres`: copies the SQLite data directory `DATA_DIR` into the empty PostgreSQL
 * database `DATABASE_URL` (issue 15 §1; docs/deployment.md, "Moving from SQLite"). Stop the server
 * first. Exit codes: 0 copied, 78 a setting is wrong, 1 the copy failed (nothing of it was kept).
 */
async function main(): Promise<number> {
  const config = loadConfigOrExit();
  if (!config.DATABASE_URL) {
    process.stderr.write('DATABASE_URL: must be set to the PostgreSQL database to copy into (postgres://…)\n');
    return 78;
  }
  const file = path.join(config.DATA_DIR, 'canvas-sessions.sqlite');
  if (!fs.existsSync(file)) {
    process.stderr.write(`DATA_DIR: ${path.resolve(config.DATA_DIR)} holds no canvas-sessions.sqlite to copy\n`);
    return 78;
  }
  const sqlite = openDatabase({ dataDir: config.DATA_DIR });
  let target: PostgresClient | undefined;
  try {
    target = await PostgresClient.connect(config.DATABASE_URL, { max: 2, applicationName: 'canvas-sessions:copy' });
    const copied = await copySqliteToPostgres(sqlite, target, { onTable: (table, rows) => process.stdout.write(`${table}: ${rows} rows\n`) });
    const total = Object.values(copied).reduce((sum, rows) => sum + rows, 0);
    process.stdout.write(`copied ${total} rows from ${file} into PostgreSQL\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`copy failed, nothing was kept: ${(error as Error).message}\n`);
    return 1;
  } finally {
    sqlite.close();
    await target?.close();
  }
}

void main().then((code) => process.exit(code));
