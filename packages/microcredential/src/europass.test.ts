import { describe, expect, it } from 'vitest';
import { FIXTURE_OPTIONS, fixture } from './__fixtures__/load.js';
import type { CanvasContent } from './canvasContent.js';
import { checkEuropassPublishing } from './europass.js';
import { draftFromCanvas } from './fromCanvas.js';

const complete = () => draftFromCanvas(fixture<CanvasContent>('filled-canvas.json'), FIXTURE_OPTIONS);
const statuses = (draft: ReturnType<typeof complete>) => Object.fromEntries(checkEuropassPublishing(draft).map((check) => [check.id, check.status]));

describe('checkEuropassPublishing', () => {
  it('P1 a complete qualification meets every LOQ requirement the design can miss', () => {
    expect(checkEuropassPublishing(complete())).toEqual([
      expect.objectContaining({ id: 'homepage', status: 'met', reason: '' }),
      expect.objectContaining({ id: 'provider', status: 'met' }),
      expect.objectContaining({ id: 'learning-outcomes', status: 'met' }),
      expect.objectContaining({ id: 'isced-field', status: 'met' }),
      expect.objectContaining({ id: 'nqf-level', status: 'met' }),
      expect.objectContaining({ id: 'qualification', status: 'met' }),
    ]);
  });

  it('P2 without an EQF level the qualification requirements do not apply, and the reader is told why', () => {
    const { eqfLevel: _, ...draft } = complete();
    expect(statuses(draft)).toEqual({ homepage: 'met', provider: 'met', qualification: 'info' });
    expect(checkEuropassPublishing(draft).find((check) => check.id === 'qualification')!.reason).toMatch(/LOQ does not check learning achievement specifications/);
  });

  it('P3 an empty design needs a web page and a provider; reasons name the LOQ property and the canvas', () => {
    const draft = draftFromCanvas({}, { id: 'x', language: 'de' });
    const checks = checkEuropassPublishing(draft);
    expect(checks.map((check) => [check.id, check.status])).toEqual([
      ['homepage', 'not-met'],
      ['provider', 'not-met'],
      ['qualification', 'info'],
    ]);
    expect(checks[0]!.reason).toBe(
      'Europass veröffentlicht ein Lernangebot nur mit seiner Webseite (LOQ: LearningOpportunity homepage, mindestens eine). Tragt die Webseite des Angebots auf dem Vergabe-Canvas ein.',
    );
  });
});
