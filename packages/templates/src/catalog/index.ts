import type { Template } from '../schema.js';
import { assessmentForms } from './assessmentForms.js';
import { awarding } from './awarding.js';
import { c1Needs } from './c1Needs.js';
import { c2Persona } from './c2Persona.js';
import { c3Competences } from './c3Competences.js';
import { c4Substantive } from './c4Substantive.js';
import { mcElements } from './mcElements.js';
import { vetHeFlipchart } from './vetHeFlipchart.js';

/** Freezes a template tree so that callers of the shared catalog cannot change it for everyone else. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Catalog order follows the workshop: Unit 2, 3, 4, 5, 7. */
const CATALOG: readonly Template[] = deepFreeze([
  mcElements,
  assessmentForms,
  c1Needs,
  c2Persona,
  c3Competences,
  c4Substantive,
  awarding,
  vetHeFlipchart,
]);

const BY_ID = new Map(CATALOG.map((t) => [t.id, t]));

/** All built-in templates, in workshop order. The objects are frozen. */
export function listTemplates(): readonly Template[] {
  return CATALOG;
}

/** A built-in template by id, or `undefined` when there is none. */
export function getTemplate(id: string): Template | undefined {
  return BY_ID.get(id);
}
