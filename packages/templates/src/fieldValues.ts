import { compileFieldPattern, FIELD_PATTERN_LIMITS } from './fieldPattern.js';
import { migrateFieldValues } from './fieldMigrations.js';
import { type Lang, localize } from './localized.js';
import type { Template, TemplateField } from './schema.js';

/** A field value after validation: text, number, option value(s), or `null` when empty or invalid. */
export type FieldValue = string | number | string[] | null;

/** A problem found while reading board data. Reported, never thrown (SPEC T4.3). */
export interface ExportIssue {
  /** Dotted location, e.g. `fields.ects` or `notes.shape:abc.meta.bloomLevel`. */
  path: string;
  code: 'invalid-field-value' | 'unknown-field' | 'invalid-note-meta';
  message: string;
}

/** One validated structured field. */
export interface ValidatedField {
  id: string;
  label: string;
  kind: TemplateField['kind'];
  value: FieldValue;
  /** Human-readable value: option labels, number with unit; `''` when empty. */
  display: string;
}

/** A checked value; `note` reports a check that could not be made (the value is kept). */
type Check = { ok: true; value: FieldValue; note?: string } | { ok: false; message: string };

const isEmpty = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

function checkText(field: TemplateField, raw: unknown): Check {
  if (typeof raw !== 'string') return { ok: false, message: `expected text, got ${describe(raw)}` };
  const value = raw.trim();
  if (field.pattern === undefined) return { ok: true, value };
  // The pattern must match the whole value, so authors need not anchor it themselves; it runs on a
  // linear-time engine, never on JavaScript's backtracking RegExp (SPEC T7).
  const pattern = compileFieldPattern(field.pattern);
  if (!pattern.ok) return { ok: true, value, note: `not checked: the template's ${pattern.message}` };
  if (value.length > FIELD_PATTERN_LIMITS.valueLength) {
    return { ok: false, message: `is longer than ${FIELD_PATTERN_LIMITS.valueLength} characters, too long to check against the expected format` };
  }
  if (!pattern.matches(value)) {
    return { ok: false, message: `"${value}" does not match the expected format ${field.pattern}` };
  }
  return { ok: true, value };
}

/** One entry of a list field: text that matches the field's pattern, if any (SPEC T4.3). */
function checkListEntry(field: TemplateField, raw: unknown): Check {
  if (typeof raw !== 'string') return { ok: false, message: `expected text, got ${describe(raw)}` };
  return checkText(field, raw);
}

function checkNumber(field: TemplateField, raw: unknown): Check {
  // Form inputs often deliver numbers as strings; accept plain decimal notation only.
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^\s*-?\d+(?:\.\d+)?\s*$/.test(raw) ? Number(raw) : NaN;
  if (!Number.isFinite(n)) return { ok: false, message: `expected a number, got ${describe(raw)}` };
  if (field.min !== undefined && n < field.min) return { ok: false, message: `must be at least ${field.min} (got ${n})` };
  if (field.max !== undefined && n > field.max) return { ok: false, message: `must be at most ${field.max} (got ${n})` };
  if (field.step !== undefined) {
    const steps = (n - (field.min ?? 0)) / field.step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9) {
      return { ok: false, message: `must be a multiple of ${field.step} (got ${n})` };
    }
  }
  return { ok: true, value: n };
}

function checkSelect(field: TemplateField, raw: unknown): Check {
  const allowed = (field.options ?? []).map((o) => o.value);
  // Numbers are accepted for numeric option values such as EQF levels ("4").
  const value = typeof raw === 'number' ? String(raw) : raw;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    return { ok: false, message: `${describe(raw)} is not one of ${allowed.join(', ')}` };
  }
  return { ok: true, value };
}

function describe(raw: unknown): string {
  if (Array.isArray(raw)) return 'a list';
  if (typeof raw === 'string') return JSON.stringify(raw);
  if (typeof raw === 'number' || typeof raw === 'boolean') return String(raw);
  return raw === null ? 'null' : typeof raw;
}

function display(field: TemplateField, value: FieldValue, lang: Lang): string {
  if (value === null) return '';
  const label = (v: string) => {
    const option = field.options?.find((o) => o.value === v);
    return option ? localize(option.label, lang) : v;
  };
  if (field.kind === 'list' && Array.isArray(value)) return value.join('; ');
  if (Array.isArray(value)) return value.map(label).join(', ');
  if (field.kind === 'select') return label(String(value));
  if (typeof value === 'number') return field.unit ? `${value} ${localize(field.unit, lang)}` : String(value);
  return value;
}

