import { describe, expect, it } from 'vitest';
import { getTemplate } from '../catalog/index.js';
import { BLOOM_LEVELS, getBloomLevel } from './bloom.js';
import { EQF_LEVELS, eqfLevelUri, getEqfLevel } from './eqf.js';

describe('EQF_LEVELS', () => {
  it('has levels 1–8 with Europass URIs', () => {
    expect(EQF_LEVELS.map((l) => [l.level, l.uri])).toEqual(
      [1, 2, 3, 4, 5, 6, 7, 8].map((n) => [n, `http://data.europa.eu/snb/eqf/${n}`]),
    );
    expect(eqfLevelUri(4)).toBe('http://data.europa.eu/snb/eqf/4');
  });

  it('has English and German for every descriptor', () => {
    for (const l of EQF_LEVELS) {
      for (const t of [l.label, l.knowledge, l.skills, l.responsibility]) {
        expect(t.en.length).toBeGreaterThan(0);
        expect(t.de?.length).toBeGreaterThan(0);
      }
    }
  });

  it('keeps the reference knowledge descriptor for level 4', () => {
    expect(getEqfLevel(4)!.knowledge.en).toBe('Factual and theoretical knowledge in broad contexts within a field of work or study');
    expect(getEqfLevel(9)).toBeUndefined();
  });

  it('feeds the C4 eqfLevel options', () => {
    const field = getTemplate('c4-substantive')!.fields!.find((f) => f.id === 'eqfLevel')!;
    expect(field.options!.map((o) => o.label)).toEqual(EQF_LEVELS.map((l) => l.label));
  });
});

describe('BLOOM_LEVELS', () => {
  it('has levels 1–6 from Remember to Create, in both languages', () => {
    expect(BLOOM_LEVELS.map((l) => [l.level, l.name.en, l.name.de])).toEqual([
      [1, 'Remember', 'Erinnern'],
      [2, 'Understand', 'Verstehen'],
      [3, 'Apply', 'Anwenden'],
      [4, 'Analyse', 'Analysieren'],
      [5, 'Evaluate', 'Bewerten'],
      [6, 'Create', 'Erschaffen'],
    ]);
  });

  it('offers verbs in both languages for every level', () => {
    for (const l of BLOOM_LEVELS) {
      expect(l.verbs.en.length).toBeGreaterThanOrEqual(5);
      expect(l.verbs.de.length).toBe(l.verbs.en.length);
    }
    expect(getBloomLevel(6)!.verbs.en).toContain('design');
    expect(getBloomLevel(0)).toBeUndefined();
  });
});
