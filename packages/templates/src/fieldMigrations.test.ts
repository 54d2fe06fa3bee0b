import { describe, expect, it } from 'vitest';
import { getTemplate } from './catalog/index.js';
import { migrateFieldValues } from './fieldMigrations.js';
import type { Template } from './schema.js';

const c4 = getTemplate('c4-substantive')!;
const awarding = getTemplate('awarding')!;

describe('migrateFieldValues', () => {
  it('T6.1 leaves current values alone', () => {
    const values = { assessmentType: ['portfolio'], assessors: ['peers'], title: 'x' };
    expect(migrateFieldValues(c4, values)).toEqual({ values, replaced: [], changed: [] });
  });

  it('T6.2 splits version-1 assessment types into Europass types and who assesses', () => {
    const result = migrateFieldValues(c4, {
      assessmentType: ['written-exam', 'presentation', 'peer-assessment', 'self-assessment', 'portfolio'],
      assessors: ['trainer'],
    });
    expect(result.values).toEqual({
      assessmentType: ['written-examination', 'oral-examination', 'portfolio'],
      assessors: ['trainer', 'peers', 'self'],
    });
    expect(result.changed).toEqual(['assessmentType', 'assessors']);
    // A value the migration does not know stays for the validator to report.
    expect(migrateFieldValues(c4, { assessmentType: ['project', 'exam'] }).values.assessmentType).toEqual(['project-work', 'exam']);
  });

  it('T6.3 one awarding body becomes the list, unless the list is already filled', () => {
    expect(migrateFieldValues(awarding, { awardingBody: 'Example College' })).toEqual({
      values: { awardingBodies: ['Example College'] },
      replaced: ['awardingBody'],
      changed: ['awardingBodies'],
    });
    expect(migrateFieldValues(awarding, { awardingBody: 'Old', awardingBodies: ['New'] })).toEqual({
      values: { awardingBodies: ['New'] },
      replaced: ['awardingBody'],
      changed: [],
    });
  });

  it("T6.4 the awarding body's country becomes the issuer's country", () => {
    expect(migrateFieldValues(awarding, { country: ' ie ' }).values).toEqual({ issuerCountries: ['IE'] });
    expect(migrateFieldValues(awarding, { country: 'IE', issuerCountries: ['AT'] }).values).toEqual({ issuerCountries: ['AT'] });
  });

  it('T6.5 a template that still declares the old fields keeps them', () => {
    const v1: Template = {
      ...awarding,
      version: '1.0.0',
      fields: [
        { id: 'awardingBody', label: { en: 'Awarding body' }, kind: 'text' },
        { id: 'country', label: { en: 'Country' }, kind: 'text' },
      ],
    };
    expect(migrateFieldValues(v1, { awardingBody: 'X', country: 'DE' })).toEqual({
      values: { awardingBody: 'X', country: 'DE' },
      replaced: [],
      changed: [],
    });
  });
});
