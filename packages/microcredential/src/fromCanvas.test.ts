import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { FIXTURE_OPTIONS, fixture } from './__fixtures__/load.js';
import type { CanvasContent } from './canvasContent.js';
import { parseAwardingBody, type MicroCredentialDraft } from './draft.js';
import { draftFromCanvas } from './fromCanvas.js';
import { canvasContentFromBoards } from './fromBoards.js';

const filled = fixture<CanvasContent>('filled-canvas.json');
const SUMMARY =
  'Designing Micro-Credentials in VET is a micro-credential at EQF level 6 (NQF: RQF Level 6; QF-EHEA first cycle) with a notional workload of 2 ECTS credits (50 hours), offered in blended form, awarded by Example Further Education College and Example University. Intended learning outcomes: design a micro-credential from an existing training programme; describe learning outcomes with verbs that match the intended Bloom level; evaluate a design against Annex I of the Council Recommendation.';

describe('draftFromCanvas', () => {
  it('M1–M10, M14 map the filled canvases to the expected draft', () => {
    const expected: MicroCredentialDraft = {
      id: '3f6c1a52-8e0b-4c7d-9a41-2b5e7d9c0f18',
      language: 'en',
      issuerUrl: 'https://example.org/issuer',
      title: 'Designing Micro-Credentials in VET',
      eqfLevel: 6,
      nqfLevel: 'RQF Level 6',
      nqfLevelId: 'http://data.europa.eu/snb/qdr/c_c392e7a2',
      qfEheaCycle: 'first-cycle',
      ects: 2,
      workloadHours: 50,
      deliveryMode: 'blended',
      awardingBodies: [
        { name: 'Example Further Education College', country: 'GB' },
        { name: 'Example University', country: 'GB' },
      ],
      learningOutcomes: [
        { text: 'Learners can design a micro-credential from an existing training programme', bloomLevel: 6, eqfLevel: 6 },
        { text: 'Describe learning outcomes with verbs that match the intended Bloom level.' },
        { text: 'Evaluate a design against Annex I of the Council Recommendation', bloomLevel: 5 },
      ],
      summary: SUMMARY,
      learningOpportunityType: 'short-learning-programme',
      iscedField: '011',
      competences: [{ text: 'Mentor competence: guiding small groups through canvas work', bloomLevel: 3 }],
      workloadNotes: ['20 hours of workshops and 30 hours of self-study'],
      deliveryNotes: ['Three online sessions and one day on site'],
      workBasedLearning: 'partly',
      learningSetting: 'non-formal',
      languages: ['en', 'de'],
      assessmentTypes: ['portfolio', 'oral-examination'],
      assessors: ['trainer', 'peers'],
      gradingScheme: 'Pass or fail against each learning outcome',
      assessmentNarrative: ['Each group presents its canvas; the mentor reviews a portfolio of the finished canvases'],
      supervision: 'supervised-with-id',
      supervisionNotes: ["The mentor checks each participant's ID card on site"],
      prerequisites: ['Experience in planning training for adults'],
      didacticMethods: [
        'Group work on printed and digital canvases',
        'Peer presentations with structured feedback',
        'Role play of a mentoring conversation',
      ],
      issuerCountries: ['GB'],
      issuerRegion: 'North West England',
      homepage: 'https://example.org/mc/design',
      qualityAssurance: 'external',
      qualityAssuranceNotes: ['Reviewed by the regional quality agency', 'Annual review by an external panel'],
      stackability: 'stackable',
      stackableTowards: ['Certificate in Adult Education Practice'],
      furtherInformation: ['Recognised for continuing professional development by the regional chamber'],
      invalidFields: [],
    };
    expect(draftFromCanvas(filled, FIXTURE_OPTIONS)).toEqual(expected);
  });

  it('M1 ignores notes outside every area and blank notes', () => {
    const draft = draftFromCanvas(
      {
        'c4-substantive': {
          notes: [
            { areaId: null, text: 'Outcome left on the table' },
            { areaId: 'learning-outcomes', text: '  ' },
            { areaId: 'no-such-area', text: 'Lost note' },
            { areaId: 'learning-outcomes', text: '  Apply the canvas  ' },
          ],
          fields: {},
        },
      },
      { id: 'x', language: 'en' },
    );
    expect(draft.learningOutcomes).toEqual([{ text: 'Apply the canvas' }]);
  });

  it('M3 carries the Bloom and EQF levels of note records (meta.bloomLevel, meta.eqfLevel) into the outcomes', () => {
    const note = (id: string, text: string, meta: Record<string, unknown>) => ({
      id,
      typeName: 'shape',
      type: 'note',
      x: 50,
      y: 200,
      rotation: 0,
      props: { richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
      meta,
    });
    const content = canvasContentFromBoards([
      {
        templateId: 'c4-substantive',
        records: [
          note('shape:a', 'Size a heat pump', { bloomLevel: 3, eqfLevel: 4 }),
          note('shape:b', 'Explain the refrigerant cycle', { bloomLevel: 2 }),
          // Levels stored wrongly are ignored, not fatal: a string, out of range, not an integer.
          note('shape:c', 'Document the commissioning', { bloomLevel: '3', eqfLevel: 9 }),
          note('shape:d', 'Plan the installation', { bloomLevel: 4.5, eqfLevel: 0 }),
        ],
        fields: {},
      },
    ]);
    const draft = draftFromCanvas(content, { id: 'x', language: 'en' });
    expect(draft.learningOutcomes).toEqual([
      { text: 'Size a heat pump', bloomLevel: 3, eqfLevel: 4 },
      { text: 'Explain the refrigerant cycle', bloomLevel: 2 },
      { text: 'Document the commissioning' },
      { text: 'Plan the installation' },
    ]);
  });

  it('M4 keeps C3 competences as supporting information, never as learning outcomes', () => {
    const draft = draftFromCanvas(
      { 'c3-competences': { notes: [{ areaId: 'competences', text: 'Coaching', bloomLevel: 4, eqfLevel: 5 }], fields: {} } },
      { id: 'x', language: 'en' },
    );
    expect(draft.learningOutcomes).toEqual([]);
    expect(draft.competences).toEqual([{ text: 'Coaching', bloomLevel: 4, eqfLevel: 5 }]);
  });

  it('M8 takes the awarding bodies from notes (one per note) only when the field is empty', () => {
    const draft = draftFromCanvas(
      {
        awarding: {
          notes: [
            { areaId: 'awarding-body', text: 'City college (AT)' },
            { areaId: 'awarding-body', text: 'University' },
          ],
          fields: { awardingBodies: [] },
        },
      },
      { id: 'x', language: 'en' },
    );
    expect(draft.awardingBodies).toEqual([{ name: 'City college', country: 'AT' }, { name: 'University' }]);
  });

  it('M8 reads a country code in brackets after a body name; other brackets belong to the name', () => {
    expect(parseAwardingBody('Example University (at)')).toEqual({ name: 'Example University', country: 'AT' });
    expect(parseAwardingBody('Example School (Vienna)')).toEqual({ name: 'Example School (Vienna)' });
    expect(parseAwardingBody('Example School (ZZ)')).toEqual({ name: 'Example School (ZZ)' });
    expect(parseAwardingBody('  A   B  ')).toEqual({ name: 'A B' });
  });

  it('M11 builds an empty draft when no canvas exists', () => {
    const draft = draftFromCanvas({}, { id: 'x', language: 'de' });
    expect(draft).toEqual({
      id: 'x',
      language: 'de',
      summary: 'Entwurf eines Microcredentials; es sind noch keine Elemente ausgefüllt.',
      awardingBodies: [],
      learningOutcomes: [],
      competences: [],
      workloadNotes: [],
      deliveryNotes: [],
      languages: [],
      assessmentTypes: [],
      assessors: [],
      assessmentNarrative: [],
      supervisionNotes: [],
      prerequisites: [],
      didacticMethods: [],
      issuerCountries: [],
      qualityAssuranceNotes: [],
      stackableTowards: [],
      furtherInformation: [],
      invalidFields: [],
    });
  });

  it('M12 leaves refused values out and lists them; null means cleared', () => {
    const draft = draftFromCanvas(
      {
        'c4-substantive': { notes: [], fields: { eqfLevel: 9, ects: 0, deliveryMode: 'hybrid', title: null } },
        awarding: { notes: [], fields: { issuerCountries: ['Atlantis'] } },
      },
      { id: 'x', language: 'en' },
    );
    expect(draft.eqfLevel).toBeUndefined();
    expect(draft.ects).toBeUndefined();
    expect(draft.deliveryMode).toBeUndefined();
    expect(draft.title).toBeUndefined();
    expect(draft.invalidFields).toEqual([
      { template: 'c4-substantive', fieldId: 'eqfLevel', message: 'EQF level must be a whole number from 1 to 8' },
      { template: 'c4-substantive', fieldId: 'ects', message: 'ECTS credits must be a number greater than 0 and at most 60 (0 is no workload)' },
      { template: 'c4-substantive', fieldId: 'deliveryMode', message: 'Form of participation must be one of: online, blended, in-person' },
      { template: 'awarding', fieldId: 'issuerCountries', message: 'Each country must be a two-letter ISO 3166-1 code of a supported country, such as DE' },
    ]);
  });

  it('M14 writes the summary in German for a German draft, without repeating the lead-in of each outcome', () => {
    const draft = draftFromCanvas(
      {
        'c4-substantive': {
          notes: [
            { areaId: 'learning-outcomes', text: 'Die Lernenden können Lernergebnisse formulieren.' },
            { areaId: 'learning-outcomes', text: 'Lernergebnisse bewerten' },
          ],
          fields: { title: 'Mentoring', eqfLevel: 4, ects: 2.5, deliveryMode: 'in-person' },
        },
      },
      { id: 'x', language: 'de' },
    );
    expect(draft.summary).toBe(
      'Mentoring ist ein Microcredential auf EQR-Niveau 4 mit einer fiktiven Arbeitsbelastung von 2,5 ECTS-Punkten, in Präsenz angeboten. Angestrebte Lernergebnisse: Lernergebnisse formulieren; Lernergebnisse bewerten.',
    );
  });

  it('M14 writes "Learners can" once at most, keeps acronyms, and states only the facts given', () => {
    const draft = draftFromCanvas(
      {
        'c4-substantive': {
          notes: [
            { areaId: 'learning-outcomes', text: 'Learners can explain the EU Recommendation;' },
            { areaId: 'learning-outcomes', text: 'The learner is able to Plan a workshop' },
            { areaId: 'learning-outcomes', text: 'EU funding rules' },
          ],
          fields: { workloadHours: 1 },
        },
      },
      { id: 'x', language: 'en' },
    );
    expect(draft.summary).toBe(
      'A micro-credential with a notional workload of 1 hour. Intended learning outcomes: explain the EU Recommendation; plan a workshop; EU funding rules.',
    );
    expect(draft.summary).not.toMatch(/learners can/i);
  });

  it('M15 throws on a malformed canvas structure', () => {
    expect(() => draftFromCanvas({ awarding: { notes: 'none' } } as unknown as CanvasContent, { id: 'x', language: 'en' })).toThrow(
      ZodError,
    );
  });

  it('M15 throws on an unsupported content language', () => {
    expect(() => draftFromCanvas({}, { id: 'x', language: 'xx' })).toThrow(ZodError);
  });

  it('M16 reads a version-1 board as version 2: assessment split, one awarding body, its country as the issuer country', () => {
    const draft = draftFromCanvas(fixture<CanvasContent>('filled-canvas-v1.json'), FIXTURE_OPTIONS);
    expect(draft.assessmentTypes).toEqual(['portfolio', 'oral-examination']);
    expect(draft.awardingBodies).toEqual([{ name: 'Example Adult Education Centre' }]);
    expect(draft.issuerCountries).toEqual(['DE']);
    expect(draft.invalidFields).toEqual([]);
    const withSelf = draftFromCanvas({ 'c4-substantive': { notes: [], fields: { assessmentType: ['self-assessment'] } } }, { id: 'x', language: 'en' });
    expect(withSelf.assessmentTypes).toEqual([]);
    expect(withSelf.assessors).toEqual(['self']);
  });
});
