import { describe, expect, it } from 'vitest';
import { getTemplate } from './catalog/index.js';
import { validateFieldValues } from './fieldValues.js';

const awarding = getTemplate('awarding')!;
const c4 = getTemplate('c4-substantive')!;
const value = (template: typeof c4, values: Record<string, unknown>, id: string) =>
  validateFieldValues(template, values).fields.find((f) => f.id === id)!.value;
const issuePaths = (template: typeof c4, values: Record<string, unknown>) =>
  validateFieldValues(template, values).issues.map((i) => i.path);

describe('validateFieldValues', () => {
  it('T4.3 empty values are null without an issue', () => {
    const { fields, issues } = validateFieldValues(awarding, { awardingBody: '  ', country: null, stackability: undefined });
    expect(fields.map((f) => f.value)).toEqual(Array(8).fill(null));
    expect(issues).toEqual([]);
  });

  it('T4.3 text patterns must match the whole value (ISO country code)', () => {
    expect(value(awarding, { country: 'AT' }, 'country')).toBe('AT');
    expect(value(awarding, { country: 'Austria' }, 'country')).toBeNull();
    expect(validateFieldValues(awarding, { country: 'de' }).issues).toEqual([
      { path: 'fields.country', code: 'invalid-field-value', message: 'Country of the awarding body: "de" does not match the expected format ^[A-Z]{2}$' },
    ]);
    expect(issuePaths(awarding, { country: 'DEU' })).toEqual(['fields.country']);
  });

  it('T4.3 text fields reject non-text values', () => {
    expect(issuePaths(awarding, { awardingBody: 42 })).toEqual(['fields.awardingBody']);
  });

  it('T4.3 numbers respect min, max and step, and may arrive as decimal strings', () => {
    expect(value(c4, { ects: 60 }, 'ects')).toBe(60);
    expect(value(c4, { ects: '0' }, 'ects')).toBe(0);
    expect(value(c4, { ects: 1.5 }, 'ects')).toBe(1.5);
    expect(issuePaths(c4, { ects: 60.5 })).toEqual(['fields.ects']);
    expect(issuePaths(c4, { ects: -1 })).toEqual(['fields.ects']);
    expect(issuePaths(c4, { ects: 1.25 })).toEqual(['fields.ects']);
    expect(issuePaths(c4, { ects: '1e3' })).toEqual(['fields.ects']);
    expect(issuePaths(c4, { ects: Number.NaN })).toEqual(['fields.ects']);
    expect(value(c4, { workloadHours: 1 }, 'workloadHours')).toBe(1);
  });

  it('T4.3 select values must be option values; numbers match numeric options', () => {
    expect(value(c4, { eqfLevel: 8 }, 'eqfLevel')).toBe('8');
    expect(value(c4, { eqfLevel: '9' }, 'eqfLevel')).toBeNull();
    expect(value(awarding, { supervision: 'supervised-with-id' }, 'supervision')).toBe('supervised-with-id');
    expect(issuePaths(awarding, { qualityAssurance: 'none' })).toEqual(['fields.qualityAssurance']);
  });

  it('T4.3 multiselect keeps valid options in option order, drops duplicates, reports bad entries', () => {
    const { fields, issues } = validateFieldValues(c4, { assessmentType: ['self-assessment', 'oral-exam', 7, 'oral-exam'] });
    expect(fields.find((f) => f.id === 'assessmentType')).toMatchObject({
      value: ['oral-exam', 'self-assessment'],
      display: 'Oral exam, Self-assessment',
    });
    expect(issues.map((i) => i.path)).toEqual(['fields.assessmentType.2']);
    expect(value(c4, { assessmentType: [] }, 'assessmentType')).toBeNull();
    expect(issuePaths(c4, { assessmentType: 'project' })).toEqual(['fields.assessmentType']);
  });

  it('T4.4 unknown keys are reported', () => {
    expect(validateFieldValues(getTemplate('c1-needs')!, { mood: 'good' }).issues).toEqual([
      { path: 'fields.mood', code: 'unknown-field', message: 'Template "c1-needs" has no field "mood"; the value was ignored' },
    ]);
  });

  it('T4.10 display uses the requested language', () => {
    const { fields } = validateFieldValues(c4, { ects: 5, eqfLevel: '5' }, 'de');
    expect(fields.find((f) => f.id === 'ects')!.display).toBe('5 ECTS');
    expect(fields.find((f) => f.id === 'eqfLevel')!.display).toBe('Niveau 5 – umfassendes, spezialisiertes Wissen');
  });
});
