import { getTemplate } from '@canvas/templates';
import { describe, expect, it } from 'vitest';
import { CanvasContent, FIELD_SCHEMAS, FIELD_TEMPLATE, validateField } from './canvasContent.js';
import { ASSESSMENT_TYPES, ASSESSORS, LEARNING_OPPORTUNITY_TYPES, QF_EHEA_CYCLE_VALUES, WORK_BASED_LEARNING_VALUES } from './vocabulary.js';

describe('F1 field validators refuse bad values with plain-language messages', () => {
  it.each([
    ['eqfLevel', 9, 'EQF level must be a whole number from 1 to 8'],
    ['eqfLevel', 0, 'EQF level must be a whole number from 1 to 8'],
    ['eqfLevel', 4.5, 'EQF level must be a whole number from 1 to 8'],
    ['eqfLevel', 'five', 'EQF level must be a whole number from 1 to 8'],
    ['ects', 0, 'ECTS credits must be a number greater than 0 and at most 60 (0 is no workload)'],
    ['ects', -1, 'ECTS credits must be a number greater than 0 and at most 60 (0 is no workload)'],
    ['ects', 61, 'ECTS credits must be a number greater than 0 and at most 60 (0 is no workload)'],
    ['workloadHours', 0, 'Workload must be a number of hours, at least 1'],
    ['title', '', 'Title must not be empty'],
    ['title', '   ', 'Title must not be empty'],
    ['title', 'x'.repeat(201), 'Title must be at most 200 characters'],
    ['deliveryMode', 'hybrid', 'Form of participation must be one of: online, blended, in-person'],
    ['learningSetting', 'informal', 'Learning setting must be one of: formal, non-formal'],
    ['assessmentType', ['essay'], `Each type of assessment must be one of: ${ASSESSMENT_TYPES.join(', ')}`],
    ['assessmentType', ['self-assessment'], `Each type of assessment must be one of: ${ASSESSMENT_TYPES.join(', ')}`],
    ['assessmentType', 'portfolio', 'Types of assessment must be a list'],
    ['assessors', ['boss'], 'Each assessor must be one of: trainer, external-examiner, workplace, peers, self'],
    ['issuerCountries', ['Germany'], 'Each country must be a two-letter ISO 3166-1 code of a supported country, such as DE'],
    ['issuerCountries', ['ZZ'], 'Each country must be a two-letter ISO 3166-1 code of a supported country, such as DE'],
    ['issuerCountries', 'DE', 'Countries of the issuer must be a list'],
    ['languages', ['xx'], 'Each language must be a two-letter ISO 639-1 code of a supported language, such as de'],
    ['homepage', 'example.org', 'The web page must be a full address starting with https:// or http://'],
    ['homepage', 'javascript:alert(1)', 'The web page must be a full address starting with https:// or http://'],
    ['homepage', 'https://exa mple.org', 'The web page must be a full address starting with https:// or http://'],
    ['nqfLevelId', 'DQR 5', 'The NQF identifier must be a Europass QDR address such as http://data.europa.eu/snb/qdr/c_c392e7a2'],
    ['iscedField', '0613', 'Field of education (ISCED-F) must be one of: 001, 002, 003, 011, 018, 021, 022, 023, 028, 031, 032, 038, 041, 042, 048, 051, 052, 053, 054, 058, 061, 068, 071, 072, 073, 078, 081, 082, 083, 084, 088, 091, 092, 098, 101, 102, 103, 104, 108'],
    ['awardingBodies', [42], 'Each awarding body must be text'],
    ['awardingBodies', Array.from({ length: 11 }, (_, i) => `Body ${i}`), 'At most 10 awarding body entries'],
    ['qualityAssurance', 'none', 'Quality assurance must be one of: internal, external, accredited'],
    ['supervision', 'proctored', 'Supervision and identity verification must be one of: unsupervised-no-id, supervised-no-id, supervised-with-id'],
    ['stackability', 'maybe', 'Stackability must be one of: stand-alone, stackable'],
    ['nonsense', 1, 'Unknown field "nonsense"'],
  ])('%s = %j → "%s"', (fieldId, value, message) => {
    expect(validateField(fieldId, value)).toEqual({ ok: false, message });
  });

  it('F1 a 100,000-character title or body name is refused with a message, not a crash', () => {
    expect(validateField('title', 'x'.repeat(100_000))).toMatchObject({ ok: false });
    expect(validateField('awardingBodies', ['x'.repeat(100_000)])).toMatchObject({ ok: false });
  });
});

