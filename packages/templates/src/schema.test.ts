import { describe, expect, it } from 'vitest';
import { localize } from './localized.js';
import { type Template, TemplateSchema } from './schema.js';

/** A small valid template that each test breaks in one way. */
function minimal(): Template {
  return {
    schemaVersion: 1,
    id: 'tiny',
    version: '1.0.0',
    title: { en: 'Tiny' },
    unit: '1.1',
    activity: { en: 'Try it' },
    durationMinutes: 10,
    instructions: { en: 'Write notes.' },
    kind: 'group',
    frame: { w: 1000, h: 600 },
    areas: [
      { id: 'left', label: { en: 'Left' }, questions: [], rect: { x: 0, y: 0, w: 500, h: 600 }, accepts: 'notes' },
      { id: 'right', label: { en: 'Right' }, questions: [], rect: { x: 500, y: 0, w: 500, h: 600 }, accepts: 'notes' },
    ],
  };
}

function issues(value: unknown) {
  const r = TemplateSchema.safeParse(value);
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('localize', () => {
  it('T1.3 returns the requested language', () => {
    expect(localize({ en: 'Board', de: 'Tafel' }, 'de')).toBe('Tafel');
  });
  it('T1.3 falls back to English when the translation is missing', () => {
    expect(localize({ en: 'Board' }, 'de')).toBe('Board');
  });
});

describe('TemplateSchema', () => {
  it('accepts a minimal template unchanged', () => {
    expect(TemplateSchema.parse(minimal())).toEqual(minimal());
  });

  it('T1.1 rejects another schemaVersion with the supported version in the message', () => {
    expect(issues({ ...minimal(), schemaVersion: 2 })).toEqual([
      { path: 'schemaVersion', message: 'Unsupported schemaVersion 2; this build reads version 1' },
    ]);
  });

  it('T1.2 rejects ids that are not kebab-case', () => {
    expect(issues({ ...minimal(), id: 'Tiny_Template' }).map((i) => i.path)).toEqual(['id']);
    const t = minimal();
    t.areas[0]!.id = 'Left Side';
    expect(issues(t).map((i) => i.path)).toEqual(['areas.0.id']);
  });

  it('T1.2 accepts loose semver versions and rejects others', () => {
    expect(issues({ ...minimal(), version: '2' })).toEqual([]);
    expect(issues({ ...minimal(), version: '1.2.3-beta.1' })).toEqual([]);
    expect(issues({ ...minimal(), version: 'v1' }).map((i) => i.path)).toEqual(['version']);
  });

  it('T1.3 requires non-blank English text', () => {
    expect(issues({ ...minimal(), title: { de: 'Nur Deutsch' } }).map((i) => i.path)).toEqual(['title.en']);
    expect(issues({ ...minimal(), title: { en: '  ' } }).map((i) => i.path)).toEqual(['title.en']);
  });

  it('T1.4 rejects an area that sticks out of the frame', () => {
    const t = minimal();
    t.areas[1]!.rect.w = 600;
    expect(issues(t)).toEqual([
      { path: 'areas.1.rect.w', message: 'Area "right" ends at x=1100, outside the frame (width 1000)' },
    ]);
  });

  it('T1.4 accepts an area that ends exactly on the frame edge', () => {
    const t = minimal();
    t.areas[1]!.rect = { x: 500, y: 0, w: 500, h: 600 };
    expect(issues(t)).toEqual([]);
  });

  it('T1.5 rejects duplicate area ids, field ids and option values', () => {
    const t = minimal();
    t.areas[1]!.id = 'left';
    t.fields = [
      { id: 'a', label: { en: 'A' }, kind: 'text' },
      { id: 'a', label: { en: 'A again' }, kind: 'select', options: [{ value: 'x', label: { en: 'X' } }, { value: 'x', label: { en: 'X2' } }] },
    ];
    expect(issues(t).map((i) => i.path)).toEqual(['areas.1.id', 'fields.1.id', 'fields.1.options.1.value']);
  });

  it('T1.6 checks kind-specific field properties', () => {
    const t = minimal();
    t.fields = [
      { id: 'pick', label: { en: 'Pick' }, kind: 'select' },
      { id: 'free', label: { en: 'Free' }, kind: 'text', options: [{ value: 'a', label: { en: 'A' } }], min: 1 },
      { id: 'n', label: { en: 'N' }, kind: 'number', min: 5, max: 1, pattern: '^x$' },
      { id: 'code', label: { en: 'Code' }, kind: 'text', pattern: '([' },
      { id: 'many', label: { en: 'Many' }, kind: 'select', options: [{ value: 'a', label: { en: 'A' } }], maxItems: 2 },
      { id: 'codes', label: { en: 'Codes' }, kind: 'list', pattern: '[A-Z]{2}', maxItems: 3 },
    ];
    expect(issues(t)).toEqual([
      { path: 'fields.0.options', message: 'A select field needs at least one option' },
      { path: 'fields.1.options', message: 'options are only allowed on select and multiselect fields' },
      { path: 'fields.1.min', message: 'min is only allowed on number fields' },
      { path: 'fields.2.max', message: 'max (1) is smaller than min (5)' },
      { path: 'fields.2.pattern', message: 'pattern is only allowed on text and list fields' },
      { path: 'fields.3.pattern', message: 'pattern is not a valid regular expression' },
      { path: 'fields.4.maxItems', message: 'maxItems is only allowed on list fields' },
    ]);
  });

  it('T1.6 rejects an unknown field kind with the allowed kinds in the message', () => {
    const t = { ...minimal(), fields: [{ id: 'when', label: { en: 'When' }, kind: 'date' }] };
    expect(issues(t)).toEqual([
      { path: 'fields.0.kind', message: 'Unknown field kind "date"; expected one of text, number, select, multiselect, list' },
    ]);
  });

  it('T1.7 rejects solution notes for unknown areas', () => {
    const t = { ...minimal(), solution: { notes: [{ areaId: 'middle', text: { en: 'x' } }] } };
    expect(issues(t)).toEqual([{ path: 'solution.notes.0.areaId', message: 'Solution note refers to unknown area "middle"' }]);
  });

  it('T1.8 rejects unknown keys', () => {
    const t = minimal() as unknown as Record<string, unknown>;
    const areas = t['areas'] as Record<string, unknown>[];
    areas[0]!['question'] = [];
    expect(issues(t)).toEqual([{ path: 'areas.0', message: 'Unrecognized key: "question"' }]);
  });

  it('T1.9 requires at least one area', () => {
    expect(issues({ ...minimal(), areas: [] })).toEqual([{ path: 'areas', message: 'A template needs at least one area' }]);
  });
});
