import { ANNEX_I_ELEMENTS } from '@canvas/templates';
import { describe, expect, it } from 'vitest';
import { FIXTURE_OPTIONS, fixture } from './__fixtures__/load.js';
import type { CanvasContent } from './canvasContent.js';
import { checkAgainstCouncilRecommendation, missingMandatoryElements } from './checklist.js';
import type { MicroCredentialDraft } from './draft.js';
import { draftFromCanvas } from './fromCanvas.js';
import { checkEuropassPublishing } from './europass.js';

const complete = () => draftFromCanvas(fixture<CanvasContent>('filled-canvas.json'), FIXTURE_OPTIONS);
const item = (draft: MicroCredentialDraft, id: string, lang?: 'en' | 'de') => checkAgainstCouncilRecommendation(draft, lang).find((entry) => entry.id === id)!;

/** Each mandatory element that a design can fill, with a way to remove it from a complete draft. */
const REMOVALS: [element: number, id: string, hint: string, remove: (d: MicroCredentialDraft) => MicroCredentialDraft][] = [
  [2, 'title', 'Enter the title on canvas C4.', ({ title: _, ...d }) => d],
  [
    3,
    'country',
    "Choose the issuer's country or countries on the awarding canvas, and its region where relevant.",
    ({ issuerRegion: _, ...d }) => ({ ...d, issuerCountries: [], awardingBodies: d.awardingBodies.map((b) => ({ name: b.name })) }),
  ],
  [
    4,
    'awarding-body',
    'Enter the awarding body on the awarding canvas; add one entry per institution for a joint award.',
    ({ issuer: _, ...d }) => ({ ...d, awardingBodies: [] }),
  ],
  [
    6,
    'learning-outcomes',
    'Add learning outcomes as notes in the "Learning outcomes" area of canvas C4; the competences on canvas C3 are a good starting point.',
    (d) => ({ ...d, learningOutcomes: [] }),
  ],
  [7, 'workload', 'Enter the ECTS credits and the notional workload in hours on canvas C4.', ({ ects: _, workloadHours: __, ...d }) => d],
  [
    9,
    'assessment-type',
    'Tick at least one type of assessment on canvas C4 (who assesses is a separate question).',
    (d) => ({ ...d, assessmentTypes: [] }),
  ],
  [10, 'participation', 'Choose the form of participation (online, blended or in person) on canvas C4.', ({ deliveryMode: _, ...d }) => d],
  [11, 'quality-assurance', 'Choose the type of quality assurance on the awarding canvas.', ({ qualityAssurance: _, ...d }) => d],
];

