import { describe, expect, it } from 'vitest';
import { FIXTURE_OPTIONS, fixture } from './__fixtures__/load.js';
import { expandSafe } from './__fixtures__/standards.js';
import type { CanvasContent } from './canvasContent.js';
import { draftFromCanvas } from './fromCanvas.js';
import { toOpenBadgesAchievement } from './openBadges.js';

const filledDraft = () => draftFromCanvas(fixture<CanvasContent>('filled-canvas.json'), FIXTURE_OPTIONS);
const OB = 'https://purl.imsglobal.org/spec/vc/ob/vocab.html#';

describe('toOpenBadgesAchievement', () => {
  it('B1–B10 the filled canvas maps to the hand-checked golden file', () => {
    expect(toOpenBadgesAchievement(filledDraft())).toEqual(fixture('expected-ob3.json'));
  });

  it('B2 lists the contexts exactly: VC 2.0, OB 3.0.3, then the Assessment Extension', () => {
    expect(toOpenBadgesAchievement(filledDraft())['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
      'https://purl.imsglobal.org/spec/ob-assessment/v2p0/context',
    ]);
  });

  it('B9 uses only defined terms: tags, credits and the extension terms survive safe-mode expansion', async () => {
    const [node] = (await expandSafe(toOpenBadgesAchievement(filledDraft()))) as Record<string, unknown>[];
    expect(node!['https://schema.org/keywords']).toHaveLength(15);
    expect(node![`${OB}creditsAvailable`]).toBeDefined();
    const [result] = node![`${OB}resultDescription`] as Record<string, unknown>[];
    expect(result!['@type']).toEqual([`${OB}ResultDescription`, `${OB}AssessmentResultDescription`]);
    expect(result!['https://w3id.org/openbadges/extensions#assessmentType']).toEqual([{ '@value': 'Artifact' }]);
  });

  it('B9 safe mode would catch an undefined term (the check is real)', async () => {
    const doc = { ...toOpenBadgesAchievement(filledDraft()), supervisionMode: 'x' };
    await expect(expandSafe(doc)).rejects.toThrow();
  });

  it('B1 derives the id from a non-UUID draft id by UUID v5', () => {
    const draft = draftFromCanvas({}, { id: 'board-42', language: 'en' });
    expect(toOpenBadgesAchievement(draft).id).toBe('urn:uuid:2fd50cb4-316d-5a2f-9992-ba4a91a98dac');
  });

  it('B3 B10 an empty design keeps the required properties, with no empty string and no placeholder narrative', () => {
    const draft = draftFromCanvas({}, { id: 'board-42', language: 'en' });
    expect(toOpenBadgesAchievement(draft)).toEqual({
      '@context': [
        'https://www.w3.org/ns/credentials/v2',
        'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
        'https://purl.imsglobal.org/spec/ob-assessment/v2p0/context',
      ],
      id: 'urn:uuid:2fd50cb4-316d-5a2f-9992-ba4a91a98dac',
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: 'Untitled micro-credential',
      description: 'Draft of a micro-credential; no elements have been filled in yet.',
      criteria: {},
      inLanguage: 'en',
    });
  });

  it('B5 says which credit system creditsAvailable counts in: an alignment to the Europass ECTS concept', () => {
    const achievement = toOpenBadgesAchievement(filledDraft());
    expect(achievement.creditsAvailable).toBe(2);
    expect(achievement.alignment?.find((a) => a.targetType === 'ext:CreditSystem')).toMatchObject({
      targetUrl: 'http://data.europa.eu/snb/education-credit/6fcec5c5af',
      targetCode: 'ECTS',
    });
  });

  it('B6 without a grading description or assessment notes no result description is written (the extension needs one)', () => {
    const draft = draftFromCanvas({ 'c4-substantive': { notes: [], fields: { assessmentType: ['portfolio'] } } }, { id: 'x', language: 'en' });
    const achievement = toOpenBadgesAchievement(draft);
    expect(achievement.resultDescription).toBeUndefined();
    expect(achievement.tag).toEqual(['assessment:portfolio']);
  });

  it('B7 names the issuer by a stable URN when there is no issuer URL; a named issuer wins over the awarding body', () => {
    const draft = (fields: Record<string, unknown>) => draftFromCanvas({ awarding: { notes: [], fields } }, { id: 'board-42', language: 'en' });
    expect(toOpenBadgesAchievement(draft({ awardingBodies: ['Example Adult Education Centre'] })).creator).toEqual({
      id: 'urn:uuid:57287c71-4aae-5ecc-a860-819fd3ff927b',
      type: ['Profile'],
      name: 'Example Adult Education Centre',
    });
    expect(toOpenBadgesAchievement(draft({ awardingBodies: ['College'], issuer: 'Platform', issuerCountries: ['AT', 'DE'] })).creator).toMatchObject({
      name: 'Platform',
      address: { addressCountryCode: 'AT', addressCountry: 'Austria' },
    });
  });
});
