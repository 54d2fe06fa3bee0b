/**
 * Whether JSON text nests arrays/objects deeper than `max` (SPEC L5). A linear scan that skips
 * strings, run before JSON.parse, so that a deeply nested body is refused with 400 before any
 * recursive code (parsing, validation, serialisation) can overflow the stack.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}
