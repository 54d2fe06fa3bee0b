import type { Template } from './schema.js';

/** Field values brought up to the template's current version (SPEC T6). */
export interface MigratedFields {
  /** The values under the current field ids; legacy keys are gone. */
  values: Record<string, unknown>;
  /** Legacy keys whose values were moved (or superseded); a writer removes them from the board. */
  replaced: string[];
  /** Current field ids whose value differs from what the board stores; a writer stores these. */
  changed: string[];
}

/**
 * Version-1 values of C4's "type of assessment", which mixed what is assessed with who assesses:
 * each maps to a Europass assessment type, or to an assessor.
 */
const LEGACY_ASSESSMENT: Readonly<Record<string, { method?: string; assessor?: string }>> = {
  'written-exam': { method: 'written-examination' },
  'oral-exam': { method: 'oral-examination' },
  'practical-task': { method: 'practical-assessment' },
  project: { method: 'project-work' },
  // Europass has no "presentation"; a presentation is assessed as an oral examination.
  presentation: { method: 'oral-examination' },
  'peer-assessment': { assessor: 'peers' },
  'self-assessment': { assessor: 'self' },
};

const has = (template: Template, id: string) => (template.fields ?? []).some((field) => field.id === id);
const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0);

/**
 * Reads board fields written for an earlier version of a catalog template as the current version
 * describes them, so that old boards stay readable (SPEC T6.1–T6.4). Each rule only applies when the
 * template has the new field and not the old one, so a user template that still declares the old
 * fields is left alone. Never throws; values it does not understand pass through unchanged for the
 * validators to report.
 */
export function migrateFieldValues(template: Template, stored: Readonly<Record<string, unknown>>): MigratedFields {
  const values: Record<string, unknown> = { ...stored };
  const replaced: string[] = [];
  const changed = new Set<string>();

  // T6.2: the v1 assessment types split into Europass types and assessors.
  const types = values.assessmentType;
  if (has(template, 'assessors') && Array.isArray(types) && types.some((t) => typeof t === 'string' && Object.hasOwn(LEGACY_ASSESSMENT, t))) {
    const methods: unknown[] = [];
    const assessors: unknown[] = Array.isArray(values.assessors) ? [...values.assessors] : [];
    for (const type of types) {
      const legacy = typeof type === 'string' && Object.hasOwn(LEGACY_ASSESSMENT, type) ? LEGACY_ASSESSMENT[type] : undefined;
      if (legacy === undefined) methods.push(type);
      else if (legacy.method !== undefined) methods.push(legacy.method);
      else if (legacy.assessor !== undefined) assessors.push(legacy.assessor);
    }
    values.assessmentType = methods;
    changed.add('assessmentType');
    if (assessors.length > 0) {
      values.assessors = [...new Set(assessors)];
      changed.add('assessors');
    }
  }

  // T6.3: one awarding body became a list of them.
  if (has(template, 'awardingBodies') && !has(template, 'awardingBody') && Object.hasOwn(values, 'awardingBody')) {
    const legacy = values.awardingBody;
    delete values.awardingBody;
    replaced.push('awardingBody');
    if (isBlank(values.awardingBodies) && typeof legacy === 'string' && legacy.trim() !== '') {
      values.awardingBodies = [legacy];
      changed.add('awardingBodies');
    }
  }

  // T6.4: the awarding body's country became the issuer's countries.
  if (has(template, 'issuerCountries') && !has(template, 'country') && Object.hasOwn(values, 'country')) {
    const legacy = values.country;
    delete values.country;
    replaced.push('country');
    if (isBlank(values.issuerCountries) && typeof legacy === 'string' && legacy.trim() !== '') {
      values.issuerCountries = [legacy.trim().toUpperCase()];
      changed.add('issuerCountries');
    }
  }

  return { values, replaced, changed: [...changed] };
}
