/** How large and deep a submitted credential may be before anything parses its meaning (SPEC V1). */
export const VERIFY_LIMITS = { maxBytes: 256 * 1024, maxDepth: 32, maxNodes: 20_000 } as const;

export type BoundsProblem = { code: 'too_deep' | 'too_many_values'; message: string };

/**
 * Walks a parsed JSON value without recursion (a hostile nesting cannot overflow the stack) and
 * stops at the first bound it passes. JSON-LD processing recurses, so it only runs after this.
 */
export function checkJsonBounds(value: unknown, limits: { maxDepth: number; maxNodes: number } = VERIFY_LIMITS): BoundsProblem | undefined {
  const stack: Array<{ value: unknown; depth: number }> = [{ value, depth: 0 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { value: current, depth } = stack.pop()!;
    if (++nodes > limits.maxNodes) return { code: 'too_many_values', message: `The credential holds more than ${limits.maxNodes} values.` };
    if (current === null || typeof current !== 'object') continue;
    if (depth >= limits.maxDepth) return { code: 'too_deep', message: `The credential is nested deeper than ${limits.maxDepth} levels.` };
    for (const child of Array.isArray(current) ? current : Object.values(current)) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}
