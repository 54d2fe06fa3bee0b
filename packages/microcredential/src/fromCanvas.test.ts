import { describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { FIXTURE_OPTIONS, fixture } from './__fixtures__/load.js';
import type { CanvasContent } from './canvasContent.js';
import type { MicroCredentialDraft } from './draft.js';
import { draftFromCanvas } from './fromCanvas.js';

const filled = fixture<CanvasContent>('filled-canvas.json');
const SUMMARY =
  'Designing Micro-Credentials in VET: a micro-credential (EQF level 5, 2 ECTS, 50 hours, blended). Learners who complete it can: Design a micro-credential from an existing training programme; Describe learning outcomes with verbs that match the intended Bloom level; Evaluate a design against Annex I of the Council Recommendation.';

describe('draftFromCanvas', () => {
  it('M1–M10, M14 map the filled canvases to the expected draft', () => {
    const expected: MicroCredentialDraft = {
      id: '3f6c1a52-8e0b-4c7d-9a41-2b5e7d9c0f18',
      language: 'en',
      issuerUrl: 'https://example.org/issuer',
      title: 'Designing Micro-Credentials in VET',
      summary: SUMMARY,
      learningOutcomes: [
        { text: 'Design a micro-credential from an existing training programme', bloomLevel: 6 },
        { text: 'Describe learning outcomes with verbs that match the intended Bloom level.' },
        { text: 'Evaluate a design against Annex I of the Council Recommendation', bloomLevel: 5 },
      ],
      competences: [{ text: 'Mentor competence: guiding small groups through canvas work', bloomLevel: 3 }],
      eqfLevel: 5,
      ects: 2,
      workloadHours: 50,
      workloadNotes: ['20 hours of workshops and 30 hours of self-study'],
      deliveryMode: 'blended',
      deliveryNotes: ['Three online sessions and one day on site'],
      learningSetting: 'non-formal',
      assessmentTypes: ['portfolio', 'presentation'],
      assessmentNarrative: ['Each group presents its canvas; the mentor reviews a portfolio of the finished canvases'],
      supervision: 'supervised-with-id',
      supervisionNotes: ["The mentor checks each participant's ID card on site"],
      prerequisites: ['Experience in planning training for adults'],
      didacticMethods: [
        'Group work on printed and digital canvases',
        'Peer presentations with structured feedback',
        'Role play of a mentoring conversation',
      ],
      awardingBody: 'Example Adult Education Centre',
      country: 'DE',
      qualityAssurance: 'external',
      qualityAssuranceNotes: ['Reviewed by the regional quality agency', 'Annual review by an external panel'],
      stackability: 'stackable',
      stackableTowards: ['Certificate in Adult Education Practice'],
      furtherInformation: ['https://example.org/mc/design'],
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

  it('M4 keeps C3 competences as supporting information, never as learning outcomes', () => {
    const draft = draftFromCanvas(
      { 'c3-competences': { notes: [{ areaId: 'competences', text: 'Coaching', bloomLevel: 4 }], fields: {} } },
      { id: 'x', language: 'en' },
    );
    expect(draft.learningOutcomes).toEqual([]);
    expect(draft.competences).toEqual([{ text: 'Coaching', bloomLevel: 4 }]);
  });

  it('M8 takes the awarding body from notes only when the field is empty', () => {
    const draft = draftFromCanvas(
      { awarding: { notes: [{ areaId: 'awarding-body', text: 'City college' }], fields: { awardingBody: '' } } },
      { id: 'x', language: 'en' },
    );
    expect(draft.awardingBody).toBe('City college');
  });

  it('M11 builds an empty draft when no canvas exists', () => {
    const draft = draftFromCanvas({}, { id: 'x', language: 'de' });
    expect(draft).toEqual({
      id: 'x',
      language: 'de',
      summary: 'Dieses Microcredential: ein Microcredential.',
      learningOutcomes: [],
      competences: [],
      workloadNotes: [],
      deliveryNotes: [],
      assessmentTypes: [],
      assessmentNarrative: [],
      supervisionNotes: [],
      prerequisites: [],
      didacticMethods: [],
      qualityAssuranceNotes: [],
      stackableTowards: [],
      furtherInformation: [],
      invalidFields: [],
    });
  });

  it('M12 leaves refused values out and lists them; null means cleared', () => {
    const draft = draftFromCanvas(
      {
        'c4-substantive': { notes: [], fields: { eqfLevel: 9, ects: -2, deliveryMode: 'hybrid', title: null } },
        awarding: { notes: [], fields: { country: 'Atlantis' } },
      },
      { id: 'x', language: 'en' },
    );
    expect(draft.eqfLevel).toBeUndefined();
    expect(draft.ects).toBeUndefined();
    expect(draft.deliveryMode).toBeUndefined();
    expect(draft.title).toBeUndefined();
    expect(draft.invalidFields).toEqual([
      { template: 'c4-substantive', fieldId: 'eqfLevel', message: 'EQF level must be a whole number from 1 to 8' },
      { template: 'c4-substantive', fieldId: 'ects', message: 'ECTS credits must be a number from 0 to 60' },
      { template: 'c4-substantive', fieldId: 'deliveryMode', message: 'Mode of delivery must be one of: online, blended, in-person' },
      {
        template: 'awarding',
        fieldId: 'country',
        message: 'Country must be a two-letter ISO 3166-1 code of a supported country, such as DE',
      },
    ]);
  });

  it('M14 writes the summary in German for a German draft', () => {
    const draft = draftFromCanvas(
      {
        'c4-substantive': {
          notes: [{ areaId: 'learning-outcomes', text: 'Lernergebnisse formulieren.' }],
          fields: { title: 'Mentoring', eqfLevel: 4, ects: 2.5, deliveryMode: 'in-person' },
        },
      },
      { id: 'x', language: 'de' },
    );
    expect(draft.summary).toBe(
      'Mentoring: ein Microcredential (EQR-Niveau 4, 2,5 ECTS, Präsenz). Wer es abschließt, kann: Lernergebnisse formulieren.',
    );
  });

  it('M15 throws on a malformed canvas structure', () => {
    expect(() => draftFromCanvas({ awarding: { notes: 'none' } } as unknown as CanvasContent, { id: 'x', language: 'en' })).toThrow(
      ZodError,
    );
  });

  it('M15 throws on an unsupported content language', () => {
    expect(() => draftFromCanvas({}, { id: 'x', language: 'xx' })).toThrow(ZodError);
  });
});
