import { catalogue } from '@canvas/i18n';
import { levelsLabel, localize, readNoteLevels, validateFieldValues, type Lang, type Template } from '@canvas/templates';
import { INK, areaTint, noteFill, solidColor, SEMI } from './palette.js';
import { drawLink, drawPicture } from './media.js';
import { readShapes, shapeText, type PlacedShape } from './shapes.js';
import { capped, RENDER_LIMITS } from './limits.js';
import { fitLine, wrapText, type TextMetrics } from './text.js';
import type { BoardRenderInput, Box, DrawItem, Drawing } from './types.js';

/** The board drawing's words, from the language's catalogue (@canvas/i18n) like every other text. */
export function boardWords(lang: string) {
  const c = catalogue(lang);
  return { ...c.exports, unit: c.glossary.unit };
}

/** Options for {@link layoutBoard}. */
export interface LayoutOptions {
  /** Draw the title and subtitle above the board (the SVG does; the PDF has its own page header). */
  heading: boolean;
}

const PAD = 40;
const FIELD_GAP = 16;
const FIELD_COLUMN_MIN = 400;
const BLANK_BOARD: Box = { x: 0, y: 0, w: 1200, h: 700 };

/** Baseline of a line of `size` centred in a line box of height `lineHeight` starting at `top` (Helvetica's ascent and descent). */
function baseline(top: number, size: number, lineHeight: number): number {
  return top + (lineHeight - 0.925 * size) / 2 + 0.718 * size;
}

function union(a: Box | null, b: Box): Box {
  if (a === null) return { ...b };
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, w: Math.max(a.x + a.w, b.x + b.w) - x, h: Math.max(a.y + a.h, b.y + b.h) - y };
}

/** The axis-aligned box around a rectangle rotated around its top-left corner. */
function rotatedBox(x: number, y: number, w: number, h: number, rotation: number): Box {
  if (rotation === 0) return { x, y, w, h };
  const cos = Math.cos(rotation);
  const sin = Math.sin(rotation);
  const corners = [
    [0, 0],
    [w, 0],
    [0, h],
    [w, h],
  ].map(([dx, dy]) => ({ x: x + dx! * cos - dy! * sin, y: y + dx! * sin + dy! * cos }));
  const xs = corners.map((c) => c.x);
  const ys = corners.map((c) => c.y);
  return { x: Math.min(...xs), y: Math.min(...ys), w: Math.max(...xs) - Math.min(...xs), h: Math.max(...ys) - Math.min(...ys) };
}

function shapeBox(shape: PlacedShape, metrics: TextMetrics): Box {
  const { x, y, rotation } = shape.at;
  if (shape.kind === 'note') return rotatedBox(x, y, shape.w, shape.h, rotation);
  if (shape.kind === 'geo') return rotatedBox(x, y, Number(shape.props.w), Number(shape.props.h), rotation);
  if (shape.kind === 'image' || shape.kind === 'link') return rotatedBox(x, y, shape.w, shape.h, rotation);
  const text = textShapeLayout(shape, metrics);
  return rotatedBox(x, y, text.w, text.h, rotation);
}

const rotationOf = (shape: PlacedShape) =>
  shape.at.rotation === 0 ? undefined : { degrees: (shape.at.rotation * 180) / Math.PI, x: shape.at.x, y: shape.at.y };

const num = (value: unknown, fallback: number) => (typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : fallback);

function horizontal(align: unknown): 'start' | 'middle' | 'end' {
  const a = typeof align === 'string' ? align.replace(/-legacy$/, '') : 'middle';
  return a === 'start' || a === 'end' ? a : 'middle';
}

function anchorX(box: Box, anchor: 'start' | 'middle' | 'end'): number {
  return anchor === 'start' ? box.x : anchor === 'end' ? box.x + box.w : box.x + box.w / 2;
}

