import { layoutBoard } from './layout.js';
import { INK } from './palette.js';
import { FONT_FAMILY } from '@canvas/typeface';
import { typefaceWidth, type TextMetrics } from './text.js';
import type { BoardImage, BoardRenderInput, DrawItem } from './types.js';

export { FONT_FAMILY };

/** Characters XML 1.0 forbids (most control characters, lone surrogates, U+FFFE/U+FFFF) are dropped. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return text
    .replace(XML_INVALID, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const svgMetrics: TextMetrics = {
  // Measured in the PDF's typeface, named first in the SVG's font list; viewers without it draw
  // Helvetica or Arial, which are narrower, so every line still fits its box.
  measure: typefaceWidth,
  sanitize: (text) => text.replace(XML_INVALID, '').replace(/\t/g, ' '),
};

/** Numbers with at most two decimals keep the file small and diffable. */
const n = (value: number) => String(Math.round(value * 100) / 100);

function attrs(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? n(v) : escapeXml(v!)}"`)
    .join('');
}

function item(d: DrawItem, indent: string, images?: Readonly<Record<string, BoardImage>>): string {
  switch (d.kind) {
    case 'rect':
      return `${indent}<rect${attrs({
        x: d.x,
        y: d.y,
        width: d.w,
        height: d.h,
        rx: d.radius,
        fill: d.fill ?? 'none',
        'fill-opacity': d.fillOpacity,
        stroke: d.stroke,
        'stroke-opacity': d.strokeOpacity,
        'stroke-width': d.stroke ? (d.strokeWidth ?? 1) : undefined,
        'stroke-dasharray': d.dashed ? `${n((d.strokeWidth ?? 1) * 3)} ${n((d.strokeWidth ?? 1) * 2)}` : undefined,
      })}/>`;
    case 'ellipse':
      return `${indent}<ellipse${attrs({
        cx: d.cx,
        cy: d.cy,
        rx: d.rx,
        ry: d.ry,
        fill: d.fill ?? 'none',
        stroke: d.stroke,
        'stroke-width': d.stroke ? (d.strokeWidth ?? 1) : undefined,
        'stroke-dasharray': d.dashed ? `${n((d.strokeWidth ?? 1) * 3)} ${n((d.strokeWidth ?? 1) * 2)}` : undefined,
      })}/>`;
    case 'text': {
      if (d.lines.length === 0) return '';
      const head = `${indent}<text${attrs({
        x: d.x,
        y: d.y,
        'font-size': d.size,
        'font-weight': d.bold ? 'bold' : undefined,
        fill: d.color,
        'text-anchor': d.anchor === 'start' ? undefined : d.anchor,
      })}>`;
      if (d.lines.length === 1) return `${head}${escapeXml(d.lines[0]!)}</text>`;
      const spans = d.lines.map((line, i) => `<tspan${attrs({ x: d.x, dy: i === 0 ? undefined : d.lineHeight })}>${escapeXml(line)}</tspan>`);
      return `${head}${spans.join('')}</text>`;
    }
    case 'image': {
      // Embedded as data (PNG or JPEG the server checked): the file stays self-contained and a viewer fetches nothing.
      const picture = images?.[d.assetId];
      if (!picture) return '';
      const href = `data:${picture.mime};base64,${Buffer.from(picture.bytes).toString('base64')}`;
      return `${indent}<image${attrs({ x: d.x, y: d.y, width: d.w, height: d.h, preserveAspectRatio: 'none', href })}/>`;
    }
    case 'group': {
      const transform = d.rotate ? `rotate(${n(d.rotate.degrees)} ${n(d.rotate.x)} ${n(d.rotate.y)})` : undefined;
      const children = d.items.map((child) => item(child, `${indent}  `, images)).filter((s) => s !== '');
      return [`${indent}<g${attrs({ class: d.role, 'data-ref': d.ref, transform })}>`, ...children, `${indent}</g>`].join('\n');
    }
  }
}

/**
 * A faithful, legible SVG of one board: the template's frame and areas with their labels and
 * guiding questions, the sticky notes as coloured squares with their text (shrunk, then cut with
 * "…" when too long), author and Bloom level, simple text and geo shapes, and the structured
 * fields as a grid under the board. Self-contained: no external references, no web fonts (the
 * typeface is named, `Noto Sans` first, see `@canvas/typeface`), every
 * text XML-escaped. Notes are `<g class="note" data-ref="shape:…">` groups.
 */
export function renderBoardSvg(input: BoardRenderInput): string {
  const drawing = layoutBoard(input, svgMetrics, { heading: true });
  const margin = 24;
  const box = { x: drawing.bounds.x - margin, y: drawing.bounds.y - margin, w: drawing.bounds.w + 2 * margin, h: drawing.bounds.h + 2 * margin };
  const title = input.subtitle ? `${input.title} – ${input.subtitle}` : input.title;
  const body = drawing.items.map((d) => item(d, '  ', input.images)).filter((s) => s !== '');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({
      width: Math.ceil(box.w),
      height: Math.ceil(box.h),
      viewBox: `${n(box.x)} ${n(box.y)} ${n(Math.ceil(box.w))} ${n(Math.ceil(box.h))}`,
      'font-family': FONT_FAMILY,
      lang: input.lang ?? 'en',
    })}>`,
    `  <title>${escapeXml(title)}</title>`,
    `  <rect${attrs({ x: box.x, y: box.y, width: Math.ceil(box.w), height: Math.ceil(box.h), fill: INK.canvas })}/>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}
