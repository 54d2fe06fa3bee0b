import { describe, expect, it } from 'vitest';
import { getTemplate } from '../catalog/index.js';
import { areaTakesLevels, levelAreaIds, levelsLabel, noteLevelProblems, NoteLevelsMetaSchema, readNoteLevels } from './noteLevels.js';
import { suggestBloomLevel } from './suggestBloom.js';

describe('levels on notes', () => {
  it('L1 C3 competences and C4 learning outcomes take levels, nothing else does', () => {
    expect(levelAreaIds(getTemplate('c3-competences')!)).toEqual(['competences']);
    expect(levelAreaIds(getTemplate('c4-substantive')!)).toEqual(['learning-outcomes']);
    expect(levelAreaIds(getTemplate('c1-needs')!)).toEqual([]);
    expect(areaTakesLevels(getTemplate('c3-competences')!, 'network')).toBe(false);
    expect(areaTakesLevels(getTemplate('c3-competences')!, null)).toBe(false);
  });

  it('L2 the meta schema accepts 1–6 / 1–8, null and absence, and names what is wrong', () => {
    expect(NoteLevelsMetaSchema.safeParse({ bloomLevel: 6, eqfLevel: 8, authorName: 'Ana' }).success).toBe(true);
    expect(NoteLevelsMetaSchema.safeParse({ bloomLevel: null, eqfLevel: null }).success).toBe(true);
    expect(NoteLevelsMetaSchema.safeParse({}).success).toBe(true);
    for (const bad of [{ bloomLevel: 7 }, { bloomLevel: 0 }, { bloomLevel: 2.5 }, { bloomLevel: '3' }, { eqfLevel: 9 }]) {
      expect(NoteLevelsMetaSchema.safeParse(bad).success).toBe(false);
    }
    expect(noteLevelProblems({ bloomLevel: 7, eqfLevel: 'five' })).toEqual([
      { key: 'bloomLevel', message: 'Bloom level must be a whole number from 1 to 6, got 7' },
      { key: 'eqfLevel', message: 'EQF level must be a whole number from 1 to 8, got "five"' },
    ]);
    expect(noteLevelProblems({ bloomLevel: 3 })).toEqual([]);
  });

  it('L3 reading is lenient: bad values read as not set', () => {
    expect(readNoteLevels({ bloomLevel: 4, eqfLevel: 5 })).toEqual({ bloomLevel: 4, eqfLevel: 5 });
    expect(readNoteLevels({ bloomLevel: 9, eqfLevel: 2.5 })).toEqual({ bloomLevel: null, eqfLevel: null });
    expect(readNoteLevels(undefined)).toEqual({ bloomLevel: null, eqfLevel: null });
  });

  it('L4 labels: Bloom and EQF (German EQR), only what is set', () => {
    expect(levelsLabel({ bloomLevel: 3, eqfLevel: 5 }, 'en')).toBe('Bloom 3 · EQF 5');
    expect(levelsLabel({ bloomLevel: 3, eqfLevel: 5 }, 'de')).toBe('Bloom 3 · EQR 5');
    expect(levelsLabel({ bloomLevel: null, eqfLevel: 4 }, 'en')).toBe('EQF 4');
    expect(levelsLabel({ bloomLevel: null, eqfLevel: null }, 'en')).toBe('');
  });

  it('L5 suggests the level of a leading list verb, after lead-in words, in either language', () => {
    expect(suggestBloomLevel('Analyse customer feedback', 'en')).toMatchObject({ level: 4, verb: 'analyse' });
    expect(suggestBloomLevel('analyzes market data', 'en')).toMatchObject({ level: 4, verb: 'analyse' });
    expect(suggestBloomLevel('Learners will be able to design a menu', 'en')).toMatchObject({ level: 6, verb: 'design' });
    expect(suggestBloomLevel('Identifies risks.', 'en')).toMatchObject({ level: 1, verb: 'identify' });
    expect(suggestBloomLevel('Die Lernenden können bewerten, ob …', 'de')).toMatchObject({ level: 5, verb: 'bewerten', lang: 'de' });
    // German puts the infinitive last: after a modal, the clause's last word counts too.
    expect(suggestBloomLevel('Die Lernenden können Hygienerisiken in der Küche bewerten, damit …', 'de')).toMatchObject({ level: 5, verb: 'bewerten' });
    expect(suggestBloomLevel('Hygienerisiken in der Küche bewerten', 'de')).toBeNull();
    expect(suggestBloomLevel('Entwickelt ein Hygienekonzept', 'de')).toMatchObject({ level: 6, verb: 'entwickeln' });
    // An English outcome in a German workshop is still recognised.
    expect(suggestBloomLevel('Apply HACCP rules', 'de')).toMatchObject({ level: 3, verb: 'apply', lang: 'en' });
    expect(suggestBloomLevel('Teamwork in the kitchen', 'en')).toBeNull();
    expect(suggestBloomLevel('', 'en')).toBeNull();
    // Lead-in words alone are never taken for the whole sentence.
    expect(suggestBloomLevel('the the the the the the the design', 'en')).toBeNull();
  });
});