/** A sticky note: shadow, coloured square, text shrunk to fit (ellipsis when it still does not), author and Bloom/EQF levels. */
function drawNote(shape: Extract<PlacedShape, { kind: 'note' }>, metrics: TextMetrics, lang: Lang): DrawItem {
  const { x, y } = shape.at;
  const { w, h, record } = shape;
  const scale = w / 200;
  const pad = 14 * scale;
  const meta = record.meta ?? {};
  const items: DrawItem[] = [
    { kind: 'rect', x: x + 1 * scale, y: y + 4 * scale, w, h, fill: '#000000', fillOpacity: 0.1, radius: 6 * scale },
    { kind: 'rect', x, y, w, h, fill: noteFill(record.props.color), stroke: '#000000', strokeOpacity: 0.12, strokeWidth: 1, radius: 6 * scale },
  ];

  // Footer: author on the left, levels on the right.
  const metaSize = 15 * scale;
  const metaBaseline = y + h - pad + 0.1 * metaSize;
  let footer = 0;
  let bloomWidth = 0;
  // Bloom and EQF levels as on the note's badge in the app (`Bloom 3 · EQF 5`, SPEC L4).
  const levels = levelsLabel(readNoteLevels(meta), lang);
  if (levels !== '') {
    const label = metrics.sanitize(levels);
    bloomWidth = metrics.measure(label, metaSize, true) + 6 * scale;
    items.push({ kind: 'text', x: x + w - pad, y: metaBaseline, lines: [label], size: metaSize, lineHeight: metaSize, bold: true, color: INK.noteMeta, anchor: 'end' });
    footer = metaSize + 6 * scale;
  }
  const authorRaw = typeof meta.authorName === 'string' && meta.authorName.trim() !== '' ? meta.authorName : null;
  if (authorRaw !== null) {
    const author = fitLine(metrics.sanitize(capped(authorRaw, RENDER_LIMITS.name)), { measure: metrics.measure, size: metaSize, width: w - 2 * pad - bloomWidth });
    items.push({ kind: 'text', x: x + pad, y: metaBaseline, lines: [author], size: metaSize, lineHeight: metaSize, color: INK.noteMeta, anchor: 'start' });
    footer = metaSize + 6 * scale;
  }

  // Body: the largest size at which the text fits without splitting words, else the largest at which it fits, else cut.
  const text = metrics.sanitize(capped(shapeText(record.props), RENDER_LIMITS.shapeText));
  if (text.trim() !== '') {
    const box: Box = { x: x + pad, y: y + pad, w: w - 2 * pad, h: h - 2 * pad - footer };
    const sizes = [24, 22, 20, 18, 17, 16, 15, 14].map((s) => s * scale);
    const tries = sizes.map((size) => {
      const lineHeight = size * 1.22;
      return { size, lineHeight, wrapped: wrapText(text, { measure: metrics.measure, size, width: box.w }) };
    });
    const fits = (t: (typeof tries)[number]) => t.wrapped.lines.length * t.lineHeight <= box.h;
    let chosen = tries.find((t) => fits(t) && !t.wrapped.splitWords) ?? tries.find(fits);
    if (!chosen) {
      const smallest = tries[tries.length - 1]!;
      const maxLines = Math.max(1, Math.floor(box.h / smallest.lineHeight));
      chosen = { ...smallest, wrapped: wrapText(text, { measure: metrics.measure, size: smallest.size, width: box.w, maxLines }) };
    }
    const anchor = horizontal(record.props.align);
    const blockHeight = chosen.wrapped.lines.length * chosen.lineHeight;
    const vertical = record.props.verticalAlign;
    const top = vertical === 'start' ? box.y : vertical === 'end' ? box.y + box.h - blockHeight : box.y + (box.h - blockHeight) / 2;
    items.push({
      kind: 'text',
      x: anchorX(box, anchor),
      y: baseline(top, chosen.size, chosen.lineHeight),
      lines: chosen.wrapped.lines,
      size: chosen.size,
      lineHeight: chosen.lineHeight,
      color: INK.noteText,
      anchor,
    });
  }
  return { kind: 'group', role: 'note', ref: shape.id, ...(rotationOf(shape) ? { rotate: rotationOf(shape)! } : {}), items };
}

