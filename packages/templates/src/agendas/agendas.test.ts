import { describe, expect, it } from 'vitest';
import { getTemplate, listTemplates } from '../catalog/index.js';
import { agendaMinutes, getAgenda, listAgendas, unknownAgendaTemplates } from './index.js';
import { AgendaItemSchema } from './schema.js';

describe('agendas', () => {
  it('T8.1 the MicroQuest agenda runs every seed activity in order with the seed\'s minutes', () => {
    const full = getAgenda('microquest')!;
    expect(full.items.map((i) => [getTemplate(i.templateId)!.unit, i.templateId, i.durationMinutes])).toEqual([
      ['1.1', 'mc-definitions', 15],
      ['1.2', 'mc-not', 15],
      ['2.1', 'mc-elements', 15],
      ['2.2', 'assessment-forms', 15],
      ['3.1', 'c1-needs', 60],
      ['3.2', 'c2-persona', 60],
      ['4.1', 'c3-competences', 90],
      ['4.2–4.3', 'c4-substantive', 90],
      ['5.1', 'mc-design-steps', 30],
      ['5.1', 'awarding', 30],
      ['5.2', 'badges-metadata', 30],
      ['6.1', 'digital-credentials', 60],
      ['6.2', 'digital-badges', 60],
      ['6.3', 'mc-example-review', 60],
      ['7', 'vet-he-flipchart', 60],
    ]);
    expect(agendaMinutes(full)).toBe(690);
    // Every canvas of the workshop is on it; only the HE course's opener is not.
    const onAgenda = new Set(full.items.map((i) => i.templateId));
    expect(listTemplates().filter((t) => !onAgenda.has(t.id)).map((t) => t.id)).toEqual(['he-self-assessment']);
  });

  it('T8.2 each unit has its own agenda, and the units together are the full workshop', () => {
    const units = [1, 2, 3, 4, 5, 6, 7].map((n) => getAgenda(`microquest-unit-${n}`)!);
    expect(units.flatMap((u) => u.items)).toEqual(getAgenda('microquest')!.items);
    units.forEach((unit, i) => {
      expect(unit.title.en).toMatch(new RegExp(`^Unit ${i + 1}: `));
      expect(unit.title.de).toMatch(new RegExp(`^Einheit ${i + 1}: `));
      for (const item of unit.items) expect(getTemplate(item.templateId)!.unit.startsWith(String(i + 1))).toBe(true);
    });
  });

  it('T8.3 the higher-education course starts with the self-assessment', () => {
    const he = getAgenda('he-course')!;
    expect(he.items[0]).toEqual({ templateId: 'he-self-assessment', durationMinutes: 5 });
  });

  it('T8.4 every built-in agenda names catalog canvases only, is frozen and has German titles', () => {
    expect(listAgendas().map((a) => a.id)).toEqual([
      'microquest',
      ...[1, 2, 3, 4, 5, 6, 7].map((n) => `microquest-unit-${n}`),
      'he-course',
    ]);
    for (const agenda of listAgendas()) {
      expect(unknownAgendaTemplates(agenda.items)).toEqual([]);
      expect(agenda.title.de).toBeTruthy();
      expect(agenda.description.de).toBeTruthy();
      expect(Object.isFrozen(agenda.items[0])).toBe(true);
    }
    expect(getAgenda('nope')).toBeUndefined();
  });

  it('T8.5 unknown canvases are reported with their path; bad minutes are refused by the schema', () => {
    expect(unknownAgendaTemplates([{ templateId: 'c1-needs' }, { templateId: 'c9-nothing' }])).toEqual([
      { path: 'items.1.templateId', message: 'Unknown canvas "c9-nothing"' },
    ]);
    expect(AgendaItemSchema.safeParse({ templateId: 'c1-needs', durationMinutes: 0 }).success).toBe(false);
    expect(AgendaItemSchema.safeParse({ templateId: 'c1-needs', durationMinutes: 2.5 }).success).toBe(false);
    expect(AgendaItemSchema.safeParse({ templateId: 'c1-needs', durationMinutes: 601 }).success).toBe(false);
    expect(AgendaItemSchema.safeParse({ templateId: 'C1 needs', durationMinutes: 5 }).success).toBe(false);
  });
});
