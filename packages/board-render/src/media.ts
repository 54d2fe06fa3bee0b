import { INK } from './palette.js';
import type { PlacedShape } from './shapes.js';
import { fitLine, type TextMetrics } from './text.js';
import type { BoardImage, DrawItem, Rotation } from './types.js';

/** Pictures and link cards of a board (files F6): a picture is drawn from the server's file, a link as its address. */

const rotationOf = (shape: PlacedShape): Rotation | undefined =>
  shape.at.rotation === 0 ? undefined : { degrees: (shape.at.rotation * 180) / Math.PI, x: shape.at.x, y: shape.at.y };

/** A picture stretched to its box as tldraw shows it; a labelled box when the file is not available. */
export function drawPicture(
  shape: Extract<PlacedShape, { kind: 'image' }>,
  images: Readonly<Record<string, BoardImage>> | undefined,
  metrics: TextMetrics,
  label: string,
): DrawItem {
  const { x, y } = shape.at;
  const { w, h } = shape;
  const picture = shape.assetId ? images?.[shape.assetId] : undefined;
  const items: DrawItem[] = picture
    ? [{ kind: 'image', x, y, w, h, assetId: shape.assetId! }]
    : [
        { kind: 'rect', x, y, w, h, fill: INK.paper, stroke: INK.line, strokeWidth: 2, dashed: true },
        { kind: 'text', x: x + w / 2, y: y + h / 2, lines: [fitLine(metrics.sanitize(label), { measure: metrics.measure, size: 20, width: Math.max(1, w - 16) })], size: 20, lineHeight: 24, color: INK.faint, anchor: 'middle' },
      ];
  const rotate = rotationOf(shape);
  return { kind: 'group', role: 'picture', ref: shape.id, ...(rotate ? { rotate } : {}), items };
}

/** A link card: its title and address, as a bordered card (the site itself is never fetched). */
export function drawLink(shape: Extract<PlacedShape, { kind: 'link' }>, metrics: TextMetrics): DrawItem {
  const { x, y } = shape.at;
  const w = Math.max(120, shape.w);
  const h = Math.min(Math.max(80, shape.h), 200);
  const width = Math.max(1, w - 32);
  const items: DrawItem[] = [{ kind: 'rect', x, y, w, h, fill: '#ffffff', stroke: INK.line, strokeWidth: 2, radius: 8 }];
  const title = shape.title.trim();
  if (title) items.push({ kind: 'text', x: x + 16, y: y + 40, lines: [fitLine(metrics.sanitize(title.slice(0, 300)), { measure: metrics.measure, size: 22, bold: true, width })], size: 22, lineHeight: 28, bold: true, color: INK.text, anchor: 'start' });
  items.push({ kind: 'text', x: x + 16, y: y + (title ? 76 : 48), lines: [fitLine(metrics.sanitize(shape.url.slice(0, 2000)), { measure: metrics.measure, size: 18, width })], size: 18, lineHeight: 22, color: INK.muted, anchor: 'start' });
  const rotate = rotationOf(shape);
  return { kind: 'group', role: 'link', ref: shape.id, ...(rotate ? { rotate } : {}), items };
}
