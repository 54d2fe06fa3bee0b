import { describe, expect, it } from 'vitest';
import { toDrawable } from './drawable.js';
import { typefaceMetrics } from './metrics.js';

const metrics = typefaceMetrics();
const canDraw = (char: string) => metrics.coverageOf(char) !== null;

describe('typeface metrics', () => {
  it('F1.1 Noto Sans draws Latin Extended, Greek and Cyrillic', () => {
    for (const char of 'őŁźŘčşğ ΑΩαωάЖж€…–') expect(metrics.coverageOf(char), char).toBe('text');
  });

  it('F1.2 DejaVu Sans draws the symbols Noto Sans lacks', () => {
    for (const char of '≥≤≠→←✓') expect(metrics.coverageOf(char), char).toBe('symbols');
    expect(metrics.coverageOf('🎉')).toBeNull();
    expect(metrics.coverageOf('中')).toBeNull();
  });

  it('F2.1 a width is the sum of the advances, in em times the size; bold is wider', () => {
    expect(metrics.measure('Ab', 10, false)).toBeCloseTo(metrics.measure('A', 10, false) + metrics.measure('b', 10, false), 10);
    expect(metrics.measure('m', 1000, false)).toBeGreaterThan(800);
    expect(metrics.measure('Hello', 10, true)).toBeGreaterThan(metrics.measure('Hello', 10, false));
    expect(metrics.advance('≥', false)).toBeGreaterThan(0.5);
  });

  it('F2.2 characters of no face: marks and format characters 0, emoji and CJK 1 em, others 0.6 em', () => {
    expect(metrics.advance('\u0301', false)).toBe(0);
    expect(metrics.advance('\u202E', false)).toBe(0);
    expect(metrics.advance('🎉', false)).toBe(1);
    expect(metrics.advance('中', false)).toBe(1);
  });
});

describe('toDrawable', () => {
  it('F3.1 keeps what the faces draw, including ő, Ł, Greek and ≥', () => {
    const text = 'Größe – „Prüfung“ … 5 € — Łódź, ő, Ελένη, ≥ 3 → ✓';
    expect(toDrawable(text, canDraw)).toBe(text);
  });

  it('F3.1 normalises to NFC and strips accents a face lacks', () => {
    expect(toDrawable('o\u030B', canDraw)).toBe('ő');
    expect(toDrawable('a → b', (c) => metrics.coverageOf(c) === 'text')).toBe('a -> b');
  });

  it('F3.1 turns each emoji (with modifiers and joiners) into one "?", drops controls and bidi overrides', () => {
    expect(toDrawable('ok 👍🏽 🎉 👩‍💻 中', canDraw)).toBe('ok ? ? ?? ?');
    expect(toDrawable('a\u0007b\tc\u202Ed\u00ADe', canDraw)).toBe('ab cde');
  });
});