describe('checkAgainstCouncilRecommendation', () => {
  it('C1 lists the 11 mandatory elements in Annex I order, then the 5 optional ones, worded as in the glossary', () => {
    const items = checkAgainstCouncilRecommendation(complete());
    expect(items.map((entry) => entry.element)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 'O1', 'O2', 'O3', 'O4', 'O5']);
    expect(items.filter((entry) => entry.mandatory)).toHaveLength(11);
    expect(items.map((entry) => entry.label)).toEqual(ANNEX_I_ELEMENTS.map((element) => element.label.en));
    expect(checkAgainstCouncilRecommendation(complete(), 'de').map((entry) => entry.label)).toEqual(ANNEX_I_ELEMENTS.map((element) => element.label.de));
  });

  it('C1 uses the Recommendation\'s words: several countries, regions and awarding bodies; level "if applicable" with EQF and QF-EHEA', () => {
    const labels = checkAgainstCouncilRecommendation(complete()).map((entry) => entry.label);
    expect(labels[2]).toBe('Country(ies)/Region(s) of the issuer');
    expect(labels[3]).toBe('Awarding body(ies)');
    expect(labels[7]).toMatch(/^Level \(and cycle, if applicable\).*European Qualifications Framework, Qualifications Frameworks in the European Higher Education Area\), if applicable$/);
  });

  it('C2 a complete canvas reports nothing missing; learner, date and grade are at-issuing', () => {
    const items = checkAgainstCouncilRecommendation(complete());
    expect(items.filter((entry) => entry.status === 'missing' || entry.status === 'if-applicable')).toEqual([]);
    expect(items.filter((entry) => entry.status === 'at-issuing').map((entry) => entry.id)).toEqual(['learner', 'date-of-issuing', 'grade']);
    expect(items.filter((entry) => entry.status === 'present').every((entry) => entry.hint === '' && entry.warning === undefined)).toBe(true);
  });

  it.each(REMOVALS)('C3 element %i (%s) missing is reported alone, with its hint', (element, id, hint, remove) => {
    const items = checkAgainstCouncilRecommendation(remove(complete()));
    expect(missingMandatoryElements(items)).toEqual([expect.objectContaining({ element, id, status: 'missing', mandatory: true, hint })]);
  });

  it('C3 the level is "if applicable": without EQF, NQF or QF-EHEA it is not missing, and any one of them counts', () => {
    const { eqfLevel: _, nqfLevel: __, nqfLevelId: ___, qfEheaCycle: ____, ...none } = complete();
    expect(item(none, 'level')).toMatchObject({
      status: 'if-applicable',
      hint: 'If applicable: set the EQF level, the NQF level or the QF-EHEA cycle on canvas C4. An offer placed in no qualifications framework leaves this empty.',
    });
    expect(missingMandatoryElements(checkAgainstCouncilRecommendation(none))).toEqual([]);
    expect(item({ ...none, qfEheaCycle: 'second-cycle' }, 'level').status).toBe('present');
    expect(item({ ...none, nqfLevel: 'DQR 4' }, 'level').status).toBe('present');
  });

  it('C3 the issuer\'s country, not an awarding body\'s, fills element 3; a region alone also does', () => {
    const base = { ...complete(), issuer: 'Example Platform', issuerCountries: [] };
    const { issuerRegion: _, ...noRegion } = base;
    // The first awarding body is in GB, but the issuer is someone else, whose country is unknown.
    expect(item(noRegion, 'country').status).toBe('missing');
    expect(item({ ...noRegion, issuerRegion: 'Flanders' }, 'country').status).toBe('present');
    // Without a named issuer the first awarding body issues, and its country counts.
    const { issuer: __, ...firstIssues } = noRegion;
    expect(item(firstIssues, 'country').status).toBe('present');
  });

  it.each([
    ['O1', 'prerequisites', (d: MicroCredentialDraft) => ({ ...d, prerequisites: [] })],
    ['O2', 'supervision', ({ supervision: _, ...d }: MicroCredentialDraft) => d],
    ['O4', 'stackability', ({ stackability: _, ...d }: MicroCredentialDraft) => d],
    ['O5', 'further-information', (d: MicroCredentialDraft) => ({ ...d, furtherInformation: [] })],
  ])('C3 optional element %s (%s) unfilled is "if applicable", never missing', (element, id, remove) => {
    const items = checkAgainstCouncilRecommendation(remove(complete()));
    expect(items.filter((entry) => entry.status === 'if-applicable')).toEqual([
      expect.objectContaining({ element, id, mandatory: false, hint: expect.stringMatching(/^Where relevant: /) }),
    ]);
    expect(missingMandatoryElements(items)).toEqual([]);
  });

  it('C3 workload in hours only is present, with advice to add ECTS', () => {
    const { ects: _, ...draft } = complete();
    expect(item(draft, 'workload')).toMatchObject({ status: 'present', hint: 'Annex I asks for ECTS wherever possible: add the ECTS credits on canvas C4.' });
  });

  it('C3 an empty design misses all eight mandatory elements a canvas can fill; the level is if applicable', () => {
    const items = checkAgainstCouncilRecommendation(draftFromCanvas({}, { id: 'x', language: 'en' }));
    expect(missingMandatoryElements(items).map((entry) => entry.element)).toEqual([2, 3, 4, 6, 7, 9, 10, 11]);
    expect(items.find((entry) => entry.element === 8)!.status).toBe('if-applicable');
  });

  it('C3 only self-assessment is no type of assessment; it is a question of who assesses', () => {
    const draft = draftFromCanvas({ 'c4-substantive': { notes: [], fields: { assessmentType: ['self-assessment'] } } }, { id: 'x', language: 'en' });
    expect(item(draft, 'assessment-type').status).toBe('missing');
  });

  it('C6 warns when ECTS and hours do not fit 25–30 hours per credit; 0 ECTS is refused', () => {
    const draft = { ...complete(), ects: 5, workloadHours: 10 };
    expect(item(draft, 'workload')).toMatchObject({
      status: 'present',
      warning: '5 ECTS stand for 125–150 hours of notional workload, but canvas C4 says 10 hours (2 hours per credit). One ECTS credit is 25–30 hours.',
    });
    expect(item(draft, 'workload', 'de').warning).toBe(
      '5 ECTS entsprechen 125–150 Stunden fiktiver Arbeitsbelastung, auf Canvas C4 stehen 10 Stunden (2 Stunden je Punkt). Ein ECTS-Punkt steht für 25–30 Stunden.',
    );
    expect(item({ ...complete(), ects: 2, workloadHours: 50 }, 'workload').warning).toBeUndefined();
    expect(item({ ...complete(), ects: 2, workloadHours: 60 }, 'workload').warning).toBeUndefined();
    expect(item({ ...complete(), ects: 2, workloadHours: 61 }, 'workload').warning).toMatch(/30.5 hours per credit/);
    const zero = draftFromCanvas({ 'c4-substantive': { notes: [], fields: { ects: 0 } } }, { id: 'x', language: 'en' });
    expect(item(zero, 'workload')).toMatchObject({ status: 'missing', hint: expect.stringMatching(/^The value on the canvas was refused: ECTS credits must be a number greater than 0/) });
  });

  it('C7 warns when the QF-EHEA cycle and the EQF level disagree', () => {
    expect(item({ ...complete(), qfEheaCycle: 'second-cycle' }, 'level').warning).toBe('The QF-EHEA cycle "Second cycle (master)" corresponds to EQF level 7, not 6.');
  });

  it('C8 warns when only the learners themselves assess', () => {
    expect(item({ ...complete(), assessors: ['self'] }, 'assessment-type').warning).toMatch(/^Self-assessment only/);
    expect(item({ ...complete(), assessors: ['self', 'trainer'] }, 'assessment-type').warning).toBeUndefined();
  });

  it('C9 a present element shows its value in short, in the checklist language', () => {
    const values = Object.fromEntries(checkAgainstCouncilRecommendation(complete()).map((entry) => [entry.id, entry.value]));
    expect(values).toMatchObject({
      country: 'United Kingdom (North West England)',
      'awarding-body': 'Example Further Education College (United Kingdom); Example University (United Kingdom)',
      workload: '2 ECTS / 50 hours',
      level: 'EQF level 6 · NQF level: RQF Level 6 · QF-EHEA cycle: First cycle (bachelor)',
      'assessment-type': 'Portfolio, Oral examination · Assessed by: Teachers or trainers of the course, Peers (other learners)',
      participation: 'Blended · Partly work-based · English, German',
    });
    expect(values.learner).toBeUndefined();
    expect(item(complete(), 'level', 'de').value).toBe('EQR-Niveau 6 · NQR-Niveau: RQF Level 6 · QR-EHR-Zyklus: Erster Zyklus (Bachelor)');
  });

  it('C4 explains a refused canvas value in the hint', () => {
    const draft = draftFromCanvas({ 'c4-substantive': { notes: [], fields: { eqfLevel: 9 } } }, { id: 'x', language: 'en' });
    expect(item(draft, 'level').hint).toBe(
      'The value on the canvas was refused: EQF level must be a whole number from 1 to 8. If applicable: set the EQF level, the NQF level or the QF-EHEA cycle on canvas C4. An offer placed in no qualifications framework leaves this empty.',
    );
  });

  it('C4 gives labels and hints in German', () => {
    const { deliveryMode: _, ...draft } = complete();
    const items = checkAgainstCouncilRecommendation(draft, 'de');
    expect(items[0]).toEqual({
      element: 1,
      id: 'learner',
      mandatory: true,
      label: 'Identifizierung der lernenden Person',
      status: 'at-issuing',
      hint: 'Wird bei der Ausstellung an eine lernende Person ergänzt.',
    });
    expect(missingMandatoryElements(items)).toEqual([
      {
        element: 10,
        id: 'participation',
        mandatory: true,
        label: 'Form der Teilnahme an der Lernaktivität',
        status: 'missing',
        hint: 'Wählt die Form der Teilnahme (online, hybrid oder in Präsenz) auf Canvas C4.',
      },
    ]);
  });

  it('C4 defaults to the draft language for German drafts', () => {
    const draft = { ...complete(), language: 'de' };
    expect(checkAgainstCouncilRecommendation(draft)[1]?.label).toBe('Bezeichnung des Microcredentials');
  });
});

describe('the on-screen checks in French and Spanish (issue 12)', () => {
  it.each(['fr', 'es'] as const)('%s: every name and hint of an empty design is in the workshop language, none in English', (lang) => {
    const empty = draftFromCanvas({}, { id: 'x', language: lang });
    const english = checkAgainstCouncilRecommendation(empty, 'en');
    const items = checkAgainstCouncilRecommendation(empty);
    expect(items).toHaveLength(english.length);
    items.forEach((item, i) => {
      expect(item.label).not.toBe(english[i]!.label);
      if (english[i]!.hint) expect(item.hint).not.toBe(english[i]!.hint);
    });
    expect(items.find((item) => item.id === 'title')!.hint).toBe(lang === 'fr' ? 'Saisissez l’intitulé sur le canevas C4.' : 'Introducid el título en el lienzo C4.');
    const europass = checkEuropassPublishing(empty);
    const europassEnglish = checkEuropassPublishing(empty, 'en');
    europass.forEach((check, i) => {
      expect(check.label).not.toBe(europassEnglish[i]!.label);
      if (europassEnglish[i]!.reason) expect(check.reason).not.toBe(europassEnglish[i]!.reason);
    });
  });
});
