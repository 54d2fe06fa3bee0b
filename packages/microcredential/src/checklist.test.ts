import { describe, expect, it } from 'vitest';
import { FIXTURE_OPTIONS, fixture } from './__fixtures__/load.js';
import type { CanvasContent } from './canvasContent.js';
import { checkAgainstCouncilRecommendation, missingMandatoryElements } from './checklist.js';
import type { MicroCredentialDraft } from './draft.js';
import { draftFromCanvas } from './fromCanvas.js';

const complete = () => draftFromCanvas(fixture<CanvasContent>('filled-canvas.json'), FIXTURE_OPTIONS);

/** Each mandatory element that a design can fill, with a way to remove it from a complete draft. */
const REMOVALS: [element: number, id: string, hint: string, remove: (d: MicroCredentialDraft) => MicroCredentialDraft][] = [
  [2, 'title', 'Enter the title on canvas C4.', ({ title: _, ...d }) => d],
  [3, 'country', 'Choose the country of the awarding body on the awarding canvas.', ({ country: _, ...d }) => d],
  [4, 'awarding-body', 'Enter the awarding body on the awarding canvas.', ({ awardingBody: _, ...d }) => d],
  [
    6,
    'learning-outcomes',
    'Add learning outcomes as notes in the "Learning outcomes" area of canvas C4; the competences on canvas C3 are a good starting point.',
    (d) => ({ ...d, learningOutcomes: [] }),
  ],
  [7, 'workload', 'Enter the ECTS credits or the workload in hours on canvas C4.', ({ ects: _, workloadHours: __, ...d }) => d],
  [8, 'level', 'Set the EQF level on canvas C4.', ({ eqfLevel: _, ...d }) => d],
  [9, 'assessment-type', 'Tick at least one assessment type on canvas C4.', (d) => ({ ...d, assessmentTypes: [] })],
  [10, 'participation', 'Choose the mode of delivery (online, blended or in person) on canvas C4.', ({ deliveryMode: _, ...d }) => d],
  [11, 'quality-assurance', 'Choose the type of quality assurance on the awarding canvas.', ({ qualityAssurance: _, ...d }) => d],
];

describe('checkAgainstCouncilRecommendation', () => {
  it('C1 lists the 11 mandatory elements in Annex I order, then the 5 optional ones', () => {
    const items = checkAgainstCouncilRecommendation(complete());
    expect(items.map((item) => item.element)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 'O1', 'O2', 'O3', 'O4', 'O5']);
    expect(items.filter((item) => item.mandatory)).toHaveLength(11);
  });

  it('C2 a complete canvas reports nothing missing; learner, date and grade are at-issuing', () => {
    const items = checkAgainstCouncilRecommendation(complete());
    expect(items.filter((item) => item.status === 'missing')).toEqual([]);
    expect(items.filter((item) => item.status === 'at-issuing').map((item) => item.id)).toEqual([
      'learner',
      'date-of-issuing',
      'grade',
    ]);
    expect(items.filter((item) => item.status === 'present').every((item) => item.hint === '')).toBe(true);
  });

  it.each(REMOVALS)('C3 element %i (%s) missing is reported alone, with its hint', (element, id, hint, remove) => {
    const items = checkAgainstCouncilRecommendation(remove(complete()));
    expect(missingMandatoryElements(items)).toEqual([
      expect.objectContaining({ element, id, status: 'missing', mandatory: true, hint }),
    ]);
  });

  it.each([
    ['O1', 'prerequisites', (d: MicroCredentialDraft) => ({ ...d, prerequisites: [] })],
    ['O2', 'supervision', ({ supervision: _, ...d }: MicroCredentialDraft) => d],
    ['O4', 'stackability', ({ stackability: _, ...d }: MicroCredentialDraft) => d],
    ['O5', 'further-information', (d: MicroCredentialDraft) => ({ ...d, furtherInformation: [] })],
  ])('C3 optional element %s (%s) missing is reported but not mandatory', (element, id, remove) => {
    const items = checkAgainstCouncilRecommendation(remove(complete()));
    expect(items.filter((item) => item.status === 'missing')).toEqual([
      expect.objectContaining({ element, id, mandatory: false, hint: expect.stringMatching(/^Optional: /) }),
    ]);
    expect(missingMandatoryElements(items)).toEqual([]);
  });

  it('C3 workload in hours only is present, with advice to add ECTS', () => {
    const { ects: _, ...draft } = complete();
    const item = checkAgainstCouncilRecommendation(draft).find((entry) => entry.id === 'workload');
    expect(item).toMatchObject({ status: 'present', hint: 'Add ECTS credits on canvas C4 where possible.' });
  });

  it('C3 an empty design misses all nine elements a canvas can fill', () => {
    const items = checkAgainstCouncilRecommendation(draftFromCanvas({}, { id: 'x', language: 'en' }));
    expect(missingMandatoryElements(items).map((item) => item.element)).toEqual([2, 3, 4, 6, 7, 8, 9, 10, 11]);
  });

  it('C4 explains a refused canvas value in the hint', () => {
    const draft = draftFromCanvas({ 'c4-substantive': { notes: [], fields: { eqfLevel: 9 } } }, { id: 'x', language: 'en' });
    const item = checkAgainstCouncilRecommendation(draft).find((entry) => entry.element === 8);
    expect(item?.hint).toBe(
      'The value on the canvas was refused: EQF level must be a whole number from 1 to 8. Set the EQF level on canvas C4.',
    );
  });

  it('C4 gives labels and hints in German', () => {
    const { eqfLevel: _, ...draft } = complete();
    const items = checkAgainstCouncilRecommendation(draft, 'de');
    expect(items[0]).toEqual({
      element: 1,
      id: 'learner',
      mandatory: true,
      label: 'Identifikation der lernenden Person',
      status: 'at-issuing',
      hint: 'Wird bei der Ausstellung an eine lernende Person ergänzt.',
    });
    expect(missingMandatoryElements(items)).toEqual([
      {
        element: 8,
        id: 'level',
        mandatory: true,
        label: 'Niveau der Lernerfahrung (EQR)',
        status: 'missing',
        hint: 'Legen Sie das EQR-Niveau auf Canvas C4 fest.',
      },
    ]);
  });

  it('C4 defaults to the draft language for German drafts', () => {
    const draft = { ...complete(), language: 'de' };
    expect(checkAgainstCouncilRecommendation(draft)[1]?.label).toBe('Titel des Microcredentials');
  });
});
