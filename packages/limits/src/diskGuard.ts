import fs from 'node:fs';
import { LimitError } from './LimitError.js';

/**
 * Refuses new writes while the data directory's file system has less than `minFreeBytes` free
 * for the server's user (SPEC L4), so that a full disk stops new workshops and joins with a clear
 * answer instead of failing in the middle of a write. statfs is asked at most once a second.
 */
export class DiskGuard {
  private checkedAt = -Infinity;
  private free = Infinity;

  constructor(
    private readonly dir: string,
    private readonly minFreeBytes: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Free bytes for unprivileged writers (Infinity for an in-memory store). */
  freeBytes(): number {
    if (this.dir === ':memory:') return Infinity;
    const now = this.now();
    if (now - this.checkedAt >= 1000) {
      const stats = fs.statfsSync(this.dir);
      this.free = stats.bavail * stats.bsize;
      this.checkedAt = now;
    }
    return this.free;
  }

  low(): boolean {
    return this.freeBytes() < this.minFreeBytes;
  }

  /** Throws 507 while free space is below the guard. */
  check(): void {
    if (!this.low()) return;
    const minMb = Math.round(this.minFreeBytes / (1024 * 1024));
    throw new LimitError(
      507,
      'disk_almost_full',
      `The server's disk is almost full (less than ${minMb} MiB free), so it accepts no new workshops, joins or changes until space is freed. Everything already stored is safe; tell the server's administrator.`,
      { name: 'free disk space', value: minMb, setting: 'MIN_FREE_DISK_MB' },
      60,
    );
  }
}
