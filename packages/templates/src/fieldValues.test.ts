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
    const { fields, issues } = validateFieldValues(awarding, { issuer: '  ', issuerCountries: null, stackability: undefined, awardingBodies: [] });
    expect(fields.map((f) => f.value)).toEqual(Array(awarding.fields!.length).fill(null));
    expect(issues).toEqual([]);
  });

  it('T4.3 text patterns must match the whole value (web address)', () => {
    expect(value(awarding, { homepage: 'https://example.org/mc' }, 'homepage')).toBe('https://example.org/mc');
    expect(value(awarding, { homepage: 'example.org' }, 'homepage')).toBeNull();
    expect(validateFieldValues(awarding, { homepage: 'https://a b' }).issues).toEqual([
      { path: 'fields.homepage', code: 'invalid-field-value', message: 'Web page of the offer: "https://a b" does not match the expected format https?://\\S+' },
    ]);
  });

  it('T4.3 text fields reject non-text values', () => {
    expect(issuePaths(awarding, { issuer: 42 })).toEqual(['fields.issuer']);
  });

  it('T4.3 a list keeps its texts in order, drops blanks and repeats, reports bad entries and overflow', () => {
    const { fields, issues } = validateFieldValues(awarding, { awardingBodies: [' VET school ', '', 'University', 7, 'VET school'] });
    expect(fields.find((f) => f.id === 'awardingBodies')).toMatchObject({ value: ['VET school', 'University'], display: 'VET school; University' });
    expect(issues.map((i) => i.path)).toEqual(['fields.awardingBodies.3']);
    // A single text is read as a one-entry list; anything else that is not a list is refused.
    expect(value(awarding, { awardingBodies: 'College' }, 'awardingBodies')).toEqual(['College']);
    expect(issuePaths(awarding, { awardingBodies: { name: 'x' } })).toEqual(['fields.awardingBodies']);
    const eleven = Array.from({ length: 11 }, (_, i) => `Body ${i + 1}`);
    expect(issuePaths(awarding, { awardingBodies: eleven })).toEqual(['fields.awardingBodies.10']);
    expect(value(awarding, { awardingBodies: eleven }, 'awardingBodies')).toHaveLength(10);
  });

  it('T4.3 numbers respect min, max and step, and may arrive as decimal strings', () => {
    expect(value(c4, { ects: 60 }, 'ects')).toBe(60);
    expect(issuePaths(c4, { ects: '0' })).toEqual(['fields.ects']);
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
    const { fields, issues } = validateFieldValues(c4, { assessmentType: ['portfolio', 'oral-examination', 7, 'oral-examination'] });
    expect(fields.find((f) => f.id === 'assessmentType')).toMatchObject({
      value: ['oral-examination', 'portfolio'],
      display: 'Oral examination, Portfolio',
    });
    expect(issues.map((i) => i.path)).toEqual(['fields.assessmentType.2']);
    expect(value(c4, { assessmentType: [] }, 'assessmentType')).toBeNull();
    expect(issuePaths(c4, { assessmentType: 'project-work' })).toEqual(['fields.assessmentType']);
  });

  it('T6.1 a version-1 board is exported as version 2 describes it, without unknown-field issues', () => {
    const { fields, issues } = validateFieldValues(awarding, { awardingBody: 'Example College', country: 'AT' });
    expect(issues).toEqual([]);
    expect(fields.find((f) => f.id === 'awardingBodies')!.value).toEqual(['Example College']);
    expect(fields.find((f) => f.id === 'issuerCountries')!.value).toEqual(['AT']);
    expect(value(c4, { assessmentType: ['written-exam', 'self-assessment'] }, 'assessors')).toEqual(['self']);
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
