import type { Template } from '../schema.js';
import { assessmentForms } from './assessmentForms.js';
import { awarding } from './awarding.js';
import { badgesMetadata } from './badgesMetadata.js';
import { c1Needs } from './c1Needs.js';
import { c2Persona } from './c2Persona.js';
import { c3Competences } from './c3Competences.js';
import { c4Substantive } from './c4Substantive.js';
import { digitalBadges } from './digitalBadges.js';
import { digitalCredentials } from './digitalCredentials.js';
import { heSelfAssessment } from './heSelfAssessment.js';
import { mcDefinitions } from './mcDefinitions.js';
import { mcDesignSteps } from './mcDesignSteps.js';
import { mcElements } from './mcElements.js';
import { mcExampleReview } from './mcExampleReview.js';
import { mcNot } from './mcNot.js';
import { vetHeFlipchart } from './vetHeFlipchart.js';

/** Freezes a template tree so that callers of the shared catalog cannot change it for everyone else. */
function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * Catalog order follows the MicroQuest workshop (units 1–7, activities in the seed's order); the
 * higher-education course's opening self-assessment comes last. Agendas (`../agendas`) pick from it.
 */
const CATALOG: readonly Template[] = deepFreeze([
  mcDefinitions,
  mcNot,
  mcElements,
  assessmentForms,
  c1Needs,
  c2Persona,
  c3Competences,
  c4Substantive,
  mcDesignSteps,
  awarding,
  badgesMetadata,
  digitalCredentials,
  digitalBadges,
  mcExampleReview,
  vetHeFlipchart,
  heSelfAssessment,
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