const TEXT_SIZES: Record<string, number> = { s: 18, m: 24, l: 36, xl: 44 };
const LABEL_SIZES: Record<string, number> = { s: 18, m: 22, l: 26, xl: 32 };
const STROKE_WIDTHS: Record<string, number> = { s: 2, m: 3.5, l: 5, xl: 10 };

function textShapeLayout(shape: Extract<PlacedShape, { kind: 'text' }>, metrics: TextMetrics) {
  const { props } = shape;
  const scale = num(props.scale, 1);
  const size = (TEXT_SIZES[String(props.size)] ?? 24) * scale;
  const lineHeight = size * 1.35;
  const text = metrics.sanitize(capped(shapeText(props), RENDER_LIMITS.shapeText));
  const autoSize = props.autoSize !== false;
  const width = autoSize ? Infinity : num(props.w, 200) * scale;
  const { lines } = wrapText(text, { measure: metrics.measure, size, width });
  const w = autoSize ? Math.max(...lines.map((l) => metrics.measure(l, size, false)), 1) : width;
  return { size, lineHeight, lines, w, h: lines.length * lineHeight };
}

function drawText(shape: Extract<PlacedShape, { kind: 'text' }>, metrics: TextMetrics): DrawItem {
  const t = textShapeLayout(shape, metrics);
  const anchor = horizontal(shape.props.textAlign ?? 'start');
  const box: Box = { x: shape.at.x, y: shape.at.y, w: t.w, h: t.h };
  return {
    kind: 'group',
    role: 'text',
    ref: shape.id,
    ...(rotationOf(shape) ? { rotate: rotationOf(shape)! } : {}),
    items: [
      {
        kind: 'text',
        x: anchorX(box, anchor),
        y: baseline(box.y, t.size, t.lineHeight),
        lines: t.lines,
        size: t.size,
        lineHeight: t.lineHeight,
        color: solidColor(shape.props.color),
        anchor,
      },
    ],
  };
}

function geoFill(props: Record<string, unknown>): string | undefined {
  const color = String(props.color ?? 'black');
  switch (props.fill) {
    case 'semi':
      return '#fcfffe';
    case 'solid':
    case 'pattern':
    case 'lined-fill':
      return SEMI[color] ?? SEMI.black!;
    case 'fill':
      return solidColor(color);
    default:
      return undefined;
  }
}

/** Geo shapes are drawn simply: ellipses as ellipses, every other geometry as its bounding rectangle. */
function drawGeo(shape: Extract<PlacedShape, { kind: 'geo' }>, metrics: TextMetrics): DrawItem {
  const { props } = shape;
  const scale = num(props.scale, 1);
  const w = Number(props.w) * scale;
  const h = Number(props.h) * scale;
  const { x, y } = shape.at;
  const stroke = solidColor(props.color);
  const strokeWidth = (STROKE_WIDTHS[String(props.size)] ?? 3.5) * scale;
  const fill = geoFill(props);
  const dashed = props.dash === 'dashed' || props.dash === 'dotted';
  const outline: DrawItem =
    props.geo === 'ellipse' || props.geo === 'oval'
      ? { kind: 'ellipse', cx: x + w / 2, cy: y + h / 2, rx: w / 2, ry: h / 2, stroke, strokeWidth, dashed, ...(fill ? { fill } : {}) }
      : { kind: 'rect', x, y, w, h, stroke, strokeWidth, dashed, ...(fill ? { fill } : {}) };
  const items: DrawItem[] = [outline];
  const text = metrics.sanitize(capped(shapeText(props), RENDER_LIMITS.shapeText));
  if (text.trim() !== '') {
    const size = (LABEL_SIZES[String(props.size)] ?? 22) * scale;
    const lineHeight = size * 1.3;
    const pad = 12 * scale;
    const box: Box = { x: x + pad, y: y + pad, w: Math.max(1, w - 2 * pad), h: Math.max(lineHeight, h - 2 * pad) };
    const { lines } = wrapText(text, { measure: metrics.measure, size, width: box.w, maxLines: Math.max(1, Math.floor(box.h / lineHeight)) });
    const anchor = horizontal(props.align);
    const blockHeight = lines.length * lineHeight;
    const top = props.verticalAlign === 'start' ? box.y : props.verticalAlign === 'end' ? box.y + box.h - blockHeight : box.y + (box.h - blockHeight) / 2;
    items.push({ kind: 'text', x: anchorX(box, anchor), y: baseline(top, size, lineHeight), lines, size, lineHeight, color: solidColor(props.labelColor ?? 'black'), anchor });
  }
  return { kind: 'group', role: 'geo', ref: shape.id, ...(rotationOf(shape) ? { rotate: rotationOf(shape)! } : {}), items };
}

