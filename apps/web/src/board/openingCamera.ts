/**
 * Where a board opens. The whole canvas when it can be read; otherwise (phones) the area being worked
 * on at a readable zoom, so nobody starts on a worksheet shrunk to a stamp.
 */

export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface OpeningCanvas {
  frame: { w: number; h: number };
  areas: { rect: Rect }[];
}

/** The whole canvas opens at this zoom or more (a tablet: titles and area labels still legible). */
export const OVERVIEW_ZOOM = 0.4;
/** Otherwise one area opens at this zoom or more: its 22px label at ≥ 13 screen px, questions at 9. */
export const AREA_ZOOM = 0.6;

/**
 * Screen space the board's own overlays take (tldraw's menu and our connection badge on top, the
 * toolbar at the bottom), kept free so that nothing of the canvas opens underneath them.
 */
export const OVERLAY_INSETS = { top: 56, right: 12, bottom: 76, left: 12 };

/**
 * The tldraw camera (`screen = (page + camera) · z`) for a viewport. `notes` are note centres in page
 * coordinates in stacking order: the last one is the most recent, and its area is "the area being
 * worked on"; with no notes it is the first area.
 */
export function openingCamera(viewport: { w: number; h: number }, canvas: OpeningCanvas, notes: { x: number; y: number }[]): { x: number; y: number; z: number } {
  const inner = {
    x: OVERLAY_INSETS.left,
    y: OVERLAY_INSETS.top,
    w: Math.max(1, viewport.w - OVERLAY_INSETS.left - OVERLAY_INSETS.right),
    h: Math.max(1, viewport.h - OVERLAY_INSETS.top - OVERLAY_INSETS.bottom),
  };
  const frame = { x: 0, y: 0, w: canvas.frame.w, h: canvas.frame.h };
  const fitFrame = Math.min(inner.w / frame.w, inner.h / frame.h, 1);
  if (fitFrame >= OVERVIEW_ZOOM || canvas.areas.length === 0) return centre(inner, frame, fitFrame);

  const latest = notes[notes.length - 1];
  const { rect } = (latest && canvas.areas.find((area) => contains(area.rect, latest))) ?? canvas.areas[0]!;
  // The area's width fills the screen (a phone is tall: the height follows), never below AREA_ZOOM;
  // its top edge, with the label and questions, at the top of the free space.
  const z = Math.min(Math.max(inner.w / rect.w, AREA_ZOOM), 1);
  const left = rect.w * z <= inner.w ? inner.x + (inner.w - rect.w * z) / 2 : inner.x;
  return { x: left / z - rect.x, y: inner.y / z - rect.y, z };
}

function centre(inner: Rect, target: Rect, z: number): { x: number; y: number; z: number } {
  const screenX = inner.x + (inner.w - target.w * z) / 2;
  const screenY = inner.y + (inner.h - target.h * z) / 2;
  return { x: screenX / z - target.x, y: screenY / z - target.y, z };
}

function contains(rect: Rect, point: { x: number; y: number }): boolean {
  return point.x >= rect.x && point.x < rect.x + rect.w && point.y >= rect.y && point.y < rect.y + rect.h;
}
