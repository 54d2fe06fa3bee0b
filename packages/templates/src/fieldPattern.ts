import { RE2JS } from 're2js';

/**
 * Text-field patterns run on a linear-time engine (SPEC T7). A template's `pattern` comes from
 * whoever imported the template, and JavaScript's backtracking `RegExp` takes exponential time on
 * patterns such as `(a|a)+` (8–14 s for 30 characters), so patterns are never run with it. RE2JS,
 * a pure-JavaScript port of RE2, matches in time linear in the value for every pattern; it has no
 * lookaround and no backreferences, which is the price of that guarantee.
 */
export const FIELD_PATTERN_LIMITS = {
  /** Longest pattern an import accepts. */
  patternLength: 500,
  /** Longest value checked against a pattern; a longer value does not match. */
  valueLength: 1_000,
} as const;

/** A pattern ready to test whole values, or why it cannot be used. */
export type FieldPattern = { ok: true; matches(value: string): boolean } | { ok: false; message: string };

const cache = new Map<string, FieldPattern>();
const CACHE_SIZE = 256;

/**
 * Compiles a text field's `pattern` (JavaScript syntax, matched against the whole value) for the
 * linear-time engine. JavaScript-only spellings (`\u00e4`, `(?<name>…)`, `[^]`) are translated;
 * what RE2 cannot run (lookaround, backreferences, repeat counts over 1,000) is refused with the
 * engine's message. Compiled patterns are kept (a few hundred), since every export re-validates.
 */
export function compileFieldPattern(pattern: string): FieldPattern {
  const known = cache.get(pattern);
  if (known) return known;
  let compiled: FieldPattern;
  if (pattern.length > FIELD_PATTERN_LIMITS.patternLength) {
    compiled = { ok: false, message: `pattern is longer than ${FIELD_PATTERN_LIMITS.patternLength} characters` };
  } else {
    try {
      const re = RE2JS.compile(RE2JS.translateRegExp(pattern));
      compiled = { ok: true, matches: (value) => value.length <= FIELD_PATTERN_LIMITS.valueLength && re.testExact(value) };
    } catch (error) {
      const reason = error instanceof Error ? error.message.replace(/^error parsing regexp: /, '') : String(error);
      compiled = { ok: false, message: `pattern cannot be run safely (${reason}); lookaround, backreferences and repeat counts over 1000 are not supported` };
    }
  }
  if (cache.size >= CACHE_SIZE) cache.delete(cache.keys().next().value!);
  cache.set(pattern, compiled);
  return compiled;
}

/** Why `pattern` cannot be used (too long, or not runnable by the safe engine), or `null`: the import check of SPEC T5.7. */
export function fieldPatternProblem(pattern: string): string | null {
  const compiled = compileFieldPattern(pattern);
  return compiled.ok ? null : compiled.message;
}
