import { describe, expect, it } from 'vitest';
import { CanvasContent, validateField } from './canvasContent.js';

describe('F1 field validators refuse bad values with plain-language messages', () => {
  it.each([
    ['eqfLevel', 9, 'EQF level must be a whole number from 1 to 8'],
    ['eqfLevel', 0, 'EQF level must be a whole number from 1 to 8'],
    ['eqfLevel', 4.5, 'EQF level must be a whole number from 1 to 8'],
    ['eqfLevel', 'five', 'EQF level must be a whole number from 1 to 8'],
    ['ects', -1, 'ECTS credits must be a number from 0 to 60'],
    ['ects', 61, 'ECTS credits must be a number from 0 to 60'],
    ['workloadHours', 0, 'Workload must be a number of hours, at least 1'],
    ['title', '', 'Title must not be empty'],
    ['title', '   ', 'Title must not be empty'],
    ['title', 'x'.repeat(201), 'Title must be at most 200 characters'],
    ['deliveryMode', 'hybrid', 'Mode of delivery must be one of: online, blended, in-person'],
    ['learningSetting', 'informal', 'Learning setting must be one of: formal, non-formal'],
    ['assessmentType', ['essay'], 'Each assessment type must be one of: written-exam, oral-exam, practical-task, project, portfolio, presentation, peer-assessment, self-assessment'],
    ['assessmentType', 'portfolio', 'Assessment types must be a list'],
    ['country', 'Germany', 'Country must be a two-letter ISO 3166-1 code of a supported country, such as DE'],
    ['country', 'ZZ', 'Country must be a two-letter ISO 3166-1 code of a supported country, such as DE'],
    ['qualityAssurance', 'none', 'Quality assurance must be one of: internal, external, accredited'],
    ['supervision', 'proctored', 'Supervision and identity verification must be one of: unsupervised-no-id, supervised-no-id, supervised-with-id'],
    ['stackability', 'maybe', 'Stackability must be one of: stand-alone, stackable'],
    ['nonsense', 1, 'Unknown field "nonsense"'],
  ])('%s = %j → "%s"', (fieldId, value, message) => {
    expect(validateField(fieldId, value)).toEqual({ ok: false, message });
  });
});

describe('F2 field validators normalise accepted values', () => {
  it.each([
    ['eqfLevel', '5', 5],
    ['eqfLevel', 8, 8],
    ['ects', 0, 0],
    ['ects', '2.5', 2.5],
    ['workloadHours', 1, 1],
    ['title', '  Mentoring in VET  ', 'Mentoring in VET'],
    ['country', 'de', 'DE'],
    ['deliveryMode', 'in-person', 'in-person'],
    ['assessmentType', ['project', 'portfolio', 'project'], ['project', 'portfolio']],
    ['assessmentType', [], []],
    ['prerequisites', '', ''],
  ])('%s = %j → %j', (fieldId, value, expected) => {
    expect(validateField(fieldId, value)).toEqual({ ok: true, value: expected });
  });
});

describe('F3 canvas content schema', () => {
  it('accepts missing canvases and fills empty notes and fields', () => {
    expect(CanvasContent.parse({ awarding: {} })).toEqual({ awarding: { notes: [], fields: {} } });
  });

  it('refuses a Bloom level outside 1–6 on a note', () => {
    const result = CanvasContent.safeParse({
      'c3-competences': { notes: [{ areaId: 'competences', text: 'x', bloomLevel: 7 }], fields: {} },
    });
    expect(result.success).toBe(false);
  });
});
