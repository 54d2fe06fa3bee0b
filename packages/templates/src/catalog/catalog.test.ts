import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../localized.js';
import { ANNEX_I_ELEMENTS, annexIElement } from '../reference/annexI.js';
import { TemplateSchema } from '../schema.js';
import { getTemplate, listTemplates } from './index.js';
import { areaAt } from '../areaMembership.js';
import { layoutSolutionNotes } from '../solutionLayout.js';
import { withSolution } from '../solutions.js';

/** Collects every `{ en, de? }` object in a template. */
function texts(value: unknown, out: LocalizedText[] = []): LocalizedText[] {
  if (Array.isArray(value)) value.forEach((v) => texts(v, out));
  else if (typeof value === 'object' && value !== null) {
    if (typeof (value as { en?: unknown }).en === 'string') out.push(value as LocalizedText);
    else Object.values(value).forEach((v) => texts(v, out));
  }
  return out;
}

describe('catalog', () => {
  it('T2.3 lists the workshop templates in order, with unique ids', () => {
    expect(listTemplates().map((t) => t.id)).toEqual([
      'mc-definitions',
      'mc-not',
      'mc-elements',
      'assessment-forms',
      'c1-needs',
      'c2-persona',
      'c3-competences',
      'c4-substantive',
      'mc-design-steps',
      'awarding',
      'badges-metadata',
      'digital-credentials',
      'digital-badges',
      'mc-example-review',
      'vet-he-flipchart',
      'he-self-assessment',
    ]);
  });

  it('T2.9 every seed activity has a canvas with the seed\'s unit and minutes', () => {
    const seen = listTemplates().map((t) => [t.id, t.unit, t.durationMinutes, t.kind]);
    expect(seen).toEqual([
      ['mc-definitions', '1.1', 15, 'group'],
      ['mc-not', '1.2', 15, 'group'],
      ['mc-elements', '2.1', 15, 'group'],
      ['assessment-forms', '2.2', 15, 'group'],
      ['c1-needs', '3.1', 60, 'group'],
      ['c2-persona', '3.2', 60, 'group'],
      ['c3-competences', '4.1', 90, 'group'],
      ['c4-substantive', '4.2–4.3', 60, 'group'],
      ['mc-design-steps', '5.1', 30, 'group'],
      ['awarding', '5.1', 60, 'group'],
      ['badges-metadata', '5.2', 30, 'group'],
      ['digital-credentials', '6.1', 60, 'group'],
      ['digital-badges', '6.2', 60, 'group'],
      ['mc-example-review', '6.3', 60, 'group'],
      ['vet-he-flipchart', '7', 60, 'workshop-wide'],
      ['he-self-assessment', 'HE', 5, 'workshop-wide'],
    ]);
  });

  it('T2.9 6.1 and 6.2 ask the same three reflection questions, about credentials and about badges', () => {
    for (const id of ['digital-credentials', 'digital-badges']) {
      expect(getTemplate(id)!.areas.slice(0, 3).map((a) => a.id)).toEqual(['design-and-award', 'benefits', 'influence']);
    }
  });

  it('T2.10 the example review (6.3) carries exactly the C4 and awarding fields, so the EU checklist runs on it', () => {
    const review = getTemplate('mc-example-review')!;
    const expected = [...getTemplate('c4-substantive')!.fields!, ...getTemplate('awarding')!.fields!];
    expect(review.fields).toEqual(expected);
    expect(review.areas.map((a) => a.id)).toEqual(['example', 'learning-outcomes', 'assessment', 'meets-requirements', 'gaps', 'our-offer']);
  });

  it('T2.9 the HE self-assessment offers the three levels on one shared board', () => {
    const he = getTemplate('he-self-assessment')!;
    expect(he.kind).toBe('workshop-wide');
    expect(he.areas.map((a) => a.label.en).slice(0, 3)).toEqual(['Explorer', 'Expert', 'Pioneer']);
  });

  it('T2.8 5.2 metadata solution is the Annex I glossary (mandatory = necessary), like 2.1', () => {
    const notes = withSolution(getTemplate('badges-metadata')!).solution!.notes;
    expect(notes.filter((n) => n.areaId === 'necessary-metadata').map((n) => n.text)).toEqual(
      ANNEX_I_ELEMENTS.filter((e) => e.mandatory).map((e) => e.short),
    );
    expect(notes.filter((n) => n.areaId === 'additional-metadata')).toHaveLength(ANNEX_I_ELEMENTS.filter((e) => !e.mandatory).length);
  });

  it('T2.3 getTemplate finds listed templates and returns undefined otherwise', () => {
    for (const t of listTemplates()) expect(getTemplate(t.id)).toBe(t);
    expect(getTemplate('c9-unknown')).toBeUndefined();
  });

  it.each(listTemplates().map((t) => [t.id, t] as const))('T2.1 %s passes the schema', (_id, template) => {
    const result = TemplateSchema.safeParse(template);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it.each(listTemplates().map((t) => [t.id, t] as const))('T2.2 %s has German for every text', (_id, template) => {
    const found = texts(template);
    expect(found.length).toBeGreaterThan(5);
    expect(found.filter((t) => t.de === undefined)).toEqual([]);
  });

  it.each(listTemplates().map((t) => [t.id, t] as const))('T2.4 %s has roomy, non-overlapping areas', (_id, template) => {
    for (const [i, a] of template.areas.entries()) {
      expect(a.rect.w).toBeGreaterThanOrEqual(220);
      expect(a.rect.h).toBeGreaterThanOrEqual(220);
      for (const b of template.areas.slice(i + 1)) {
        const overlap =
          a.rect.x < b.rect.x + b.rect.w && b.rect.x < a.rect.x + a.rect.w && a.rect.y < b.rect.y + b.rect.h && b.rect.y < a.rect.y + a.rect.h;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('T2.5 catalog templates are frozen', () => {
    const t = getTemplate('c1-needs')!;
    expect(Object.isFrozen(t)).toBe(true);
    expect(Object.isFrozen(t.areas[0]!.rect)).toBe(true);
    expect(() => {
      (t.areas[0]!.rect as { x: number }).x = 5;
    }).toThrow(TypeError);
  });

  it('T2.6 C3 and C4 keep their contract area ids', () => {
    expect(getTemplate('c3-competences')!.areas.map((a) => a.id)).toEqual(['competences', 'network', 'teaching-methods', 'success-metrics']);
    expect(getTemplate('c3-competences')!.fields).toBeUndefined();
    expect(getTemplate('c4-substantive')!.areas.map((a) => a.id)).toEqual([
      'learning-outcomes',
      'duration-workload',
      'delivery-mode',
      'didactic-methods',
      'prerequisites',
      'assessment',
    ]);
  });

  it('T2.6 C4 keeps its contract fields (version 2)', () => {
    const c4 = getTemplate('c4-substantive')!;
    expect(c4.version).toBe('2.0.0');
    const fields = c4.fields!;
    expect(fields.map((f) => [f.id, f.kind])).toEqual([
      ['title', 'text'],
      ['learningOpportunityType', 'select'],
      ['iscedField', 'select'],
      ['eqfLevel', 'select'],
      ['nqfLevel', 'text'],
      ['nqfLevelId', 'text'],
      ['qfEheaCycle', 'select'],
      ['ects', 'number'],
      ['workloadHours', 'number'],
      ['deliveryMode', 'select'],
      ['workBasedLearning', 'select'],
      ['learningSetting', 'select'],
      ['languages', 'multiselect'],
      ['assessmentType', 'multiselect'],
      ['assessors', 'multiselect'],
      ['gradingScheme', 'text'],
      ['prerequisites', 'text'],
    ]);
    const optionsOf = (id: string) => fields.find((f) => f.id === id)!.options!.map((o) => o.value);
    expect(optionsOf('eqfLevel')).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
    expect(optionsOf('deliveryMode')).toEqual(['online', 'blended', 'in-person']);
    expect(optionsOf('learningSetting')).toEqual(['formal', 'non-formal']);
    expect(optionsOf('workBasedLearning')).toEqual(['none', 'partly', 'mainly']);
    expect(optionsOf('qfEheaCycle')).toEqual(['short-cycle', 'first-cycle', 'second-cycle', 'third-cycle']);
    expect(optionsOf('assessmentType')).toEqual([
      'written-examination', 'oral-examination', 'quiz', 'practical-assessment', 'project-work', 'portfolio',
      'artefact-assessment', 'marked-assignment', 'group-performance', 'continuous-evaluation', 'problem-based-learning',
    ]);
    expect(optionsOf('assessors')).toEqual(['trainer', 'external-examiner', 'workplace', 'peers', 'self']);
    expect(optionsOf('iscedField')).toHaveLength(39);
    expect(optionsOf('iscedField').every((code) => /^\d{3}$/.test(code))).toBe(true);
    expect(optionsOf('languages')).toContain('de');
    const ects = fields.find((f) => f.id === 'ects')!;
    // 0 ECTS is no workload, so the smallest value is half a credit.
    expect([ects.min, ects.max, ects.step]).toEqual([0.5, 60, 0.5]);
    expect(fields.find((f) => f.id === 'workloadHours')!.min).toBe(1);
  });

  it('T2.6 awarding keeps its contract fields (version 2)', () => {
    const awarding = getTemplate('awarding')!;
    expect(awarding.version).toBe('2.0.0');
    const fields = awarding.fields!;
    expect(fields.map((f) => [f.id, f.kind, f.kind === 'multiselect' ? null : (f.options?.map((o) => o.value) ?? null)])).toEqual([
      ['awardingBodies', 'list', null],
      ['issuer', 'text', null],
      ['issuerCountries', 'multiselect', null],
      ['issuerRegion', 'text', null],
      ['homepage', 'text', null],
      ['qualityAssurance', 'select', ['internal', 'external', 'accredited']],
      ['qualityAssuranceNote', 'text', null],
      ['supervision', 'select', ['unsupervised-no-id', 'supervised-no-id', 'supervised-with-id']],
      ['stackability', 'select', ['stand-alone', 'stackable']],
      ['stackableTowards', 'text', null],
      ['furtherInformation', 'text', null],
    ]);
    expect(fields.find((f) => f.id === 'issuerCountries')!.options!.map((o) => o.value)).toContain('IE');
  });

  it('T2.8 Annex I element names on the canvases come from the glossary', () => {
    const solution = withSolution(getTemplate('mc-elements')!).solution!.notes;
    expect(solution.map((n) => n.text)).toEqual(ANNEX_I_ELEMENTS.map((e) => e.short));
    expect(solution.filter((n) => n.areaId === 'mandatory')).toHaveLength(11);
    const level = solution.find((n) => n.text.en.startsWith('Level'))!;
    expect(level.text.en).toContain('NQF');
    expect(level.text.en).toContain('QF-EHEA');
    expect(level.text.en).toContain('if applicable');
    expect(getTemplate('c4-substantive')!.fields!.find((f) => f.id === 'assessmentType')!.label).toEqual(annexIElement('assessment-type').label);
    expect(getTemplate('awarding')!.fields!.find((f) => f.id === 'awardingBodies')!.label).toEqual(annexIElement('awarding-body').label);
  });

  it('the VET/HE flipchart and the HE self-assessment are one board for the whole workshop, the others are per group', () => {
    expect(listTemplates().filter((t) => t.kind === 'workshop-wide').map((t) => t.id)).toEqual(['vet-he-flipchart', 'he-self-assessment']);
  });

  it('the outline activities carry a mentor solution; mc-elements lists the 11 mandatory EU elements', () => {
    expect(listTemplates().map(withSolution).filter((t) => t.solution).map((t) => t.id)).toEqual(['mc-not', 'mc-elements', 'assessment-forms', 'mc-design-steps', 'badges-metadata']);
    const notes = withSolution(getTemplate('mc-elements')!).solution!.notes;
    expect(notes.filter((n) => n.areaId === 'mandatory')).toHaveLength(11);
    expect(notes.filter((n) => n.areaId === 'optional')).toHaveLength(5);
  });

  it.each(['mc-not', 'mc-elements', 'assessment-forms', 'mc-design-steps', 'badges-metadata'])('T2.7 %s solution notes land in their own areas', (id) => {
    const template = withSolution(getTemplate(id)!);
    // The solution is valid against its canvas (areas exist), and the public catalog does not carry it.
    expect(TemplateSchema.safeParse(template).success).toBe(true);
    expect(getTemplate(id)!.solution).toBeUndefined();
    const placed = layoutSolutionNotes(template, 'de');
    expect(placed).toHaveLength(template.solution!.notes.length);
    for (const p of placed) {
      const centre = { x: p.x + 100 * p.scale, y: p.y + 100 * p.scale };
      expect(areaAt(template, centre)?.id).toBe(p.areaId);
      const area = template.areas.find((a) => a.id === p.areaId)!;
      expect(p.x + 200 * p.scale).toBeLessThanOrEqual(area.rect.x + area.rect.w);
      expect(p.y + 200 * p.scale).toBeLessThanOrEqual(area.rect.y + area.rect.h);
    }
    expect(placed[0]!.text).toBe(template.solution!.notes[0]!.text.de);
  });
});
