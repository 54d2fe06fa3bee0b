import {
  PDFDocument,
  PageSizes,
  StandardFonts,
  concatTransformationMatrix,
  popGraphicsState,
  pushGraphicsState,
  rgb,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { WORDS, layoutBoard } from './layout.js';
import { INK } from './palette.js';
import { fitLine, type TextMetrics } from './text.js';
import type { BoardPdfInput, BoardRenderInput, Box, DrawItem, Paper } from './types.js';
import { toEncodable } from './winAnsi.js';

/** Landscape page sizes in PDF points (1/72 inch). */
export const PAGE_SIZES: Readonly<Record<Paper, readonly [number, number]>> = {
  a4: [PageSizes.A4[1], PageSizes.A4[0]],
  a3: [PageSizes.A3[1], PageSizes.A3[0]],
};

/** Options for {@link renderWorkshopPdf}. */
export interface WorkshopPdfOptions {
  paper?: Paper;
  /** Document title (PDF metadata); defaults to the first board's title. */
  title?: string;
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
  metrics: TextMetrics;
}

function color(hex: string): RGB {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value.slice(0, 6);
  const int = Number.parseInt(full, 16);
  if (!Number.isFinite(int)) return rgb(0, 0, 0);
  return rgb(((int >> 16) & 255) / 255, ((int >> 8) & 255) / 255, (int & 255) / 255);
}

function formatDate(date: Date, lang: 'en' | 'de'): string {
  try {
    const text = new Intl.DateTimeFormat(lang === 'de' ? 'de-DE' : 'en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date);
    return `${text} UTC`;
  } catch {
    return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
  }
}

/** Maps board units into a box on the page (PDF y points up). */
class PageMapper {
  constructor(
    private readonly source: Box,
    private readonly left: number,
    private readonly top: number,
    readonly scale: number,
  ) {}
  x(bx: number): number {
    return this.left + (bx - this.source.x) * this.scale;
  }
  y(by: number): number {
    return this.top - (by - this.source.y) * this.scale;
  }
}

function drawItem(page: PDFPage, d: DrawItem, map: PageMapper, fonts: Fonts): void {
  const s = map.scale;
  switch (d.kind) {
    case 'rect': {
      const dash = d.dashed ? [(d.strokeWidth ?? 1) * 3 * s, (d.strokeWidth ?? 1) * 2 * s] : undefined;
      page.drawRectangle({
        x: map.x(d.x),
        y: map.y(d.y + d.h),
        width: d.w * s,
        height: d.h * s,
        ...(d.fill ? { color: color(d.fill), opacity: d.fillOpacity ?? 1 } : {}),
        ...(d.stroke
          ? { borderColor: color(d.stroke), borderWidth: (d.strokeWidth ?? 1) * s, borderOpacity: d.strokeOpacity ?? 1, ...(dash ? { borderDashArray: dash } : {}) }
          : {}),
      });
      return;
    }
    case 'ellipse':
      page.drawEllipse({
        x: map.x(d.cx),
        y: map.y(d.cy),
        xScale: d.rx * s,
        yScale: d.ry * s,
        ...(d.fill ? { color: color(d.fill) } : {}),
        ...(d.stroke ? { borderColor: color(d.stroke), borderWidth: (d.strokeWidth ?? 1) * s } : {}),
        ...(d.dashed ? { borderDashArray: [(d.strokeWidth ?? 1) * 3 * s, (d.strokeWidth ?? 1) * 2 * s] } : {}),
      });
      return;
    case 'text': {
      const font = d.bold ? fonts.bold : fonts.regular;
      const size = d.size * s;
      d.lines.forEach((line, i) => {
        if (line === '') return;
        const width = font.widthOfTextAtSize(line, size);
        const x = map.x(d.x) - (d.anchor === 'middle' ? width / 2 : d.anchor === 'end' ? width : 0);
        page.drawText(line, { x, y: map.y(d.y + i * d.lineHeight), size, font, color: color(d.color) });
      });
      return;
    }
    case 'group': {
      if (d.rotate) {
        // Rotate around the shape's corner: clockwise on screen is counter-clockwise in PDF space.
        const phi = (-d.rotate.degrees * Math.PI) / 180;
        const px = map.x(d.rotate.x);
        const py = map.y(d.rotate.y);
        const cos = Math.cos(phi);
        const sin = Math.sin(phi);
        page.pushOperators(pushGraphicsState(), concatTransformationMatrix(cos, sin, -sin, cos, px - px * cos + py * sin, py - px * sin - py * cos));
      }
      for (const child of d.items) drawItem(page, child, map, fonts);
      if (d.rotate) page.pushOperators(popGraphicsState());
      return;
    }
  }
}

function addBoardPage(doc: PDFDocument, input: BoardRenderInput, paper: Paper, fonts: Fonts, pageNumber: number, pageCount: number): void {
  const [width, height] = PAGE_SIZES[paper];
  const page = doc.addPage([width, height]);
  const lang = input.lang ?? 'en';
  const k = paper === 'a3' ? Math.SQRT2 : 1;
  const margin = 30 * k;
  const { metrics, regular, bold } = fonts;
  const ink = color(INK.text);
  const muted = color(INK.muted);

  // Header: title and date on the first line, subtitle (group · workshop) under it, then a rule.
  const titleSize = 16 * k;
  const smallSize = 9.5 * k;
  let y = height - margin - titleSize * 0.75;
  const date = metrics.sanitize(`${WORDS[lang].exported} ${formatDate(input.exportedAt ?? new Date(), lang)}`);
  const dateWidth = regular.widthOfTextAtSize(date, smallSize);
  page.drawText(date, { x: width - margin - dateWidth, y, size: smallSize, font: regular, color: muted });
  const title = fitLine(metrics.sanitize(input.title), { measure: metrics.measure, size: titleSize, bold: true, width: width - 2 * margin - dateWidth - 20 * k });
  page.drawText(title, { x: margin, y, size: titleSize, font: bold, color: ink });
  if (input.subtitle) {
    y -= smallSize + 6 * k;
    const subtitle = fitLine(metrics.sanitize(input.subtitle), { measure: metrics.measure, size: smallSize + 1, width: width - 2 * margin });
    page.drawText(subtitle, { x: margin, y, size: smallSize + 1, font: regular, color: muted });
  }
  y -= 8 * k;
  page.drawLine({ start: { x: margin, y }, end: { x: width - margin, y }, thickness: 0.75, color: color(INK.line) });
  const footerSize = 7.5 * k;
  const footer = metrics.sanitize(`${WORDS[lang].page} ${pageNumber} / ${pageCount}`);
  page.drawText(footer, {
    x: width - margin - regular.widthOfTextAtSize(footer, footerSize),
    y: margin / 2,
    size: footerSize,
    font: regular,
    color: color(INK.faint),
  });
  page.drawText('Canvas Sessions', { x: margin, y: margin / 2, size: footerSize, font: regular, color: color(INK.faint) });

  // The board, scaled to fit between the header and the footer, centred horizontally.
  const drawing = layoutBoard(input, metrics, { heading: false });
  const area = { left: margin, top: y - 10 * k, width: width - 2 * margin, bottom: margin / 2 + footerSize + 6 * k };
  const availableHeight = area.top - area.bottom;
  // Small boards (a few notes) are not blown up beyond about print size of the board on screen.
  const scale = Math.min(area.width / drawing.bounds.w, availableHeight / drawing.bounds.h, 0.6 * k);
  const left = area.left + (area.width - drawing.bounds.w * scale) / 2;
  const map = new PageMapper(drawing.bounds, left, area.top, scale);
  for (const item of drawing.items) drawItem(page, item, map, fonts);
}

/**
 * One PDF with one landscape page per board (A4 or A3): a header with title, subtitle and export
 * date, the board scaled to fit with margins, and page numbers. Drawn with pdf-lib primitives and
 * the standard Helvetica fonts; characters those cannot encode are replaced, never thrown on.
 */
export async function renderWorkshopPdf(boards: readonly BoardRenderInput[], options: WorkshopPdfOptions = {}): Promise<Uint8Array> {
  const paper = options.paper ?? 'a4';
  const doc = await PDFDocument.create();
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  // Both standard fonts share the WinAnsi character set.
  const characters = new Set(regular.getCharacterSet());
  const fonts: Fonts = {
    regular,
    bold,
    metrics: {
      measure: (text, size, isBold) => (isBold ? bold : regular).widthOfTextAtSize(text, size),
      sanitize: (text) => toEncodable(text, characters),
    },
  };
  const first = boards[0];
  const exportedAt = first?.exportedAt ?? new Date();
  doc.setTitle(toEncodable(options.title ?? first?.title ?? 'Canvas Sessions', characters));
  doc.setCreator('Canvas Sessions');
  doc.setProducer('Canvas Sessions (pdf-lib)');
  doc.setCreationDate(exportedAt);
  doc.setModificationDate(exportedAt);
  if (first?.lang) doc.setLanguage(first.lang);
  if (boards.length === 0) {
    addBoardPage(doc, { template: null, records: [], title: options.title ?? 'Canvas Sessions', exportedAt }, paper, fonts, 1, 1);
  }
  boards.forEach((board, i) => addBoardPage(doc, board, paper, fonts, i + 1, boards.length));
  return doc.save();
}

/** One board as a one-page landscape PDF (see {@link renderWorkshopPdf}). */
export async function renderBoardPdf(input: BoardPdfInput): Promise<Uint8Array> {
  return renderWorkshopPdf([input], { paper: input.paper ?? 'a4', title: input.title });
}
