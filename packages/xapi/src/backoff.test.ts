import { describe, expect, it } from 'vitest';
import { backoffDelay, DEFAULT_BACKOFF } from './backoff.js';
import { BoundedQueue } from './boundedQueue.js';

describe('X5 back-off', () => {
  it('starts at 1 s, doubles per failure, stops at 60 s', () => {
    const top = () => 0.999999;
    const delays = [1, 2, 3, 4, 5, 6, 7, 8, 50].map((failures) => backoffDelay(failures, DEFAULT_BACKOFF, top));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('jitter draws from the upper half of the nominal delay', () => {
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0)).toBe(2000);
    expect(backoffDelay(3, DEFAULT_BACKOFF, () => 0.5)).toBe(3000);
    const seen = new Set(Array.from({ length: 200 }, () => backoffDelay(3)));
    for (const delay of seen) expect(delay).toBeGreaterThanOrEqual(2000), expect(delay).toBeLessThanOrEqual(4000);
    expect(seen.size).toBeGreaterThan(50);
  });

  it("waits at least the LRS's Retry-After, but never beyond the cap", () => {
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0, 10_000)).toBe(10_000);
    expect(backoffDelay(1, DEFAULT_BACKOFF, () => 0, 3_600_000)).toBe(60_000);
  });
});

describe('X6 bounded queue', () => {
  it('drops the oldest when full and keeps order', () => {
    const queue = new BoundedQueue<number>(3);
    expect([1, 2, 3].map((n) => queue.push(n))).toEqual([undefined, undefined, undefined]);
    expect(queue.push(4)).toEqual({ dropped: 1 });
    expect(queue.push(5)).toEqual({ dropped: 2 });
    expect(queue.take(2)).toEqual([3, 4]);
    queue.push(6);
    queue.push(7);
    expect(queue.length).toBe(3);
    expect(queue.take(10)).toEqual([5, 6, 7]);
    expect(queue.length).toBe(0);
  });

  it('grows past its first allocation up to the capacity', () => {
    const queue = new BoundedQueue<number>(5000);
    for (let i = 0; i < 6000; i++) queue.push(i);
    expect(queue.length).toBe(5000);
    const all = queue.take(5000);
    expect(all[0]).toBe(1000);
    expect(all[4999]).toBe(5999);
  });
});
