// Loopback latency: pg (async), pg-native querySync (sync) and better-sqlite3, 300-byte bytea rows.
// Usage: DATABASE_URL=… node bench.mjs [N]
import pg from 'pg';
import Native from 'pg-native';
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';

const N = +(process.argv[2] ?? 1000);
const url = process.env.DATABASE_URL;
const payload = randomBytes(300);
const hex = '\\x' + payload.toString('hex');
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
const p99 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length * 0.99)]; };
const ns = () => process.hrtime.bigint();
const out = [];
const report = (name, samples) => out.push({ name, n: samples.length, median_us: +(median(samples) / 1000).toFixed(1), p99_us: +(p99(samples) / 1000).toFixed(1) });

async function timeAsync(fn) { const t = ns(); await fn(); return Number(ns() - t); }
function timeSync(fn) { const t = ns(); fn(); return Number(ns() - t); }

const setup = new pg.Client(url); await setup.connect();
await setup.query('DROP TABLE IF EXISTS bench; CREATE TABLE bench (id bigserial PRIMARY KEY, board text NOT NULL, data bytea NOT NULL)');
await setup.query(`INSERT INTO bench (board, data) SELECT 'b' || (g % 50), $1 FROM generate_series(1, 20000) g`, [payload]);
await setup.query('VACUUM ANALYZE bench');
const maxId = 20000;
const rid = () => 1 + Math.floor(Math.random() * maxId);
const INS = 'INSERT INTO bench (board, data) VALUES ($1, $2)';
const SEL = 'SELECT data FROM bench WHERE id = $1';

for (const sc of ['off', 'on']) {
  // pg, awaited one by one
  const c = new pg.Client(url); await c.connect();
  await c.query(`SET synchronous_commit = ${sc}`);
  for (let i = 0; i < 100; i++) await c.query(INS, ['b1', payload]);
  const a = []; for (let i = 0; i < N; i++) a.push(await timeAsync(() => c.query(INS, ['b1', payload])));
  report(`pg await   INSERT sc=${sc}`, a);
  // pg, 100 queries issued at once on one client; per-op cost = batch time / 100
  const b = [];
  for (let r = 0; r < N / 100; r++) {
    const t = ns();
    await Promise.all(Array.from({ length: 100 }, () => c.query(INS, ['b1', payload])));
    const per = Number(ns() - t) / 100; for (let k = 0; k < 100; k++) b.push(per);
  }
  report(`pg x100    INSERT sc=${sc} (batch/100)`, b);
  // One statement, 100 rows (what an appendMany of 100 updates would send); per-op = batch / 100
  const boards = Array(100).fill('b1'), datas = Array(100).fill(payload);
  const m = [];
  for (let r = 0; r < N / 100; r++) {
    const t = ns();
    await c.query('INSERT INTO bench (board, data) SELECT * FROM unnest($1::text[], $2::bytea[])', [boards, datas]);
    const per = Number(ns() - t) / 100; for (let k = 0; k < 100; k++) m.push(per);
  }
  report(`pg unnest100 INSERT sc=${sc} (batch/100)`, m);
  await c.end();
  // Pool of 4 connections, 100 queries at once: real concurrency on the server side
  const pool = new pg.Pool({ connectionString: url, max: 4 });
  pool.on('connect', (cl) => cl.query(`SET synchronous_commit = ${sc}`));
  await Promise.all(Array.from({ length: 8 }, () => pool.query(INS, ['b1', payload])));
  const q = [];
  for (let r = 0; r < N / 100; r++) {
    const t = ns();
    await Promise.all(Array.from({ length: 100 }, () => pool.query(INS, ['b1', payload])));
    const per = Number(ns() - t) / 100; for (let k = 0; k < 100; k++) q.push(per);
  }
  report(`pg pool4 x100 INSERT sc=${sc} (batch/100)`, q);
  await pool.end();
  // pg-native querySync
  const n = new Native(); n.connectSync(url);
  n.querySync(`SET synchronous_commit = ${sc}`);
  for (let i = 0; i < 100; i++) n.querySync(INS, ['b1', hex]);
  const s = []; for (let i = 0; i < N; i++) s.push(timeSync(() => n.querySync(INS, ['b1', hex])));
  report(`native sync INSERT sc=${sc}`, s);
  n.end();
}

{
  const c = new pg.Client(url); await c.connect();
  for (let i = 0; i < 100; i++) await c.query(SEL, [rid()]);
  const a = []; for (let i = 0; i < N; i++) a.push(await timeAsync(() => c.query(SEL, [rid()])));
  report('pg await   SELECT pk', a);
  const b = [];
  for (let r = 0; r < N / 100; r++) {
    const t = ns();
    await Promise.all(Array.from({ length: 100 }, () => c.query(SEL, [rid()])));
    const per = Number(ns() - t) / 100; for (let k = 0; k < 100; k++) b.push(per);
  }
  report('pg x100    SELECT pk (batch/100)', b);
  const r = await c.query(SEL, [1]); if (r.rows[0].data.length !== 300) throw new Error('bytea round trip');
  await c.end();
  const n = new Native(); n.connectSync(url);
  for (let i = 0; i < 100; i++) n.querySync(SEL, [String(rid())]);
  const s = []; for (let i = 0; i < N; i++) s.push(timeSync(() => n.querySync(SEL, [String(rid())])));
  report('native sync SELECT pk', s);
  if (n.querySync(SEL, ['1'])[0].data.length !== 300) throw new Error('native bytea round trip');
  n.end();
}
await setup.query('DROP TABLE bench'); await setup.end();

for (const sync of ['NORMAL', 'FULL']) {
  const file = `/tmp/pgtry/bench-${sync}.db`;
  const db = new Database(file);
  db.pragma('journal_mode = WAL'); db.pragma(`synchronous = ${sync}`);
  db.exec('DROP TABLE IF EXISTS bench; CREATE TABLE bench (id INTEGER PRIMARY KEY, board TEXT NOT NULL, data BLOB NOT NULL)');
  const ins = db.prepare('INSERT INTO bench (board, data) VALUES (?, ?)');
  db.transaction(() => { for (let i = 0; i < maxId; i++) ins.run('b' + (i % 50), payload); })();
  for (let i = 0; i < 100; i++) ins.run('b1', payload);
  const a = []; for (let i = 0; i < N; i++) a.push(timeSync(() => ins.run('b1', payload)));
  report(`sqlite     INSERT WAL sync=${sync}`, a);
  if (sync === 'NORMAL') {
    const sel = db.prepare('SELECT data FROM bench WHERE id = ?');
    const s = []; for (let i = 0; i < N; i++) s.push(timeSync(() => sel.get(rid())));
    report('sqlite     SELECT pk', s);
  }
  db.close();
}
console.table(out);
console.log(JSON.stringify(out));
