import { describe, expect, it } from 'vitest';
import { checkAgainstCouncilRecommendation } from './checklist.js';
import { canvasContentFromExampleBoard } from './fromBoards.js';
import { draftFromCanvas } from './fromCanvas.js';

/** A note whose centre lies at (x + 100, y + 100) on the example-review canvas. */
const note = (id: string, text: string, x: number, y: number) => ({
  id,
  typeName: 'shape',
  type: 'note',
  x,
  y,
  rotation: 0,
  props: { richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] } },
  meta: {},
});

describe('canvasContentFromExampleBoard (6.3)', () => {
  it('M18 reads the recorded example: fields go to C4 and awarding, outcome and assessment notes to C4', () => {
    const content = canvasContentFromExampleBoard({
      records: [
        note('shape:a', 'Plan a digital advertising campaign', 650, 250), // learning-outcomes (600–1200, 120–560)
        note('shape:b', 'Graded final project', 1250, 250), // assessment (1200–1800)
        note('shape:c', 'Clear outcomes, but no level stated', 50, 650), // meets-requirements: not part of the draft
        note('shape:d', '', 700, 300), // blank: ignored
      ],
      fields: { title: 'Digital Advertising Operations', ects: 5, awardingBodies: ['Example Academy (IE)'], qualityAssurance: 'external', notAField: 1 },
    });
    expect(content['c4-substantive']).toEqual({
      notes: [
        { areaId: 'learning-outcomes', text: 'Plan a digital advertising campaign' },
        { areaId: 'assessment', text: 'Graded final project' },
      ],
      fields: { title: 'Digital Advertising Operations', ects: 5 },
    });
    expect(content.awarding).toEqual({ notes: [], fields: { awardingBodies: ['Example Academy (IE)'], qualityAssurance: 'external' } });

    const draft = draftFromCanvas(content, { id: 'example', language: 'en' });
    const checklist = checkAgainstCouncilRecommendation(draft, 'en');
    const status = (id: string) => checklist.find((item) => item.id === id)?.status;
    expect(draft.title).toBe('Digital Advertising Operations');
    expect(draft.awardingBodies).toEqual([{ name: 'Example Academy', country: 'IE' }]);
    expect(status('title')).toBe('present');
    expect(status('learning-outcomes')).toBe('present');
    // Nothing recorded about how one takes part: the checklist shows the gap the group should discuss.
    expect(status('participation')).toBe('missing');
    expect(status('quality-assurance')).toBe('present');
  });

  it('M18 an empty board gives an empty draft', () => {
    const draft = draftFromCanvas(canvasContentFromExampleBoard({ records: [], fields: {} }), { id: 'e', language: 'de' });
    expect(draft.title).toBeUndefined();
    expect(draft.learningOutcomes).toEqual([]);
  });
});