/** The worksheet: frame, title band, areas with labels and guiding questions. */
function drawTemplate(template: Template, metrics: TextMetrics, lang: Lang): DrawItem[] {
  const { w, h } = template.frame;
  const items: DrawItem[] = [{ kind: 'rect', x: 0, y: 0, w, h, fill: INK.paper, stroke: INK.frame, strokeWidth: 2 }];
  const band = Math.min(...template.areas.map((a) => a.rect.y));
  const measure = metrics.measure;
  if (band >= 80) {
    const titleSize = 30;
    const title = metrics.sanitize(capped(localize(template.title, lang), RENDER_LIMITS.templateText));
    const unit = metrics.sanitize(`${boardWords(lang).unit} ${capped(template.unit, RENDER_LIMITS.name)}`);
    const unitWidth = measure(unit, 16, false);
    const titleLine = fitLine(title, { measure, size: titleSize, bold: true, width: w - 48 - unitWidth - 24 });
    const titleBaseline = baseline(18, titleSize, titleSize * 1.2);
    items.push({ kind: 'text', x: 24, y: titleBaseline, lines: [titleLine], size: titleSize, lineHeight: titleSize * 1.2, bold: true, color: INK.text, anchor: 'start' });
    items.push({ kind: 'text', x: w - 24, y: titleBaseline, lines: [unit], size: 16, lineHeight: 20, color: INK.faint, anchor: 'end' });
    const size = 17;
    const lineHeight = 21;
    const top = 18 + titleSize * 1.2 + 6;
    const maxLines = Math.floor((band - top - 8) / lineHeight);
    if (maxLines > 0) {
      const { lines } = wrapText(metrics.sanitize(capped(localize(template.instructions, lang), RENDER_LIMITS.templateText)), { measure, size, width: w - 48, maxLines });
      items.push({ kind: 'text', x: 24, y: baseline(top, size, lineHeight), lines, size, lineHeight, color: INK.muted, anchor: 'start' });
    }
  }
  for (const area of template.areas) {
    const { x, y, w: aw, h: ah } = area.rect;
    const group: DrawItem[] = [{ kind: 'rect', x, y, w: aw, h: ah, fill: areaTint(area.color), stroke: INK.line, strokeWidth: 2 }];
    const inner = aw - 36;
    const labelSize = 24;
    const label = wrapText(metrics.sanitize(capped(localize(area.label, lang), RENDER_LIMITS.templateText)), { measure, size: labelSize, bold: true, width: inner, maxLines: 2 });
    let top = y + 16;
    group.push({ kind: 'text', x: x + 18, y: baseline(top, labelSize, 30), lines: label.lines, size: labelSize, lineHeight: 30, bold: true, color: INK.text, anchor: 'start' });
    top += label.lines.length * 30 + 4;
    // Guiding questions take at most about 40 % of the area, so the notes stay in view.
    const questionSize = 18;
    const questionLine = 23;
    let budget = Math.max(1, Math.floor((ah * 0.4) / questionLine));
    for (const question of area.questions) {
      if (budget <= 0) break;
      // A hanging bullet: wrapped lines start under the question's first word.
      const indent = measure('•  ', questionSize, false);
      const { lines } = wrapText(metrics.sanitize(capped(localize(question, lang), RENDER_LIMITS.templateText)), { measure, size: questionSize, width: inner - indent, maxLines: budget });
      const y0 = baseline(top, questionSize, questionLine);
      group.push({ kind: 'text', x: x + 18, y: y0, lines: ['•'], size: questionSize, lineHeight: questionLine, color: INK.faint, anchor: 'start' });
      group.push({ kind: 'text', x: x + 18 + indent, y: y0, lines, size: questionSize, lineHeight: questionLine, color: INK.muted, anchor: 'start' });
      top += lines.length * questionLine + 4;
      budget -= lines.length;
    }
    items.push({ kind: 'group', role: 'area', ref: area.id, items: group });
  }
  return items;
}

