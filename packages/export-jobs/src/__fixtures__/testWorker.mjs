// A stand-in for worker.js in the pool's tests: same protocol (say "started", then work), test jobs.
import { threadId } from 'node:worker_threads';

export default async function testWorker({ job, started }) {
  started.postMessage('started');
  if (job.kind === 'busy') {
    const until = Date.now() + job.ms;
    while (Date.now() < until) {
      // Spin: a job that never yields, like a catastrophic regular expression.
    }
    return { ok: true, body: String(threadId) };
  }
  if (job.kind === 'hog') {
    const hoard = [];
    for (;;) hoard.push(new Array(1e5).fill(hoard.length));
  }
  return { ok: true, body: String(threadId) };
}
