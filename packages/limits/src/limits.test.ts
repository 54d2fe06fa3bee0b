import fs from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { checkGroupCount, checkParticipantCount, DailyQuota, DiskGuard, FailureCeiling, jsonNestsDeeperThan, LimitError } from './index.js';

const refusal = (fn: () => void): LimitError => {
  try {
    fn();
  } catch (error) {
    if (error instanceof LimitError) return error;
    throw error;
  }
  throw new Error('not refused');
};

describe('@canvas/limits', () => {
  it('L1 groups and participants per workshop', () => {
    const limits = { maxGroups: 3, maxParticipants: 2 };
    checkGroupCount(2, 1, limits);
    expect(refusal(() => checkGroupCount(3, 1, limits))).toMatchObject({ status: 409, code: 'too_many_groups', limit: { value: 3, setting: 'MAX_GROUPS_PER_WORKSHOP' } });
    checkParticipantCount(1, limits);
    expect(refusal(() => checkParticipantCount(2, limits)).message).toContain('(2)');
  });

  it('L2 workshops per address per day, with a fresh window after a day', () => {
    let now = 0;
    const quota = new DailyQuota(2, () => now);
    quota.takeWorkshop('a');
    quota.takeWorkshop('a');
    quota.takeWorkshop('b');
    const refused = refusal(() => quota.takeWorkshop('a'));
    expect(refused).toMatchObject({ status: 429, code: 'daily_workshop_limit', retryAfterSeconds: 86_400 });
    now = 24 * 3600 * 1000;
    quota.takeWorkshop('a');
  });

  it('L3 a server-wide ceiling on failures over a sliding hour', () => {
    let now = 0;
    const ceiling = new FailureCeiling(3, () => now);
    for (let i = 0; i < 3; i++) {
      ceiling.check();
      ceiling.recordFailure();
      now += 10 * 60_000;
    }
    expect(refusal(() => ceiling.check())).toMatchObject({ status: 429, code: 'join_lookups_paused' });
    now = 60 * 60_000; // the first failure (minute 0) has left the window
    ceiling.check();
  });

  it('L4 refuses writes below the free-space guard', () => {
    const dir = fs.mkdtempSync(`${os.tmpdir()}/limits-`);
    new DiskGuard(dir, 1).check();
    const guard = new DiskGuard(dir, Number.MAX_SAFE_INTEGER);
    expect(guard.low()).toBe(true);
    expect(refusal(() => guard.check())).toMatchObject({ status: 507, code: 'disk_almost_full' });
  });

  it('L5 measures nesting outside strings', () => {
    expect(jsonNestsDeeperThan('[[[]]]', 3)).toBe(false);
    expect(jsonNestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    expect(jsonNestsDeeperThan('{"a":"[[[[[[\\"[[[["}', 1)).toBe(false);
    expect(jsonNestsDeeperThan('['.repeat(100_000), 64)).toBe(true);
  });
});
