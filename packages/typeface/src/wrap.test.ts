import { describe, expect, it } from 'vitest';
import { typefaceWidth } from './metrics.js';
import { capText, fitLine, withEllipsis, wrapText, type MeasureText } from './wrap.js';

const measure = typefaceWidth;

/** A measure that counts its calls, to check that the work is linear without timing anything. */
function counting(): { measure: MeasureText; calls: () => number } {
  let calls = 0;
  return { measure: (text, size, bold) => (calls++, measure(text, size, bold)), calls: () => calls };
}

describe('wrapText', () => {
  it('F4.1 breaks at spaces and keeps paragraphs', () => {
    const { lines, truncated } = wrapText('one two three\r\nfour', { measure, size: 10, width: measure('one two', 10, false) + 0.01 });
    expect(lines).toEqual(['one two', 'three', 'four']);
    expect(truncated).toBe(false);
  });

  it('F4.1 splits a word longer than the line where it overflows and says so', () => {
    const result = wrapText('Donaudampfschifffahrtsgesellschaft', { measure, size: 10, width: 60 });
    expect(result.lines.length).toBeGreaterThan(1);
    expect(result.lines.join('')).toBe('Donaudampfschifffahrtsgesellschaft');
    expect(result.splitWords).toBe(true);
    for (const line of result.lines) expect(measure(line, 10, false)).toBeLessThanOrEqual(60 + 1e-9);
    // Greedy: each line but the last is full, the next character would not have fitted.
    for (let i = 0; i < result.lines.length - 1; i++) {
      expect(measure(result.lines[i]! + result.lines[i + 1]![0], 10, false)).toBeGreaterThan(60);
    }
  });

  it('F4.1 terminates on a width narrower than one character (one character per line)', () => {
    expect(wrapText('abc', { measure, size: 10, width: 1 }).lines).toEqual(['a', 'b', 'c']);
  });

  it('F4.2 cuts with an ellipsis at maxLines, within the width', () => {
    const result = wrapText('a b c d e f g h i j k l m n o p', { measure, size: 10, width: 20, maxLines: 2 });
    expect(result.lines).toHaveLength(2);
    expect(result.truncated).toBe(true);
    expect(result.lines[1]!.endsWith('…')).toBe(true);
    expect(measure(result.lines[1]!, 10, false)).toBeLessThanOrEqual(20);
  });

  it('F4.3 measures each distinct character once: a 100,000-character word costs as many calls as its alphabet', () => {
    const word = 'abcdefghijklmnopqrstuvwxyz'.repeat(4000).slice(0, 100_000);
    const { measure: m, calls } = counting();
    const result = wrapText(word, { measure: m, size: 10, width: 150 });
    expect(result.lines.join('')).toBe(word);
    expect(calls()).toBeLessThanOrEqual(27);
  });

  it('F4.3 stops breaking once maxLines are full', () => {
    const { measure: m, calls } = counting();
    const result = wrapText(`${'x'.repeat(100_000)} ${'word '.repeat(20_000)}`, { measure: m, size: 10, width: 100, maxLines: 3 });
    expect(result.lines).toHaveLength(3);
    expect(result.truncated).toBe(true);
    expect(calls()).toBeLessThanOrEqual(5);
  });
});

describe('withEllipsis and fitLine', () => {
  it('F4.2 keeps a line that fits and cuts one that does not, in one pass', () => {
    expect(fitLine('short', { measure, size: 10, width: 100 })).toBe('short');
    const cut = fitLine('a much longer line than fits', { measure, size: 10, width: 50 });
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, 10, false)).toBeLessThanOrEqual(50);
    const { measure: m, calls } = counting();
    const long = withEllipsis('ab'.repeat(50_000), { measure: m, size: 10, width: 80 });
    expect(long.endsWith('…')).toBe(true);
    expect(calls()).toBeLessThanOrEqual(3);
  });
});

describe('capText', () => {
  it('F4.4 keeps the first code points and never splits a surrogate pair', () => {
    expect(capText('short', 10)).toEqual({ text: 'short', cut: false });
    expect(capText('abcdef', 3)).toEqual({ text: 'abc', cut: true });
    expect(capText('🎉🎉🎉', 2)).toEqual({ text: '🎉🎉', cut: true });
    expect(capText('🎉🎉', 2)).toEqual({ text: '🎉🎉', cut: false });
  });
});
