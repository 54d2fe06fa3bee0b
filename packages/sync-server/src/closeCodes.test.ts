import { describe, expect, it } from 'vitest';
import { closeReason } from './closeCodes.js';

describe('closeReason (SPEC §1.9)', () => {
  it('keeps a reason of at most 123 bytes as is', () => {
    const reason = 'r'.repeat(123);
    expect(closeReason(reason)).toBe(reason);
  });

  it('cuts a longer reason to at most 123 bytes of UTF-8, ending in "..."', () => {
    const cut = closeReason('x'.repeat(200));
    expect(cut).toBe(`${'x'.repeat(120)}...`);
    expect(Buffer.byteLength(cut)).toBe(123);
  });

  it('never cuts inside a multi-byte character', () => {
    // 'é' is 2 bytes: byte 120 falls in the middle of the 60th one.
    const cut = closeReason(`a${'é'.repeat(100)}`);
    expect(cut).toBe(`a${'é'.repeat(59)}...`);
    expect(cut).not.toContain('\uFFFD');
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(123);
  });
});
