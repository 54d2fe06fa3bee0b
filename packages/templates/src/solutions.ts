/**
 * Server-only entry point (`@canvas/templates/solutions`): the mentors' solutions of the built-in
 * canvases and the one rule for handing a template out with or without its solution. The web app
 * must not import this module (its bundle is checked for solution texts).
 */
import { BUILT_IN_SOLUTIONS } from './catalog/solutions.js';
import type { Template } from './schema.js';

/** A built-in canvas's solution, or undefined. */
export function builtInSolution(templateId: string): Template['solution'] {
  return BUILT_IN_SOLUTIONS[templateId];
}

/** The template with its solution: its own (an imported canvas) or the built-in one of its id. */
export function withSolution(template: Template): Template {
  if (template.solution) return template;
  const solution = BUILT_IN_SOLUTIONS[template.id];
  return solution ? { ...template, solution } : template;
}

/** The template as anyone may see it while no solution is shown: without `solution`. */
export function withoutSolution(template: Template): Template {
  if (!template.solution) return template;
  const { solution: _hidden, ...rest } = template;
  return rest as Template;
}
