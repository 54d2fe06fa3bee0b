import type { Lang, Template } from '@canvas/templates';

/** Paper sizes of the PDF; pages are always landscape. */
export const PAPERS = ['a4', 'a3'] as const;
export type Paper = (typeof PAPERS)[number];

/** One board to render. */
export interface BoardRenderInput {
  /** The board's template; `null` for a blank board (then only its shapes are drawn). */
  template: Template | null;
  /** Every tldraw record of the board (as `readRecords(doc)` returns them). */
  records: readonly unknown[];
  /** Structured field values keyed by field id (as `readFields(doc)` returns them). */
  fields?: Readonly<Record<string, unknown>>;
  /** Heading of the render, e.g. the canvas title. */
  title: string;
  /** Second heading line, e.g. "Group 2 · Workshop title". */
  subtitle?: string;
  /** Language of template labels and of the render's own words. Note text is never translated. */
  lang?: Lang;
  /** Shown in the PDF header; defaults to the time of rendering. */
  exportedAt?: Date;
  /** Pictures of the board's image assets, by asset id; an image without one is drawn as a labelled box. */
  images?: Readonly<Record<string, BoardImage>>;
}

/** A picture on a board (a PNG or JPEG file the server stored). */
export interface BoardImage {
  mime: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

/** One board rendered as a PDF page. */
export interface BoardPdfInput extends BoardRenderInput {
  paper?: Paper;
}

/** A rectangle in board units. */
export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A rotation in degrees (clockwise, as on screen) around a point. */
export interface Rotation {
  degrees: number;
  x: number;
  y: number;
}

/**
 * What the renders draw, in board units (tldraw page units, y pointing down). Both the SVG and
 * the PDF renderer draw the same list, so they show the same picture.
 */
export type DrawItem =
  | {
      kind: 'rect';
      x: number;
      y: number;
      w: number;
      h: number;
      fill?: string;
      fillOpacity?: number;
      stroke?: string;
      strokeOpacity?: number;
      strokeWidth?: number;
      radius?: number;
      dashed?: boolean;
    }
  | {
      kind: 'ellipse';
      cx: number;
      cy: number;
      rx: number;
      ry: number;
      fill?: string;
      stroke?: string;
      strokeWidth?: number;
      dashed?: boolean;
    }
  | {
      kind: 'text';
      /** Anchor point of the lines (left edge, centre or right edge, per `anchor`). */
      x: number;
      /** Baseline of the first line. */
      y: number;
      lines: string[];
      size: number;
      lineHeight: number;
      bold?: boolean;
      color: string;
      anchor: 'start' | 'middle' | 'end';
    }
  | {
      /** A picture of the board (`images[assetId]`), stretched to the box as tldraw shows it. */
      kind: 'image';
      x: number;
      y: number;
      w: number;
      h: number;
      assetId: string;
    }
  | {
      kind: 'group';
      /** What the group shows (`note`, `area`, `field`, …): a class in the SVG. */
      role: string;
      /** The board id of the shown thing (a shape or area id), if any. */
      ref?: string;
      rotate?: Rotation;
      items: DrawItem[];
    };

/** A laid-out board. */
export interface Drawing {
  /** Everything drawn lies inside. */
  bounds: Box;
  /** The board's own part (frame, areas, shapes, fields) without the heading. */
  board: Box;
  items: DrawItem[];
  counts: { notes: number; shapes: number; notDrawn: number };
}
