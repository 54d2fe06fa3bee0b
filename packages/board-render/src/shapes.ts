import { isNoteRecord, noteSize, richTextToPlain, type NoteRecord } from '@canvas/templates';

/** Where a shape sits on the page: tldraw positions children relative to their parent. */
export interface PagePlacement {
  x: number;
  y: number;
  /** Radians, clockwise, around the shape's top-left corner. */
  rotation: number;
}

/** A shape the renders draw, placed in page coordinates. */
export type PlacedShape =
  | { kind: 'note'; id: string; index: string; at: PagePlacement; record: NoteRecord; w: number; h: number }
  | { kind: 'text'; id: string; index: string; at: PagePlacement; props: Record<string, unknown> }
  | { kind: 'geo'; id: string; index: string; at: PagePlacement; props: Record<string, unknown> }
  /** A picture (`assetId`) or a link card (`url`), drawn in its box. */
  | { kind: 'image'; id: string; index: string; at: PagePlacement; assetId: string | null; w: number; h: number }
  | { kind: 'link'; id: string; index: string; at: PagePlacement; url: string; title: string; w: number; h: number };

/** The shapes of a board, split into what is drawn and what is only counted. */
export interface BoardShapes {
  /** Notes, text and geo shapes of the first page, in tldraw's z-order (fractional `index`). */
  drawn: PlacedShape[];
  /** Shapes that are not drawn: drawings, arrows, frames, shapes on other pages… */
  notDrawn: number;
}

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const finite = (value: unknown, fallback = 0): number => (typeof value === 'number' && Number.isFinite(value) ? value : fallback);

function isShape(record: unknown): record is Json & { id: string; type: string } {
  return (
    isObject(record) &&
    (record.typeName === 'shape' || (record.typeName === undefined && typeof record.type === 'string')) &&
    typeof record.id === 'string' &&
    typeof record.type === 'string'
  );
}

/** The plain text of a shape's label (`props.richText`, or the legacy `props.text`). */
export function shapeText(props: Json): string {
  return props.richText !== undefined ? richTextToPlain(props.richText) : richTextToPlain(props.text ?? '');
}

/**
 * Reads the shapes of a board from its tldraw records. Only the first page (by `index`) is drawn:
 * a board shows one worksheet. Positions of nested shapes are resolved to page coordinates.
 */
export function readShapes(records: readonly unknown[]): BoardShapes {
  const shapes = records.filter(isShape);
  const byId = new Map(shapes.map((s) => [s.id, s]));
  const pages = records
    .filter((r): r is Json & { id: string } => isObject(r) && r.typeName === 'page' && typeof r.id === 'string')
    .sort((a, b) => compareIndex(String(a.index ?? ''), String(b.index ?? '')) || compareIndex(a.id, b.id));
  const firstPage = pages[0]?.id;
  const assets = new Map(
    records
      .filter((r): r is Json & { id: string } => isObject(r) && r.typeName === 'asset' && typeof r.id === 'string')
      .map((r) => [r.id, isObject(r.props) ? r.props : {}]),
  );

  const placement = new Map<string, { at: PagePlacement; page: string | null }>();
  const place = (shape: Json & { id: string }, depth: number): { at: PagePlacement; page: string | null } => {
    const known = placement.get(shape.id);
    if (known) return known;
    const own = { x: finite(shape.x), y: finite(shape.y), rotation: finite(shape.rotation) };
    const parentId = typeof shape.parentId === 'string' ? shape.parentId : '';
    const parent = byId.get(parentId);
    let result: { at: PagePlacement; page: string | null };
    if (!parent || depth > 32) {
      result = { at: own, page: parentId.startsWith('page:') ? parentId : null };
    } else {
      const p = place(parent, depth + 1);
      const cos = Math.cos(p.at.rotation);
      const sin = Math.sin(p.at.rotation);
      result = {
        at: { x: p.at.x + own.x * cos - own.y * sin, y: p.at.y + own.x * sin + own.y * cos, rotation: p.at.rotation + own.rotation },
        page: p.page,
      };
    }
    placement.set(shape.id, result);
    return result;
  };

  const drawn: PlacedShape[] = [];
  let notDrawn = 0;
  for (const shape of shapes) {
    const { at, page } = place(shape, 0);
    // Shapes of other pages are not part of the worksheet; shapes with no known page are kept.
    if (firstPage !== undefined && page !== null && page !== firstPage) {
      notDrawn++;
      continue;
    }
    const index = typeof shape.index === 'string' ? shape.index : '';
    const props = isObject(shape.props) ? shape.props : {};
    if (shape.type === 'note' && isNoteRecord(shape)) {
      const { w, h } = noteSize(shape);
      drawn.push({ kind: 'note', id: shape.id, index, at, record: shape, w, h });
    } else if (shape.type === 'text') {
      drawn.push({ kind: 'text', id: shape.id, index, at, props });
    } else if (shape.type === 'geo' && finite(props.w) > 0 && finite(props.h) > 0) {
      drawn.push({ kind: 'geo', id: shape.id, index, at, props });
    } else if (shape.type === 'image' && finite(props.w) > 0 && finite(props.h) > 0) {
      drawn.push({ kind: 'image', id: shape.id, index, at, assetId: typeof props.assetId === 'string' ? props.assetId : null, w: finite(props.w), h: finite(props.h) });
    } else if (shape.type === 'bookmark') {
      const asset = typeof props.assetId === 'string' ? assets.get(props.assetId) : undefined;
      const url = typeof props.url === 'string' ? props.url : '';
      const title = typeof asset?.title === 'string' ? asset.title : '';
      drawn.push({ kind: 'link', id: shape.id, index, at, url, title, w: finite(props.w, 300), h: finite(props.h, 320) });
    } else {
      notDrawn++;
    }
  }
  drawn.sort((a, b) => compareIndex(a.index, b.index) || compareIndex(a.id, b.id));
  return { drawn, notDrawn };
}

/** tldraw's fractional indices compare as plain strings (code unit order). */
function compareIndex(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
