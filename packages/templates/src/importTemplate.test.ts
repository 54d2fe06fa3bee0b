import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTemplate, listTemplates } from './catalog/index.js';
import { parseTemplateJson, templateToJson } from './importTemplate.js';

const minimal = {
  schemaVersion: 1,
  id: 'my-canvas',
  version: '1.0.0',
  title: { en: 'My canvas', de: 'Meine Canvas' },
  unit: '3.1',
  activity: { en: 'Brainstorm' },
  durationMinutes: 20,
  instructions: { en: 'Add notes.' },
  kind: 'group',
  frame: { w: 1200, h: 800 },
  areas: [
    { id: 'ideas', label: { en: 'Ideas' }, questions: [{ en: 'What could work?' }], rect: { x: 0, y: 0, w: 600, h: 800 }, accepts: 'notes' },
    { id: 'risks', label: { en: 'Risks' }, questions: [], rect: { x: 600, y: 0, w: 600, h: 800 }, accepts: 'notes', color: 'red' },
  ],
};

const parse = (value: unknown) => parseTemplateJson(JSON.stringify(value));
const errors = (value: unknown) => {
  const r = parse(value);
  return r.ok ? [] : r.errors;
};

describe('parseTemplateJson', () => {
  it('accepts a minimal hand-written template', () => {
    expect(parse(minimal)).toEqual({ ok: true, template: minimal });
  });

  it('T5.1 reports invalid JSON at the root instead of throwing', () => {
    const r = parseTemplateJson('{ "id": ');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors).toHaveLength(1);
      expect(r.errors[0]!.path).toBe('');
      expect(r.errors[0]!.message).toMatch(/^Invalid JSON: /);
    }
  });

  it('T5.1 rejects JSON that is not an object', () => {
    expect(errors([minimal])).toEqual([{ path: '', message: 'A template must be a JSON object' }]);
    expect(errors(null)).toEqual([{ path: '', message: 'A template must be a JSON object' }]);
  });

  it('T5.2 reports every schema problem with a dotted path', () => {
    const bad = {
      ...minimal,
      durationMinutes: 12.5,
      kind: 'solo',
      areas: [minimal.areas[0], { ...minimal.areas[1], rect: { x: 600, y: 0, w: -5, h: 800 }, accepts: 'images' }],
    };
    expect(errors(bad)).toEqual([
      { path: 'durationMinutes', message: 'durationMinutes must be a whole number' },
      { path: 'kind', message: 'Unknown template kind "solo"; expected one of group, workshop-wide' },
      { path: 'areas.1.rect.w', message: 'Width must be greater than 0' },
      { path: 'areas.1.accepts', message: 'Unknown area content "images"; expected one of notes, text, any' },
    ]);
  });

  it('T5.2 reports missing required properties', () => {
    const { title: _title, ...untitled } = minimal;
    expect(errors(untitled).map((e) => e.path)).toEqual(['title']);
  });

  it('T5.3 names an unknown field kind and the allowed ones', () => {
    expect(errors({ ...minimal, fields: [{ id: 'due', label: { en: 'Due' }, kind: 'date' }] })).toEqual([
      { path: 'fields.0.kind', message: 'Unknown field kind "date"; expected one of text, number, select, multiselect, list' },
    ]);
  });

  it('T5.4 reports duplicate area ids at the later area', () => {
    const dup = { ...minimal, areas: [minimal.areas[0], { ...minimal.areas[1], id: 'ideas' }] };
    expect(errors(dup)).toEqual([{ path: 'areas.1.id', message: 'Duplicate area id "ideas" (also areas.0)' }]);
  });

  it('T5.4 reports areas outside the frame at rect.w / rect.h', () => {
    const out = { ...minimal, areas: [minimal.areas[0], { ...minimal.areas[1], rect: { x: 700, y: 100, w: 600, h: 800 } }] };
    expect(errors(out)).toEqual([
      { path: 'areas.1.rect.w', message: 'Area "risks" ends at x=1300, outside the frame (width 1200)' },
      { path: 'areas.1.rect.h', message: 'Area "risks" ends at y=900, outside the frame (height 800)' },
    ]);
  });

  it('T5.5 a built-in id with the same version and different content is rejected', () => {
    const c1 = JSON.parse(templateToJson(getTemplate('c1-needs')!));
    c1.durationMinutes = 45;
    expect(errors(c1)).toEqual([
      { path: 'version', message: '"c1-needs" is a built-in template at version 1.0.0; give your variant a different version' },
    ]);
  });

  it('T5.5 a built-in id with another version is accepted as a variant', () => {
    const c1 = JSON.parse(templateToJson(getTemplate('c1-needs')!));
    c1.durationMinutes = 45;
    c1.version = '1.1.0-short';
    const r = parse(c1);
    expect(r.ok && r.template.durationMinutes).toBe(45);
  });

  it('T5.5 the clash check uses the catalog given in the options', () => {
    const c1 = JSON.parse(templateToJson(getTemplate('c1-needs')!));
    c1.durationMinutes = 45;
    expect(parseTemplateJson(JSON.stringify(c1), { catalog: [] }).ok).toBe(true);
  });

  it.each(listTemplates().map((t) => [t.id, t] as const))('T5.6 %s survives JSON → parse unchanged', (_id, template) => {
    const json = templateToJson(template);
    expect(json.endsWith('}\n')).toBe(true);
    expect(parseTemplateJson(json)).toEqual({ ok: true, template });
  });

  it('the minimal example in docs/templates.md imports cleanly', () => {
    const doc = readFileSync(new URL('../../../docs/templates.md', import.meta.url), 'utf8');
    const json = /```json\n([\s\S]*?)```/.exec(doc)?.[1];
    expect(json).toBeDefined();
    const r = parseTemplateJson(json!);
    expect(r.ok ? r.template.areas.map((a) => a.id) : r.errors).toEqual(['start', 'stop', 'continue']);
  });
});
