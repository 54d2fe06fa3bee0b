import { describe, expect, it } from 'vitest';
import type { LocalizedText } from '../localized.js';
import { TemplateSchema } from '../schema.js';
import { getTemplate, listTemplates } from './index.js';
import { areaAt } from '../areaMembership.js';
import { layoutSolutionNotes } from '../solutionLayout.js';

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
      'mc-elements',
      'assessment-forms',
      'c1-needs',
      'c2-persona',
      'c3-competences',
      'c4-substantive',
      'awarding',
      'vet-he-flipchart',
    ]);
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

  it('T2.6 C4 keeps its contract fields', () => {
    const fields = getTemplate('c4-substantive')!.fields!;
    expect(fields.map((f) => [f.id, f.kind, f.options?.map((o) => o.value) ?? null])).toEqual([
      ['title', 'text', null],
      ['eqfLevel', 'select', ['1', '2', '3', '4', '5', '6', '7', '8']],
      ['ects', 'number', null],
      ['workloadHours', 'number', null],
      ['deliveryMode', 'select', ['online', 'blended', 'in-person']],
      ['learningSetting', 'select', ['formal', 'non-formal']],
      [
        'assessmentType',
        'multiselect',
        ['written-exam', 'oral-exam', 'practical-task', 'project', 'portfolio', 'presentation', 'peer-assessment', 'self-assessment'],
      ],
      ['prerequisites', 'text', null],
    ]);
    const ects = fields.find((f) => f.id === 'ects')!;
    expect([ects.min, ects.max, ects.step]).toEqual([0, 60, 0.5]);
    expect(fields.find((f) => f.id === 'workloadHours')!.min).toBe(1);
  });

  it('T2.6 awarding keeps its contract fields', () => {
    const fields = getTemplate('awarding')!.fields!;
    expect(fields.map((f) => [f.id, f.kind, f.options?.map((o) => o.value) ?? null])).toEqual([
      ['awardingBody', 'text', null],
      ['country', 'text', null],
      ['qualityAssurance', 'select', ['internal', 'external', 'accredited']],
      ['qualityAssuranceNote', 'text', null],
      ['supervision', 'select', ['unsupervised-no-id', 'supervised-no-id', 'supervised-with-id']],
      ['stackability', 'select', ['stand-alone', 'stackable']],
      ['stackableTowards', 'text', null],
      ['furtherInformation', 'text', null],
    ]);
  });

  it('the VET/HE flipchart is one board for the whole workshop, the others are per group', () => {
    expect(listTemplates().filter((t) => t.kind === 'workshop-wide').map((t) => t.id)).toEqual(['vet-he-flipchart']);
  });

  it('the outline activities carry a mentor solution; mc-elements lists the 11 mandatory EU elements', () => {
    expect(listTemplates().filter((t) => t.solution).map((t) => t.id)).toEqual(['mc-elements', 'assessment-forms']);
    const notes = getTemplate('mc-elements')!.solution!.notes;
    expect(notes.filter((n) => n.areaId === 'mandatory')).toHaveLength(11);
    expect(notes.filter((n) => n.areaId === 'optional')).toHaveLength(5);
  });

  it.each(['mc-elements', 'assessment-forms'])('T2.7 %s solution notes land in their own areas', (id) => {
    const template = getTemplate(id)!;
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
