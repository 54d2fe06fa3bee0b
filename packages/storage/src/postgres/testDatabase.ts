import { createHash } from 'node:crypto';
import pg from 'pg';

/**
 * For tests: a database of its own on the PostgreSQL server `baseUrl` points at (created when
 * missing, so a restarted test server finds its data again). The name derives from `key`.
 */
export async function testDatabaseUrl(baseUrl: string, key: string): Promise<string> {
  const name = `canvas_t_${createHash('sha256').update(key).digest('hex').slice(0, 16)}`;
  const admin = new URL(baseUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE ${name}`).catch((error: { code?: string }) => {
        if (error.code !== '42P04') throw error; // created meanwhile by another test
      });
    }
  } finally {
    await client.end();
  }
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
