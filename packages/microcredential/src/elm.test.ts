import { describe, expect, it } from 'vitest';
import { FIXTURE_OPTIONS, fixture } from './__fixtures__/load.js';
import type { CanvasContent } from './canvasContent.js';
import { toElmLearningOpportunity } from './elm.js';
import { draftFromCanvas } from './fromCanvas.js';

const filledDraft = () => draftFromCanvas(fixture<CanvasContent>('filled-canvas.json'), FIXTURE_OPTIONS);

describe('toElmLearningOpportunity', () => {
  it('E1–E12 the filled canvas maps to the hand-written golden file', () => {
    expect(toElmLearningOpportunity(filledDraft())).toEqual(fixture('expected-elm.json'));
  });

  it('E2 is stable: two exports of the same draft are identical', () => {
    expect(JSON.stringify(toElmLearningOpportunity(filledDraft()))).toBe(JSON.stringify(toElmLearningOpportunity(filledDraft())));
  });

  it('E3 can type the specification as Qualification', () => {
    const spec = toElmLearningOpportunity(filledDraft(), { specificationType: 'Qualification' }).learningAchievementSpecification;
    expect(spec.type).toBe('Qualification');
    expect(spec.eqfLevel?.id).toBe('http://data.europa.eu/snb/eqf/5');
  });

  it('E4 tags texts with the draft language', () => {
    const draft = draftFromCanvas(
      { 'c4-substantive': { notes: [], fields: { title: 'Mentoring', deliveryMode: 'in-person', workloadHours: 2.5 } } },
      { id: 'board-42', language: 'de' },
    );
    const opportunity = toElmLearningOpportunity(draft);
    expect(opportunity.title).toEqual({ de: 'Mentoring' });
    expect(opportunity.defaultLanguage.id).toBe('http://publications.europa.eu/resource/authority/language/DEU');
    expect(opportunity.id).toBe('urn:epass:learningOpportunity:2fd50cb4-316d-5a2f-9992-ba4a91a98dac');
    // E7: in person is the "Presential" concept; E6: fractional hours stay valid ISO 8601.
    expect(opportunity.mode?.[0]?.id).toBe('http://data.europa.eu/snb/learning-assessment/9191af2ed9');
    expect(opportunity.learningAchievementSpecification.volumeOfLearning).toBe('PT2.5H');
  });

  it('E12 leaves out every optional node the canvases do not fill', () => {
    const draft = draftFromCanvas({}, { id: 'board-42', language: 'en' });
    const key = '2fd50cb4-316d-5a2f-9992-ba4a91a98dac';
    const english = {
      id: 'http://publications.europa.eu/resource/authority/language/ENG',
      type: 'Concept',
      inScheme: { id: 'http://publications.europa.eu/resource/authority/language', type: 'ConceptScheme' },
      prefLabel: { en: 'English' },
    };
    expect(toElmLearningOpportunity(draft)).toEqual({
      '@context': 'http://data.europa.eu/snb/model/context/edc-ap',
      id: `urn:epass:learningOpportunity:${key}`,
      type: 'LearningOpportunity',
      title: { en: 'Untitled micro-credential' },
      description: { en: 'This micro-credential: a micro-credential.' },
      defaultLanguage: english,
      learningAchievementSpecification: {
        id: `urn:epass:learningAchievementSpec:${key}`,
        type: 'LearningAchievementSpecification',
        title: { en: 'Untitled micro-credential' },
        description: { en: 'This micro-credential: a micro-credential.' },
        language: [english],
      },
    });
  });
});
