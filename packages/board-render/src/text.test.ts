import { describe, expect, it } from 'vitest';
import { fitLine, typefaceWidth, wrapText } from './text.js';

const measure = typefaceWidth;

describe('wrapText', () => {
  it('breaks at spaces and keeps paragraphs', () => {
    const { lines, truncated } = wrapText('one two three\nfour', { measure, size: 10, width: measure('one two', 10, false) + 0.01 });
    expect(lines).toEqual(['one two', 'three', 'four']);
    expect(truncated).toBe(false);
  });

  it('splits a word longer than the line and says so', () => {
    const result = wrapText('Donaudampfschifffahrtsgesellschaft', { measure, size: 10, width: 60 });
    expect(result.lines.length).toBeGreaterThan(1);
    expect(result.lines.join('')).toBe('Donaudampfschifffahrtsgesellschaft');
    expect(result.splitWords).toBe(true);
    for (const line of result.lines) expect(measure(line, 10, false)).toBeLessThanOrEqual(60);
  });

  it('cuts with an ellipsis at maxLines, within the width', () => {
    const result = wrapText('a b c d e f g h i j k l m n o p', { measure, size: 10, width: 20, maxLines: 2 });
    expect(result.lines).toHaveLength(2);
    expect(result.truncated).toBe(true);
    expect(result.lines[1]!.endsWith('…')).toBe(true);
    expect(measure(result.lines[1]!, 10, false)).toBeLessThanOrEqual(20);
  });

  it('terminates on a width narrower than one character', () => {
    expect(wrapText('abc', { measure, size: 10, width: 1 }).lines).toEqual(['a', 'b', 'c']);
  });
});

describe('fitLine', () => {
  it('keeps a line that fits and cuts one that does not', () => {
    expect(fitLine('short', { measure, size: 10, width: 100 })).toBe('short');
    const cut = fitLine('a much longer line than fits', { measure, size: 10, width: 50 });
    expect(cut.endsWith('…')).toBe(true);
    expect(measure(cut, 10, false)).toBeLessThanOrEqual(50);
  });
});
