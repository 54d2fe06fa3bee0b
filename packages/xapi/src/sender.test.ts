import { afterEach, describe, expect, it } from 'vitest';
import { event, BASE_URL, scriptedSession } from './__fixtures__/events.js';
import { configFor, ManualTimers, memoryLogger, sleep, waitFor } from './__fixtures__/helpers.js';
import { StubLrs, type StubLrsOptions } from './__fixtures__/stubLrs.js';
import type { XapiConfig } from './config.js';
import { statementIdFor } from './ids.js';
import { XapiSender, type XapiSenderOptions } from './sender.js';
import { toStatement } from './toStatement.js';

const cleanups: (() => Promise<unknown>)[] = [];
afterEach(async () => {
  while (cleanups.length > 0) await cleanups.pop()!();
});

async function startLrs(options?: StubLrsOptions): Promise<StubLrs> {
  const lrs = await StubLrs.start(options);
  cleanups.push(() => lrs.stop());
  return lrs;
}

/** A sender with test-sized delays: back-off 30 ms doubling to 200 ms. */
function startSender(lrs: StubLrs, config: Partial<XapiConfig> = {}, options: Partial<XapiSenderOptions> = {}) {
  const logger = memoryLogger();
  const sender = new XapiSender({
    config: configFor(lrs.endpoint, config),
    baseUrl: BASE_URL,
    logger,
    backoff: { baseMs: 30, maxMs: 200 },
    requestTimeoutMs: 1000,
    ...options,
  });
  cleanups.push(() => sender.close(500));
  return { sender, logger };
}

const idOf = (eventId: string) => statementIdFor(BASE_URL, eventId);

/** Each of these statements is stored, and arrived in exactly `times` requests. */
function expectStoredOnce(lrs: StubLrs, eventIds: string[], times = 1): void {
  expect(lrs.stored.size).toBe(eventIds.length);
  for (const eventId of eventIds) {
    expect(lrs.stored.has(idOf(eventId)), eventId).toBe(true);
    expect(lrs.deliveries(idOf(eventId)), eventId).toBe(times);
  }
}