describe('F2 field validators normalise accepted values', () => {
  it.each([
    ['eqfLevel', '5', 5],
    ['eqfLevel', 8, 8],
    ['ects', 0.5, 0.5],
    ['ects', '2.5', 2.5],
    ['workloadHours', 1, 1],
    ['title', '  Mentoring in VET  ', 'Mentoring in VET'],
    ['issuerCountries', ['de', 'AT', 'DE'], ['DE', 'AT']],
    ['languages', ['DE', 'en', 'de'], ['de', 'en']],
    ['deliveryMode', 'in-person', 'in-person'],
    ['assessmentType', ['project-work', 'portfolio', 'project-work'], ['project-work', 'portfolio']],
    ['assessmentType', [], []],
    ['awardingBodies', [' College ', '', 'University', 'College'], ['College', 'University']],
    ['awardingBodies', 'College', ['College']],
    ['homepage', ' https://example.org/mc ', 'https://example.org/mc'],
    ['nqfLevelId', 'http://data.europa.eu/snb/qdr/c_c392e7a2', 'http://data.europa.eu/snb/qdr/c_c392e7a2'],
    ['prerequisites', '', ''],
  ])('%s = %j → %j', (fieldId, value, expected) => {
    expect(validateField(fieldId, value)).toEqual({ ok: true, value: expected });
  });
});

describe('F4 the validators know exactly the fields and options of the canvases', () => {
  it('every C4 and awarding field (version 2) has a validator, and every validator a field', () => {
    const canvasFields = ['c4-substantive', 'awarding'].flatMap((id) => getTemplate(id)!.fields!.map((field) => [field.id, id]));
    expect(Object.entries(FIELD_TEMPLATE).sort()).toEqual(canvasFields.sort());
    expect(Object.keys(FIELD_SCHEMAS).sort()).toEqual(Object.keys(FIELD_TEMPLATE).sort());
  });

  it.each([
    ['assessmentType', ASSESSMENT_TYPES],
    ['assessors', ASSESSORS],
    ['learningOpportunityType', LEARNING_OPPORTUNITY_TYPES],
    ['qfEheaCycle', QF_EHEA_CYCLE_VALUES],
    ['workBasedLearning', WORK_BASED_LEARNING_VALUES],
  ])('the %s values equal the canvas options, in order', (fieldId, values) => {
    const field = getTemplate('c4-substantive')!.fields!.find((f) => f.id === fieldId)!;
    expect(field.options!.map((option) => option.value)).toEqual([...values]);
  });
});

describe('F3 canvas content schema', () => {
  it('accepts missing canvases and fills empty notes and fields', () => {
    expect(CanvasContent.parse({ awarding: {} })).toEqual({ awarding: { notes: [], fields: {} } });
  });

  it('refuses a Bloom level outside 1–6 or an EQF level outside 1–8 on a note', () => {
    const note = (level: Record<string, number>) => ({ 'c4-substantive': { notes: [{ areaId: 'learning-outcomes', text: 'x', ...level }], fields: {} } });
    expect(CanvasContent.safeParse(note({ bloomLevel: 7 })).success).toBe(false);
    expect(CanvasContent.safeParse(note({ eqfLevel: 9 })).success).toBe(false);
    expect(CanvasContent.safeParse(note({ bloomLevel: 6, eqfLevel: 8 })).success).toBe(true);
  });
});