/**
 * A list keeps its entries in the given order: blank entries are dropped silently, bad ones and
 * those past `maxItems` with an issue, repeats without one (SPEC T4.3).
 */
function checkList(field: TemplateField, raw: unknown, path: string, name: string, issues: ExportIssue[]): FieldValue {
  const entries = typeof raw === 'string' ? [raw] : raw;
  if (!Array.isArray(entries)) {
    issues.push({ path, code: 'invalid-field-value', message: `${name}: expected a list of texts, got ${describe(raw)}` });
    return null;
  }
  const kept: string[] = [];
  entries.forEach((entry, i) => {
    if (isEmpty(entry)) return;
    const check = checkListEntry(field, entry);
    if (check.ok && check.note) issues.push({ path: `${path}.${i}`, code: 'invalid-field-value', message: `${name}: ${check.note}` });
    if (!check.ok) {
      issues.push({ path: `${path}.${i}`, code: 'invalid-field-value', message: `${name}: ${check.message}` });
    } else if (!kept.includes(check.value as string)) {
      if (field.maxItems !== undefined && kept.length >= field.maxItems) {
        issues.push({ path: `${path}.${i}`, code: 'invalid-field-value', message: `${name}: at most ${field.maxItems} entries` });
      } else {
        kept.push(check.value as string);
      }
    }
  });
  return kept.length > 0 ? kept : null;
}

/**
 * Validates raw field values (as a form or the board's metadata holds them) against the template's
 * field definitions. Every template field is returned in template order; empty values become `null`
 * without an issue, wrong values become `null` with an issue, unknown keys are reported, and
 * multiselect values are de-duplicated and put in option order (SPEC T4.3, T4.4). Values of an
 * earlier template version are migrated first (T6), so their old keys are not reported as unknown.
 */
export function validateFieldValues(
  template: Template,
  stored: Readonly<Record<string, unknown>>,
  lang: Lang = 'en',
): { fields: ValidatedField[]; issues: ExportIssue[] } {
  // Boards written for an earlier template version are read as the current one (SPEC T6).
  const { values } = migrateFieldValues(template, stored);
  const issues: ExportIssue[] = [];
  const defs = template.fields ?? [];
  const fields = defs.map((field): ValidatedField => {
    const raw = values[field.id];
    const path = `fields.${field.id}`;
    const name = localize(field.label, 'en');
    let value: FieldValue = null;
    if (isEmpty(raw)) {
      value = null;
    } else if (field.kind === 'multiselect') {
      if (!Array.isArray(raw)) {
        issues.push({ path, code: 'invalid-field-value', message: `${name}: expected a list of options, got ${describe(raw)}` });
      } else {
        const chosen = new Set<string>();
        raw.forEach((entry, i) => {
          const check = checkSelect(field, entry);
          if (check.ok) chosen.add(check.value as string);
          else issues.push({ path: `${path}.${i}`, code: 'invalid-field-value', message: `${name}: ${check.message}` });
        });
        const ordered = (field.options ?? []).map((o) => o.value).filter((v) => chosen.has(v));
        value = ordered.length > 0 ? ordered : null;
      }
    } else if (field.kind === 'list') {
      value = checkList(field, raw, path, name, issues);
    } else {
      const check =
        field.kind === 'text' ? checkText(field, raw) : field.kind === 'number' ? checkNumber(field, raw) : checkSelect(field, raw);
      if (check.ok) {
        value = check.value;
        if (check.note) issues.push({ path, code: 'invalid-field-value', message: `${name}: ${check.note}` });
      } else issues.push({ path, code: 'invalid-field-value', message: `${name}: ${check.message}` });
    }
    return { id: field.id, label: localize(field.label, lang), kind: field.kind, value, display: display(field, value, lang) };
  });
  const known = new Set(defs.map((f) => f.id));
  for (const key of Object.keys(values)) {
    if (!known.has(key)) {
      issues.push({
        path: `fields.${key}`,
        code: 'unknown-field',
        message: `Template "${template.id}" has no field "${key}"; the value was ignored`,
      });
    }
  }
  return { fields, issues };
}
