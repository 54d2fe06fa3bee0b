import { threadId } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExportJob } from './job.js';
import { ExportBusyError, ExportMemoryError, ExportPool, ExportTimeoutError } from './pool.js';

const filename = new URL('./__fixtures__/testWorker.mjs', import.meta.url).href;
const busy = (ms: number) => ({ kind: 'busy', ms }) as unknown as ExportJob;
let pool: ExportPool | null = null;
const make = (options: Partial<ConstructorParameters<typeof ExportPool>[0]> = {}) => (pool = new ExportPool({ filename, threads: 1, timeBudgetMs: 5_000, maxQueue: 10, ...options }));

afterEach(async () => {
  await pool?.close();
  pool = null;
});

describe('ExportPool', () => {
  it('X2.1 runs jobs on a worker thread, not on the caller’s', async () => {
    const result = await make().run(busy(1));
    expect(result.ok && Number(result.body)).not.toBe(threadId);
  });

  it('X2.1 the event loop keeps turning while a job spins for a second', async () => {
    const job = make().run(busy(1_000));
    let turns = 0;
    const tick = setInterval(() => turns++, 10);
    await job;
    clearInterval(tick);
    expect(turns).toBeGreaterThan(10);
  });

  it('X2.2 a job past its time budget is stopped with an error naming the budget, and the pool goes on', async () => {
    const p = make({ timeBudgetMs: 300 });
    await expect(p.run(busy(60_000))).rejects.toEqual(new ExportTimeoutError(300));
    expect(p.stats().timedOut).toBe(1);
    const next = await p.run(busy(1));
    expect(next.ok).toBe(true);
  });

  it('X2.2 the budget counts working time only: queued jobs that each fit it all finish', async () => {
    const p = make({ timeBudgetMs: 1_500 });
    const results = await Promise.all([p.run(busy(600)), p.run(busy(600)), p.run(busy(600))]);
    expect(results.every((r) => r.ok)).toBe(true);
  });

  it('X2.3 one job per thread plus maxQueue waiting ones are taken; one more is refused at once', async () => {
    const p = make({ maxQueue: 1 });
    const taken = [p.run(busy(400)), p.run(busy(1))];
    await expect(p.run(busy(1))).rejects.toEqual(new ExportBusyError(1));
    expect((await Promise.all(taken)).every((r) => r.ok)).toBe(true);
    await p.close();
    const none = make({ maxQueue: 0 });
    const only = none.run(busy(200));
    await expect(none.run(busy(1))).rejects.toBeInstanceOf(ExportBusyError);
    expect((await only).ok).toBe(true);
  });

  it('X2.4 a job that needs more memory than a thread has fails alone', async () => {
    const p = make({ maxMemoryMb: 32 });
    await expect(p.run({ kind: 'hog' } as unknown as ExportJob)).rejects.toBeInstanceOf(ExportMemoryError);
    expect((await p.run(busy(1))).ok).toBe(true);
  });
});