/** The structured fields as a grid of label/value cells under the board. */
function drawFields(template: Template, values: Readonly<Record<string, unknown>>, metrics: TextMetrics, lang: Lang, at: Box): { items: DrawItem[]; height: number } {
  const { fields } = validateFieldValues(template, values, lang);
  if (fields.length === 0) return { items: [], height: 0 };
  const measure = metrics.measure;
  const items: DrawItem[] = [];
  const headingSize = 24;
  items.push({ kind: 'text', x: at.x, y: baseline(at.y, headingSize, 30), lines: [metrics.sanitize(boardWords(lang).fields)], size: headingSize, lineHeight: 30, bold: true, color: INK.text, anchor: 'start' });
  let top = at.y + 30 + 10;
  const columns = Math.max(1, Math.min(4, Math.floor((at.w + FIELD_GAP) / (FIELD_COLUMN_MIN + FIELD_GAP))));
  const cellWidth = (at.w - (columns - 1) * FIELD_GAP) / columns;
  const pad = 14;
  const labelSize = 16;
  const valueSize = 22;
  const valueLine = 27;
  for (let row = 0; row * columns < fields.length; row++) {
    const cells = fields.slice(row * columns, row * columns + columns).map((field) => {
      const label = fitLine(metrics.sanitize(capped(field.label, RENDER_LIMITS.name)), { measure, size: labelSize, bold: true, width: cellWidth - 2 * pad });
      const empty = field.display.trim() === '';
      const value = empty
        ? { lines: ['—'], truncated: false }
        : wrapText(metrics.sanitize(capped(field.display, RENDER_LIMITS.fieldValue)), { measure, size: valueSize, width: cellWidth - 2 * pad, maxLines: 3 });
      return { field, label, value, empty };
    });
    const rowHeight = pad + 19 + 8 + Math.max(...cells.map((c) => c.value.lines.length)) * valueLine + pad - 4;
    cells.forEach((cell, i) => {
      const x = at.x + i * (cellWidth + FIELD_GAP);
      items.push({
        kind: 'group',
        role: 'field',
        ref: cell.field.id,
        items: [
          { kind: 'rect', x, y: top, w: cellWidth, h: rowHeight, fill: INK.paper, stroke: INK.line, strokeWidth: 1.5 },
          { kind: 'text', x: x + pad, y: baseline(top + pad, labelSize, 19), lines: [cell.label], size: labelSize, lineHeight: 19, bold: true, color: INK.muted, anchor: 'start' },
          {
            kind: 'text',
            x: x + pad,
            y: baseline(top + pad + 19 + 8, valueSize, valueLine),
            lines: cell.value.lines,
            size: valueSize,
            lineHeight: valueLine,
            color: cell.empty ? INK.faint : INK.text,
            anchor: 'start',
          },
        ],
      });
    });
    top += rowHeight + FIELD_GAP;
  }
  return { items, height: top - FIELD_GAP - at.y };
}

