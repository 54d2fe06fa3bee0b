import { describe, expect, it } from 'vitest';
import { FIXTURE_OPTIONS, fixture } from './__fixtures__/load.js';
import type { CanvasContent } from './canvasContent.js';
import { toElm, type ElmLearningOpportunity, type ElmSpecificationDocument } from './elm.js';
import { draftFromCanvas } from './fromCanvas.js';

const filledDraft = () => draftFromCanvas(fixture<CanvasContent>('filled-canvas.json'), FIXTURE_OPTIONS);
const opportunity = (canvas: CanvasContent, language = 'en') => toElm(draftFromCanvas(canvas, { id: 'board-42', language })) as ElmLearningOpportunity;
const KEY = '2fd50cb4-316d-5a2f-9992-ba4a91a98dac';
const withProvider = (fields: Record<string, unknown> = {}) => ({ awarding: { notes: [], fields: { awardingBodies: ['College'], issuerCountries: ['AT'], ...fields } } });

describe('toElm', () => {
  it('E1–E14 the filled canvas maps to the hand-checked golden file', () => {
    expect(toElm(filledDraft())).toEqual(fixture('expected-elm.json'));
  });

  it('E1 names the two contexts of the Commission samples, VC 1.1 first', () => {
    expect(toElm(filledDraft())['@context']).toEqual(['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap']);
  });

  it('E2 is stable: two exports of the same draft are identical', () => {
    expect(JSON.stringify(toElm(filledDraft()))).toBe(JSON.stringify(toElm(filledDraft())));
  });

  it('E3 the specification is a Qualification exactly when an EQF level is set', () => {
    const qualification = opportunity({ 'c4-substantive': { notes: [], fields: { eqfLevel: 5 } }, ...withProvider() });
    expect(qualification.learningAchievementSpecification.type).toBe('Qualification');
    expect(qualification.learningAchievementSpecification.eqfLevel?.id).toBe('http://data.europa.eu/snb/eqf/5');
    const specification = opportunity({ 'c4-substantive': { notes: [], fields: { qfEheaCycle: 'first-cycle' } }, ...withProvider() });
    expect(specification.learningAchievementSpecification.type).toBe('LearningAchievementSpecification');
    expect(specification.learningAchievementSpecification.eqfLevel).toBeUndefined();
  });

  it('E4 tags texts with the draft language; the default language is elm:defaultLanguage', () => {
    const elm = opportunity({ 'c4-substantive': { notes: [], fields: { title: 'Mentoring', deliveryMode: 'in-person', workloadHours: 2.5 } }, ...withProvider() }, 'de');
    expect(elm.title).toEqual({ de: 'Mentoring' });
    expect(elm['elm:defaultLanguage'].id).toBe('http://publications.europa.eu/resource/authority/language/DEU');
    expect(elm.id).toBe(`urn:epass:learningOpportunity:${KEY}`);
    // E7: in person is the "Presential" concept; E6: fractional hours stay valid ISO 8601.
    expect(elm.mode?.[0]?.id).toBe('http://data.europa.eu/snb/learning-assessment/9191af2ed9');
    expect(elm.learningAchievementSpecification.volumeOfLearning).toBe('PT2.5H');
  });

  it('E5 each outcome carries its Bloom and EQF levels in a note a reader understands', () => {
    const outcomes = (toElm(filledDraft()) as ElmLearningOpportunity).learningAchievementSpecification.learningOutcome!;
    expect(outcomes[0]!.additionalNote?.[0]?.noteLiteral).toEqual({ en: "Bloom's taxonomy: Create; EQF level 6" });
    expect(outcomes[1]!.additionalNote).toBeUndefined();
  });

  it('E7 work-based learning adds the Europass "Workbased" mode', () => {
    const modes = (fields: Record<string, unknown>) => opportunity({ 'c4-substantive': { notes: [], fields }, ...withProvider() }).mode?.map((m) => m.prefLabel.en);
    expect(modes({ deliveryMode: 'blended', workBasedLearning: 'partly' })).toEqual(['Blended', 'Workbased']);
    expect(modes({ deliveryMode: 'blended', workBasedLearning: 'none' })).toEqual(['Blended']);
  });

  it('E10 one assessment specification per Europass type, plus peer assessment; who assesses is a note', () => {
    const spec = opportunity({
      'c4-substantive': { notes: [], fields: { assessmentType: ['written-examination'], assessors: ['peers', 'trainer'] } },
      ...withProvider(),
    }).learningAchievementSpecification;
    expect(spec.provenBy?.map((a) => [a.title.en, a.dcType?.id])).toEqual([
      ['Written examination', 'http://data.europa.eu/snb/assessment/6e6cb2cc78'],
      ['Peer assessment', 'http://data.europa.eu/snb/assessment/19a2e5e671'],
    ]);
    expect(spec.provenBy?.[0]?.additionalNote?.[0]?.noteLiteral.en).toBe('Assessed by: Peers (other learners), Teachers or trainers of the course');
  });

  it('E11 several awarding bodies; the issuer provides; a body without a known country is an Agent', () => {
    const elm = opportunity({
      awarding: { notes: [], fields: { awardingBodies: ['VET school (DE)', 'University'], issuerCountries: ['DE'], issuerRegion: 'Bavaria' } },
    });
    const bodies = elm.learningAchievementSpecification.awardingOpportunity![0]!.awardingBody;
    expect(bodies.map((b) => b.type)).toEqual(['Organisation', 'Agent']);
    expect(elm.providedBy?.map((o) => o.legalName.en)).toEqual(['VET school']);
    expect(elm.providedBy?.[0]?.location[0]?.geographicName).toEqual({ en: 'Bavaria' });
    expect(elm.learningAchievementSpecification.awardingOpportunity![0]!.learningAchievementSpecification).toBe(elm.learningAchievementSpecification.id);
  });

  it('E1 without a provider in a known country the specification stands alone, with no empty node', () => {
    const draft = draftFromCanvas({}, { id: 'board-42', language: 'en' });
    expect(toElm(draft) as ElmSpecificationDocument).toEqual({
      '@context': ['https://www.w3.org/2018/credentials/v1', 'http://data.europa.eu/snb/model/context/edc-ap'],
      id: `urn:epass:learningAchievementSpec:${KEY}`,
      type: 'LearningAchievementSpecification',
      title: { en: 'Untitled micro-credential' },
      description: { en: 'Draft of a micro-credential; no elements have been filled in yet.' },
    });
  });

  it('E12 notes say "Label: value" and never run a label into its value', () => {
    const notes = (toElm(filledDraft()) as ElmLearningOpportunity).learningAchievementSpecification.additionalNote!.map((n) => n.noteLiteral.en!);
    for (const text of notes) expect(text).toMatch(/^[^\n:]+: \S/);
  });
});
