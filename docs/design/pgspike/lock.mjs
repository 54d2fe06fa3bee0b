// Workshop advisory lock across processes, release on SIGKILL, and LISTEN/NOTIFY latency.
import pg from 'pg';
import { spawn } from 'node:child_process';
const url = process.env.DATABASE_URL;
const KEY = "hashtextextended('ws_x', 0)";
const median = (a) => { const s = [...a].sort((x, y) => x - y); return s[s.length >> 1]; };
const ms = (t) => Number(process.hrtime.bigint() - t) / 1e6;

const holderSrc = `
  const pg = require('pg');
  const c = new pg.Client(process.env.DATABASE_URL);
  c.connect().then(() => c.query("SELECT pg_try_advisory_lock(${KEY}) AS ok")).then((r) => {
    process.stdout.write(r.rows[0].ok ? 'held\\n' : 'refused\\n');
  });
  setInterval(() => {}, 1e6);`;

function startHolder() {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, ['-e', holderSrc], { stdio: ['ignore', 'pipe', 'inherit'] });
    p.stdout.once('data', (d) => resolve({ p, answer: String(d).trim() }));
  });
}
const other = new pg.Client(url); await other.connect();
const tryLock = async () => (await other.query(`SELECT pg_try_advisory_lock(${KEY}) AS ok`)).rows[0].ok;
const unlock = () => other.query(`SELECT pg_advisory_unlock(${KEY})`);

const releases = [];
for (let round = 0; round < 5; round++) {
  const { p, answer } = await startHolder();
  const refused = !(await tryLock());
  let stoppedStillHeld;
  if (round === 0) {
    // A frozen (not dead) process keeps its TCP connection, so it keeps the lock.
    p.kill('SIGSTOP'); await new Promise((r) => setTimeout(r, 2000));
    stoppedStillHeld = !(await tryLock());
  }
  const t = process.hrtime.bigint();
  p.kill('SIGKILL');
  let tries = 0;
  while (!(await tryLock())) { tries++; await new Promise((r) => setTimeout(r, 1)); }
  const took = ms(t);
  releases.push(took);
  console.log(`round ${round}: holder ${answer}, other refused while held: ${refused}` +
    (stoppedStillHeld !== undefined ? `, still held after 2 s SIGSTOP: ${stoppedStillHeld}` : '') +
    `; after SIGKILL the other got it in ${took.toFixed(1)} ms (${tries} refused tries)`);
  await unlock();
}
console.log(`lock handover after SIGKILL: median ${median(releases).toFixed(1)} ms of ${releases.length}`);

// LISTEN/NOTIFY: one connection notifies, another listens; time from send to delivery.
const listener = new pg.Client(url); await listener.connect();
await listener.query('LISTEN workshop_changed');
const lat = [];
for (let i = 0; i < 110; i++) {
  const got = new Promise((r) => listener.once('notification', () => r(process.hrtime.bigint())));
  const t = process.hrtime.bigint();
  await other.query("SELECT pg_notify('workshop_changed', $1)", [JSON.stringify({ workshopId: 'ws_x', i })]);
  const at = await got;
  if (i >= 10) lat.push(Number(at - t) / 1e6);
}
console.log(`LISTEN/NOTIFY send->delivery: median ${median(lat).toFixed(3)} ms, max ${Math.max(...lat).toFixed(3)} ms of ${lat.length}`);
await listener.end(); await other.end();