/**
 * Lays out one board in board units: the template's frame at (0, 0) with its areas, the shapes
 * where they are on the page (also outside the frame), the fields under it and, with `heading`,
 * the title above. Every text is passed through `metrics.sanitize` and measured with
 * `metrics.measure`; long texts wrap and end in "…" where space runs out.
 */
export function layoutBoard(input: BoardRenderInput, metrics: TextMetrics, options: LayoutOptions): Drawing {
  const lang = input.lang ?? 'en';
  const { template } = input;
  const { drawn, notDrawn } = readShapes(input.records);
  const items: DrawItem[] = [];

  let content: Box | null = template ? { x: 0, y: 0, w: template.frame.w, h: template.frame.h } : null;
  for (const shape of drawn) content = union(content, shapeBox(shape, metrics));
  const empty = content === null;
  content = content ?? BLANK_BOARD;
  if (template) items.push(...drawTemplate(template, metrics, lang));
  if (empty) {
    items.push({ kind: 'rect', x: content.x, y: content.y, w: content.w, h: content.h, fill: INK.paper, stroke: INK.line, strokeWidth: 2, dashed: true });
    items.push({ kind: 'text', x: content.x + content.w / 2, y: content.y + content.h / 2, lines: [metrics.sanitize(boardWords(lang).empty)], size: 28, lineHeight: 34, color: INK.faint, anchor: 'middle' });
  }
  for (const shape of drawn) {
    if (shape.kind === 'note') items.push(drawNote(shape, metrics, lang));
    else if (shape.kind === 'text') items.push(drawText(shape, metrics));
    else if (shape.kind === 'image') items.push(drawPicture(shape, input.images, metrics, boardWords(lang).picture));
    else if (shape.kind === 'link') items.push(drawLink(shape, metrics));
    else items.push(drawGeo(shape, metrics));
  }

  const board: Box = { x: content.x - PAD, y: content.y - PAD, w: content.w + 2 * PAD, h: content.h + 2 * PAD };
  const inner: Box = { x: content.x, y: content.y, w: content.w, h: content.h };
  let bottom = board.y + board.h;
  if (template?.fields?.length) {
    const fields = drawFields(template, input.fields ?? {}, metrics, lang, { x: inner.x, y: bottom, w: inner.w, h: 0 });
    items.push(...fields.items);
    bottom += fields.height + PAD;
  }
  if (notDrawn > 0) {
    items.push({ kind: 'text', x: inner.x, y: baseline(bottom - PAD / 2, 16, 20), lines: [metrics.sanitize(boardWords(lang).notDrawn(notDrawn))], size: 16, lineHeight: 20, color: INK.faint, anchor: 'start' });
    bottom += 20;
  }
  board.h = bottom - board.y;

  const bounds: Box = { ...board };
  if (options.heading) {
    const headingHeight = input.subtitle ? 104 : 70;
    const top = board.y - headingHeight;
    const title = fitLine(metrics.sanitize(capped(input.title, RENDER_LIMITS.name)), { measure: metrics.measure, size: 40, bold: true, width: inner.w });
    items.unshift({ kind: 'text', x: inner.x, y: baseline(top + 10, 40, 48), lines: [title], size: 40, lineHeight: 48, bold: true, color: INK.text, anchor: 'start' });
    if (input.subtitle) {
      const subtitle = fitLine(metrics.sanitize(capped(input.subtitle, RENDER_LIMITS.name)), { measure: metrics.measure, size: 24, width: inner.w });
      items.splice(1, 0, { kind: 'text', x: inner.x, y: baseline(top + 62, 24, 30), lines: [subtitle], size: 24, lineHeight: 30, color: INK.muted, anchor: 'start' });
    }
    bounds.y = top;
    bounds.h = board.y + board.h - top;
  }
  const notes = drawn.filter((s) => s.kind === 'note').length;
  return { bounds, board, items, counts: { notes, shapes: drawn.length - notes, notDrawn } };
}