describe('the stub LRS is as strict as a real one', () => {
  it('needs the version header, validates statements, stores by id, answers GET', async () => {
    const lrs = await startLrs();
    const statement = toStatement(event('added'), { baseUrl: BASE_URL });
    const post = (body: unknown, headers: Record<string, string> = { 'X-Experience-API-Version': '1.0.3' }) =>
      fetch(`${lrs.endpoint}/statements`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

    expect((await post([statement], {})).status).toBe(400);
    expect((await post([{ ...statement, verb: { id: 'not an IRI' } }])).status).toBe(400);
    expect(lrs.stored.size).toBe(0);

    const first = await post([statement]);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual([statement.id]);
    expect((await post(statement)).status).toBe(200); // the same statement again, not an array
    expect(lrs.stored.size).toBe(1);

    const put = await fetch(`${lrs.endpoint}/statements?statementId=${statement.id}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' },
      body: JSON.stringify({ ...statement, timestamp: '2026-03-14T10:00:00.000Z' }),
    });
    expect(put.status).toBe(409); // another statement under a stored id
    const got = await fetch(`${lrs.endpoint}/statements?statementId=${statement.id}`, { headers: { 'X-Experience-API-Version': '1.0.3' } });
    expect(await got.json()).toMatchObject({ id: statement.id, verb: statement.verb });
  });
});

describe('X4 batching', () => {
  it('a scripted session of 200 events arrives complete: each id once, batches of at most batchSize', async () => {
    const lrs = await startLrs();
    const { sender } = startSender(lrs, { batchSize: 20, flushMs: 100 });
    const events = scriptedSession(200);
    // Bursts of uneven size with pauses, as a workshop produces them.
    let i = 0;
    for (const burst of [1, 7, 33, 20, 2, 57, 19, 40, 21]) {
      for (const e of events.slice(i, i + burst)) sender.record(e);
      i += burst;
      await sleep(15);
    }
    expect(i).toBe(200);
    expect(await sender.flush(5000)).toBe(true);

    expectStoredOnce(lrs, events.map((e) => e.id));
    expect(lrs.requests.every((r) => r.method === 'POST' && r.status === 200 && r.statements >= 1 && r.statements <= 20)).toBe(true);
    expect(lrs.requests.reduce((n, r) => n + r.statements, 0)).toBe(200);
    expect(lrs.requests.filter((r) => r.authorization !== undefined)).toEqual([]); // no auth configured, none sent
    expect(sender.stats()).toEqual({
      queued: 0,
      sent: 200,
      dropped: 0,
      drops: { queueFull: 0, rejected: 0, invalid: 0, closed: 0 },
      failedAttempts: 0,
      lastError: null,
    });
    // What arrived is what toStatement made (X1: the stored id is the derived one).
    const sample = events[123]!;
    const { stored: _stored, ...arrived } = lrs.stored.get(idOf(sample.id))!;
    expect(arrived).toEqual(toStatement(sample, { baseUrl: BASE_URL }));
  });

  it('a full batch goes at once; a partial one after flushMs', async () => {
    const lrs = await startLrs();
    const { sender } = startSender(lrs, { batchSize: 10, flushMs: 400 });
    const events = scriptedSession(13, 'timing');
    const started = Date.now();
    for (const e of events.slice(0, 10)) sender.record(e);
    await waitFor(() => lrs.stored.size === 10, 'the full batch');
    expect(Date.now() - started).toBeLessThan(300);

    const partialAt = Date.now();
    for (const e of events.slice(10)) sender.record(e);
    await sleep(150);
    expect(lrs.stored.size).toBe(10); // still waiting for more
    await waitFor(() => lrs.stored.size === 13, 'the partial batch');
    expect(Date.now() - partialAt).toBeGreaterThanOrEqual(350);
    expect(lrs.requests.map((r) => r.statements)).toEqual([10, 3]);
  });
});

describe('X5 retries and back-off: nothing lost, nothing duplicated', () => {
  it('while the LRS answers 503, record() stays fast; once it is back everything arrives once', async () => {
    const lrs = await startLrs();
    lrs.failWith = { status: 503 };
    const { sender, logger } = startSender(lrs, { batchSize: 25, flushMs: 50 });
    const events = scriptedSession(100, 'outage');

    let slowest = 0;
    for (const e of events.slice(0, 50)) {
      const t = performance.now();
      expect(sender.record(e)).toBeUndefined(); // not a promise: nothing to await
      slowest = Math.max(slowest, performance.now() - t);
    }
    await waitFor(() => sender.stats().failedAttempts >= 3, 'three failed attempts');
    for (const e of events.slice(50)) {
      const t = performance.now();
      sender.record(e);
      slowest = Math.max(slowest, performance.now() - t);
    }
    expect(slowest).toBeLessThan(50); // microseconds in practice; the bound is loose for a busy CI machine
    expect(lrs.stored.size).toBe(0);
    expect(sender.stats()).toMatchObject({ queued: 100, sent: 0, dropped: 0, lastError: expect.stringContaining('503') });
    expect(logger.lines.filter((l) => l.message.includes('will retry')).length).toBeLessThan(sender.stats().failedAttempts);

    lrs.failWith = null;
    expect(await sender.flush(5000)).toBe(true);
    expectStoredOnce(lrs, events.map((e) => e.id));
    expect(sender.stats()).toMatchObject({ queued: 0, sent: 100, dropped: 0 });
  });

  it('a refused connection (LRS stopped, restarted on the same port) loses and repeats nothing', async () => {
    const lrs = await startLrs();
    const endpoint = lrs.endpoint;
    const { sender } = startSender(lrs, { batchSize: 20, flushMs: 50 });
    const events = scriptedSession(60, 'refused');
    for (const e of events.slice(0, 20)) sender.record(e);
    await waitFor(() => lrs.stored.size === 20, 'the first batch');

    await lrs.stop();
    for (const e of events.slice(20)) sender.record(e);
    await waitFor(() => sender.stats().failedAttempts >= 2, 'two failed attempts');
    expect(sender.stats().lastError).toMatch(/ECONNREFUSED/);

    await lrs.restart();
    expect(lrs.endpoint).toBe(endpoint);
    expect(await sender.flush(5000)).toBe(true);
    expectStoredOnce(lrs, events.map((e) => e.id));
    expect(sender.stats()).toMatchObject({ sent: 60, dropped: 0 });
  });

  for (const conflictOnDuplicate of [false, true]) {
    it(`X1: a batch stored but answered too late is resent and stored once (LRS answers ${conflictOnDuplicate ? '409' : '200'} to the resend)`, async () => {
      const lrs = await startLrs({ conflictOnDuplicate });
      lrs.slowNextMs = 1200;
      const { sender } = startSender(lrs, { batchSize: 10, flushMs: 50 }, { requestTimeoutMs: 200 });
      const events = scriptedSession(10, `late-${conflictOnDuplicate}`);
      for (const e of events) sender.record(e);
      expect(await sender.flush(5000)).toBe(true);

      expectStoredOnce(lrs, events.map((e) => e.id), 2); // sent twice, stored once
      expect(lrs.requests.map((r) => r.status)).toEqual([200, conflictOnDuplicate ? 409 : 200]);
      expect(sender.stats()).toMatchObject({ sent: 10, dropped: 0, failedAttempts: 1, lastError: 'LRS did not answer in time' });
    });
  }

  it('429 is retried (after Retry-After); a 4xx such as 401 drops the batch, counts it, and goes on', async () => {
    const lrs = await startLrs({ auth: { username: 'key', password: 'secret' } });
    lrs.failWith = { status: 429, retryAfter: '0' };
    const good = startSender(lrs, { batchSize: 5, flushMs: 50, auth: { username: 'key', password: 'secret' } });
    const events = scriptedSession(5, 'auth');
    for (const e of events) good.sender.record(e);
    await waitFor(() => good.sender.stats().failedAttempts >= 2, 'two 429s');
    lrs.failWith = null;
    expect(await good.sender.flush(5000)).toBe(true);
    expectStoredOnce(lrs, events.map((e) => e.id));
    expect(lrs.requests.at(-1)?.authorization).toBe(`Basic ${Buffer.from('key:secret').toString('base64')}`);

    const bad = startSender(lrs, { batchSize: 5, flushMs: 50, auth: { username: 'key', password: 'wrong' } });
    for (const e of scriptedSession(12, 'refused-auth')) bad.sender.record(e);
    expect(await bad.sender.flush(5000)).toBe(true);
    expect(bad.sender.stats()).toMatchObject({
      queued: 0,
      sent: 0,
      dropped: 12,
      drops: { rejected: 12 },
      failedAttempts: 0,
      lastError: expect.stringContaining('401'),
    });
    expect(bad.logger.lines.filter((l) => l.level === 'error')).toHaveLength(3); // one line per batch
    expect(lrs.stored.size).toBe(5);
  });

  it('back-off runs on the injected timers: 1 s doubling to 60 s, then delivery', async () => {
    const lrs = await startLrs();
    lrs.failWith = { status: 503 };
    const timers = new ManualTimers();
    const { sender } = startSender(lrs, { batchSize: 50, flushMs: 2000 }, { timers, random: () => 0.999999, backoff: {} });
    sender.record(event('completed', { id: 'slow-lrs' }));
    expect(timers.senderTimers()).toEqual([{ ms: 2000, dueAt: 2000 }]); // the flush delay, not a send

    const delays: number[] = [];
    timers.fireNext();
    for (let failure = 1; failure <= 9; failure++) {
      await waitFor(() => timers.senderTimers().length === 1, `retry timer ${failure}`);
      if (failure === 9) lrs.failWith = null; // back before the ninth retry
      delays.push(timers.fireNext());
    }
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
    await waitFor(() => lrs.stored.size === 1, 'delivery');
    expect(timers.senderTimers()).toEqual([]);
    expect(sender.stats()).toMatchObject({ sent: 1, failedAttempts: 9 });
  });
});

describe('X6 bounds', () => {
  it('a full queue drops the oldest statements, counts them, logs once', async () => {
    const lrs = await startLrs();
    lrs.failWith = { status: 503 };
    const { sender, logger } = startSender(lrs, { batchSize: 10, flushMs: 50, maxQueue: 100 });
    const events = scriptedSession(160, 'bound');
    for (const e of events.slice(0, 10)) sender.record(e);
    await waitFor(() => sender.stats().failedAttempts >= 1, 'the first batch failing'); // events 0–9 in flight
    for (const e of events.slice(10)) sender.record(e);
    expect(sender.stats()).toMatchObject({ queued: 110, dropped: 50, drops: { queueFull: 50 } });
    expect(logger.lines.filter((l) => l.message.includes('queue full'))).toHaveLength(1);

    lrs.failWith = null;
    expect(await sender.flush(5000)).toBe(true);
    const kept = [...events.slice(0, 10), ...events.slice(60)].map((e) => e.id);
    expectStoredOnce(lrs, kept); // 10–59 were the oldest waiting: dropped
    expect(sender.stats()).toMatchObject({ queued: 0, sent: 110, dropped: 50 });
  });

  it('record() never throws: unusable events are counted, a failing logger is survived', async () => {
    const lrs = await startLrs();
    const throwing = { warn: () => { throw new Error('log down'); }, error: () => { throw new Error('log down'); } };
    const { sender } = startSender(lrs, {}, { logger: throwing });
    const { note: _note, ...noteless } = event('added');
    for (const bad of [null, undefined, 42, {}, noteless, { ...event('voted'), at: 'yesterday' }]) {
      expect(() => sender.record(bad as never)).not.toThrow();
    }
    expect(sender.stats()).toMatchObject({ queued: 0, dropped: 6, drops: { invalid: 6 } });
  });

  it('close() delivers what is queued; with the LRS down it gives up after its timeout and counts the rest', async () => {
    const lrs = await startLrs();
    const healthy = startSender(lrs, { flushMs: 60_000 });
    const events = scriptedSession(7, 'close');
    for (const e of events) healthy.sender.record(e);
    expect(await healthy.sender.close()).toMatchObject({ sent: 7, queued: 0, dropped: 0 });
    expectStoredOnce(lrs, events.map((e) => e.id));

    lrs.failWith = { status: 503 };
    const { sender } = startSender(lrs, { flushMs: 50 }, { backoff: { baseMs: 5000, maxMs: 60_000 } });
    for (const e of scriptedSession(20, 'lost')) sender.record(e);
    await waitFor(() => sender.stats().failedAttempts >= 1, 'a failed attempt');
    const started = Date.now();
    const final = await sender.close(300);
    expect(Date.now() - started).toBeLessThan(1000);
    expect(final).toMatchObject({ queued: 0, sent: 0, dropped: 20, drops: { closed: 20 }, failedAttempts: 2 }); // one last try on close
    sender.record(event('attended'));
    expect(sender.stats().drops.closed).toBe(21);
  });
});
