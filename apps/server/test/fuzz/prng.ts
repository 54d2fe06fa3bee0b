/** Seeded PRNG for the fuzz tests: set FUZZ_SEED=<n> to replay a failing run. */
export function fuzzSeed(): number {
  const fromEnv = Number(process.env.FUZZ_SEED);
  return Number.isFinite(fromEnv) && process.env.FUZZ_SEED ? fromEnv >>> 0 : (Date.now() ^ (process.pid << 16)) >>> 0;
}

export class Prng {
  private state: number;
  constructor(readonly seed: number) {
    this.state = seed >>> 0 || 1;
  }
  /** mulberry32 */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(max: number): number {
    return Math.floor(this.next() * max);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  bytes(length: number): Uint8Array {
    const out = new Uint8Array(length);
    for (let i = 0; i < length; i++) out[i] = this.int(256);
    return out;
  }
  string(maxLength: number): string {
    const alphabets = [
      'abcdefghijklmnopqrstuvwxyz0123456789',
      'ABC_-.~!*()\'";:@&=+$,/?%#[] \\\t\n\r',
      'éüß漢字🙂\u0000\u202e\ud800\uffff',
    ];
    const length = this.int(maxLength + 1);
    let s = '';
    for (let i = 0; i < length; i++) s += this.pick([...this.pick(alphabets)]);
    return s;
  }
  /** A random JSON value (bounded depth). */
  json(depth = 3): unknown {
    const kind = this.int(depth > 0 ? 10 : 7);
    switch (kind) {
      case 0:
        return null;
      case 1:
        return this.chance(0.5);
      case 2:
        return this.pick([0, -1, 1, 2 ** 53, -(2 ** 31), 1e308, -1e-308, 0.5, 3, 30, 31, 601, 99999]);
      case 3:
        return this.string(20);
      case 4:
        return 'x'.repeat(this.pick([0, 1, 41, 61, 121, 1025, 70_000]));
      case 5:
        return this.pick(['c1-needs', 'en', 'fr', '#aabbcc', 'set', 'extend', 'start', 'pause', 'png', 'json', '__proto__', 'constructor']);
      case 6:
        return this.int(1000) - 500;
      case 7:
        return Array.from({ length: this.int(4) }, () => this.json(depth - 1));
      default: {
        const out: Record<string, unknown> = {};
        const keys = ['title', 'activities', 'groupCount', 'templateId', 'language', 'displayName', 'groupId', 'name', 'color', 'action', 'minutes', 'durationMinutes', 'locked', 'currentActivityId', 'shownSolutionActivityIds', 'rejoinToken', 'facilitatorName', '__proto__', 'constructor', 'prototype', this.string(8)];
        for (let i = this.int(5); i > 0; i--) out[this.pick(keys)] = this.json(depth - 1);
        return out;
      }
    }
  }
}
