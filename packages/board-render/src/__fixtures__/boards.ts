import { getTemplate, type Template } from '@canvas/templates';
import type { BoardRenderInput } from '../types.js';

export const c4: Template = getTemplate('c4-substantive')!;

let index = 0;

/** A tldraw note record as the web binding stores it. */
export function note(
  id: string,
  at: { x: number; y: number },
  text: string,
  extra: { color?: string; author?: string; bloomLevel?: number; rotation?: number; scale?: number; growY?: number } = {},
) {
  index++;
  return {
    id: `shape:${id}`,
    typeName: 'shape',
    type: 'note',
    x: at.x,
    y: at.y,
    rotation: extra.rotation ?? 0,
    index: `a${index.toString().padStart(3, '0')}`,
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    props: {
      color: extra.color ?? 'yellow',
      richText: { type: 'doc', content: text.split('\n').map((line) => ({ type: 'paragraph', content: line ? [{ type: 'text', text: line }] : [] })) },
      size: 'm',
      scale: extra.scale ?? 1,
      growY: extra.growY ?? 0,
      align: 'middle',
      verticalAlign: 'middle',
    },
    meta: {
      authorId: `u-${(extra.author ?? 'tester').toLowerCase()}`,
      authorName: extra.author ?? 'Tester',
      createdAt: '2026-11-23T10:00:00.000Z',
      ...(extra.bloomLevel ? { bloomLevel: extra.bloomLevel } : {}),
    },
  };
}

/** Top-left corner that puts a 200 × 200 note at `(dx, dy)` inside an area of C4. */
export function inArea(areaId: string, dx = 0, dy = 0): { x: number; y: number } {
  const area = c4.areas.find((a) => a.id === areaId)!;
  return { x: area.rect.x + 30 + dx, y: area.rect.y + area.rect.h - 230 + dy };
}

export const SCRIPT_TEXT = '<script>alert("x")</script> & more';
export const EMOJI_TEXT = 'Peer feedback 🎉👍🏽 → ≥ 3 rounds, Łódź ő 中文';
export const LONG_TEXT =
  'A deliberately long sticky note that keeps going: learners analyse real supplier records, compare them with the traceability ' +
  'requirements of the regulation, document gaps, propose improvements, present them to a panel, and reflect on feedback ' +
  'in a written portfolio that is assessed against a rubric shared at the start of the course.';

/** A filled C4 board: notes in several areas, one outside the frame, text and geo shapes, an arrow. */
export function filledC4(): BoardRenderInput {
  index = 0;
  const records = [
    { id: 'document:document', typeName: 'document', gridSize: 10, name: '', meta: {} },
    { id: 'page:page', typeName: 'page', name: 'Page 1', index: 'a1', meta: {} },
    note('lo1', inArea('learning-outcomes'), 'Size a heat pump for a family home', { author: 'Ana Lima', bloomLevel: 6 }),
    note('lo2', inArea('learning-outcomes', 230), 'Explain refrigerant safety rules', { author: 'Ben Okafor', color: 'light-blue', bloomLevel: 2 }),
    note('dw1', inArea('duration-workload'), '75 hours over 6 weeks = 3 ECTS', { author: 'Carla Jiménez-Øster', color: 'light-green' }),
    note('dm1', inArea('delivery-mode', 10), 'Blended: online theory, two practice days on site', { author: 'Ana Lima', color: 'orange', rotation: -0.06 }),
    note('dm2', inArea('delivery-mode', 250, -20), LONG_TEXT, { author: 'Dimitrios Papadopoulos-Alexandropoulos', color: 'violet' }),
    note('di1', inArea('didactic-methods'), SCRIPT_TEXT, { author: 'Mallory <b>', color: 'red' }),
    note('pr1', inArea('prerequisites'), 'EQF 3 in a technical trade\nor two years of work experience', { author: 'Ben Okafor', color: 'grey' }),
    note('as1', inArea('assessment'), EMOJI_TEXT, { author: 'Zoë 🙂', color: 'light-red' }),
    note('as2', inArea('assessment', 230), 'Practical installation task', { author: 'Ana Lima', color: 'white', scale: 0.8 }),
    note('out', { x: 1850, y: 400 }, 'Parking lot: ask the chamber about recognition', { author: 'Facilitator', color: 'blue' }),
    {
      id: 'shape:geo1',
      typeName: 'shape',
      type: 'geo',
      x: 1660,
      y: 580,
      rotation: 0,
      index: 'a0',
      parentId: 'page:page',
      props: { geo: 'ellipse', w: 120, h: 80, color: 'red', fill: 'semi', dash: 'draw', size: 's', richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Key!' }] }] } },
      meta: {},
    },
    {
      id: 'shape:text1',
      typeName: 'shape',
      type: 'text',
      x: 1850,
      y: 300,
      rotation: 0,
      index: 'a0V',
      parentId: 'page:page',
      props: { color: 'violet', size: 'm', w: 300, autoSize: true, textAlign: 'start', scale: 1, richText: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Open questions' }] }] } },
      meta: {},
    },
    { id: 'shape:arrow1', typeName: 'shape', type: 'arrow', x: 100, y: 100, rotation: 0, index: 'a9', parentId: 'page:page', props: {}, meta: {} },
    { id: 'shape:draw1', typeName: 'shape', type: 'draw', x: 300, y: 100, rotation: 0, index: 'a9V', parentId: 'page:page', props: {}, meta: {} },
  ];
  return {
    template: c4,
    records,
    fields: {
      title: 'Heat-pump installation basics',
      eqfLevel: '4',
      ects: 3,
      workloadHours: 75,
      deliveryMode: 'blended',
      assessmentType: ['practical-task', 'portfolio'],
      prerequisites: 'EQF 3 in a technical trade <or> equivalent',
    },
    title: 'C4 Substantive elements',
    subtitle: 'Group 1 · MicroQuest training, Vienna',
    lang: 'en',
    exportedAt: new Date('2026-11-23T12:00:00Z'),
  };
}

/** A board without a template: just notes. */
export function blankBoard(): BoardRenderInput {
  index = 0;
  return {
    template: null,
    records: [
      note('b1', { x: -300, y: 50 }, 'Idea one', { author: 'Ana Lima' }),
      note('b2', { x: 0, y: 80 }, 'Idea two', { author: 'Ben Okafor', color: 'green' }),
      note('b3', { x: 300, y: 20 }, 'Idea three', { author: 'Carla', color: 'light-violet' }),
    ],
    title: 'Blank board',
    lang: 'en',
    exportedAt: new Date('2026-11-23T12:00:00Z'),
  };
}
