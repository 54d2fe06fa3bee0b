import { describe, expect, it } from 'vitest';
import { getTemplate } from './catalog/index.js';
import { compileFieldPattern, FIELD_PATTERN_LIMITS, fieldPatternProblem } from './fieldPattern.js';
import { validateFieldValues } from './fieldValues.js';
import { parseTemplateJson, templateToJson } from './importTemplate.js';
import type { Template } from './schema.js';

/** A template with one text field per pattern, as an imported canvas could carry them. */
function withPatterns(patterns: readonly string[]): Template {
  const base = getTemplate('awarding')!;
  return {
    ...base,
    id: 'hostile',
    version: '9.9.9',
    fields: patterns.map((pattern, i) => ({ id: `f${i}`, label: { en: `Field ${i}` }, kind: 'text' as const, pattern })),
  };
}

/** Patterns that take exponential time on a backtracking engine, with a value that makes them backtrack. */
const CATASTROPHIC: readonly [string, string][] = [
  ['(a|a)+', `${'a'.repeat(40)}b`],
  ['(a+)+$', `${'a'.repeat(40)}b`],
  ['(a+)+', `${'a'.repeat(40)}!`],
  ['(.*a){20}', `${'a'.repeat(40)}b`],
  ['([a-zA-Z]+)*', `${'a'.repeat(40)}1`],
  ['(a|aa)+', `${'a'.repeat(60)}b`],
  ['(x+x+)+y', 'x'.repeat(40)],
  ['(\\w+\\s?)*', `${'word '.repeat(30)}!`],
  ['^(([a-z])+.)+[A-Z]([a-z])+$', `${'a'.repeat(40)}!`],
];

describe('text field patterns', () => {
  it('T7.1 the classic exponential patterns are answered at once (they would take hours with RegExp)', () => {
    const template = withPatterns(CATASTROPHIC.map(([p]) => p));
    const values = Object.fromEntries(CATASTROPHIC.map(([, v], i) => [`f${i}`, v]));
    const { fields, issues } = validateFieldValues(template, values);
    expect(fields.map((f) => f.value)).toEqual(CATASTROPHIC.map(() => null));
    expect(issues.map((i) => i.path)).toEqual(CATASTROPHIC.map((_, i) => `fields.f${i}`));
    // And they still match what they should.
    expect(compileFieldPattern('(a|a)+').ok && (compileFieldPattern('(a|a)+') as { matches(v: string): boolean }).matches('aaaa')).toBe(true);
  });

  it('T7.1 patterns match the whole value, as before', () => {
    const country = compileFieldPattern('[A-Z]{2}');
    expect(country.ok).toBe(true);
    if (!country.ok) return;
    expect(country.matches('AT')).toBe(true);
    expect(country.matches('ATX')).toBe(false);
    expect(country.matches('xAT')).toBe(false);
    const either = compileFieldPattern('ab|cd');
    expect(either.ok && either.matches('ab') && either.matches('cd') && !either.matches('abcd')).toBe(true);
  });

  it('T7.4 JavaScript spellings are translated: \\u escapes, named groups, Unicode classes', () => {
    for (const [pattern, value] of [
      ['\\u00e4+', 'ää'],
      ['(?<year>\\d{4})-\\d{2}', '2026-11'],
      ['\\p{Lu}\\p{Ll}+', 'Łódź'],
    ] as const) {
      const compiled = compileFieldPattern(pattern);
      expect(compiled.ok && compiled.matches(value), pattern).toBe(true);
    }
  });

  it('T7.2 / T5.7 an import with a pattern the safe engine cannot run, or an over-long one, is refused at that pattern', () => {
    const refused = ['(?=a)a', '(a)\\1', '((a{100}){100}){100}', 'a'.repeat(FIELD_PATTERN_LIMITS.patternLength + 1)];
    const result = parseTemplateJson(templateToJson(withPatterns(['[A-Z]{2}', ...refused])), { checkPattern: fieldPatternProblem });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((e) => e.path)).toEqual(refused.map((_, i) => `fields.${i + 1}.pattern`));
    expect(result.errors[0]!.message).toMatch(/cannot be run safely/);
    expect(result.errors[3]!.message).toMatch(/longer than 500 characters/);
  });

  it('T7.1 an import with a catastrophic but RE2-compatible pattern is accepted (it is safe to run)', () => {
    expect(parseTemplateJson(templateToJson(withPatterns(['(a|a)+'])), { checkPattern: fieldPatternProblem }).ok).toBe(true);
  });

  it('T7.2 a template that already holds an unsupported pattern keeps the value, unchecked, with an issue', () => {
    const { fields, issues } = validateFieldValues(withPatterns(['(?=A)[A-Z]{2}']), { f0: 'AT' });
    expect(fields[0]!.value).toBe('AT');
    expect(issues).toEqual([{ path: 'fields.f0', code: 'invalid-field-value', message: expect.stringMatching(/^Field 0: not checked: the template's pattern cannot be run safely/) }]);
  });

  it('T7.3 a value longer than 1,000 characters is not matched against a pattern', () => {
    const { fields, issues } = validateFieldValues(withPatterns(['a*']), { f0: 'a'.repeat(FIELD_PATTERN_LIMITS.valueLength + 1) });
    expect(fields[0]!.value).toBeNull();
    expect(issues[0]!.message).toMatch(/longer than 1000 characters/);
    expect(validateFieldValues(withPatterns(['a*']), { f0: 'a'.repeat(FIELD_PATTERN_LIMITS.valueLength) }).fields[0]!.value).toHaveLength(1000);
  });
});
