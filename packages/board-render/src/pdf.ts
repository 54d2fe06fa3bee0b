import { PdfTypeface, toDrawable, typefaceMetrics } from '@canvas/typeface';
import { PDFDocument, PageSizes, concatTransformationMatrix, popGraphicsState, pushGraphicsState, rgb, type PDFImage, type PDFPage, type RGB } from 'pdf-lib';
import { boardWords, layoutBoard } from './layout.js';
import { catalogue } from '@canvas/i18n';
import { capped, RENDER_LIMITS } from './limits.js';
import { INK } from './palette.js';
import { fitLine, type TextMetrics } from './text.js';
import type { BoardPdfInput, BoardRenderInput, Box, DrawItem, Drawing, Paper } from './types.js';

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

/** The layout's view of the typeface: its widths, and text reduced to what the embedded faces draw. */
const pdfMetrics: TextMetrics = {
  measure: (text, size, bold) => typefaceMetrics().measure(text, size, bold),
  sanitize: (text) => toDrawable(text, (char) => typefaceMetrics().coverageOf(char) !== null),
};

function color(hex: string): RGB {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value.slice(0, 6);
  const int = Number.parseInt(full, 16);
  if (!Number.isFinite(int)) return rgb(0, 0, 0);
  return rgb(((int >> 16) & 255) / 255, ((int >> 8) & 255) / 255, (int & 255) / 255);
}

function formatDate(date: Date, lang: string): string {
  try {
    const text = new Intl.DateTimeFormat(catalogue(lang).meta.locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(date);
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

function drawItem(page: PDFPage, d: DrawItem, map: PageMapper, typeface: PdfTypeface, pictures: ReadonlyMap<string, PDFImage>): void {
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
      const size = d.size * s;
      d.lines.forEach((line, i) => {
        typeface.drawLine(page, line, { x: map.x(d.x), y: map.y(d.y + i * d.lineHeight), size, bold: d.bold ?? false, color: color(d.color), anchor: d.anchor });
      });
      return;
    }
    case 'image': {
      const picture = pictures.get(d.assetId);
      if (picture) page.drawImage(picture, { x: map.x(d.x), y: map.y(d.y + d.h), width: d.w * s, height: d.h * s });
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
      for (const child of d.items) drawItem(page, child, map, typeface, pictures);
      if (d.rotate) page.pushOperators(popGraphicsState());
      return;
    }
  }
}

/** The pictures a page draws, embedded once each (PNG or JPEG, as the server stored them). */
async function embedPictures(doc: PDFDocument, plan: PagePlan): Promise<Map<string, PDFImage>> {
  const embedded = new Map<string, PDFImage>();
  const images = plan.input.images;
  if (!images) return embedded;
  const walk = async (items: readonly DrawItem[]): Promise<void> => {
    for (const item of items) {
      if (item.kind === 'group') await walk(item.items);
      else if (item.kind === 'image' && !embedded.has(item.assetId)) {
        const picture = images[item.assetId];
        if (!picture) continue;
        try {
          embedded.set(item.assetId, picture.mime === 'image/jpeg' ? await doc.embedJpg(picture.bytes) : await doc.embedPng(picture.bytes));
        } catch {
          // A file pdf-lib cannot read (e.g. an interlaced PNG variant) leaves its box empty rather than failing the export.
        }
      }
    }
  };
  await walk(plan.drawing.items);
  return embedded;
}

/** One page before drawing: its texts are known, so the embedded faces can hold exactly them. */
interface PagePlan {
  input: BoardRenderInput;
  drawing: Drawing;
  header: { title: string; subtitle: string | null; date: string; footer: string };
}

function planPage(input: BoardRenderInput, pageNumber: number, pageCount: number): PagePlan {
  const lang = input.lang ?? 'en';
  const sanitize = pdfMetrics.sanitize;
  return {
    input,
    drawing: layoutBoard(input, pdfMetrics, { heading: false }),
    header: {
      title: sanitize(capped(input.title, RENDER_LIMITS.name)),
      subtitle: input.subtitle ? sanitize(capped(input.subtitle, RENDER_LIMITS.name)) : null,
      date: sanitize(`${boardWords(lang).exported} ${formatDate(input.exportedAt ?? new Date(), lang)}`),
      footer: sanitize(`${boardWords(lang).page} ${pageNumber} / ${pageCount}`),
    },
  };
}

/** Every text a page draws (header and board), for the font subsets. */
function* pageTexts(plan: PagePlan): Generator<string> {
  const { header } = plan;
  yield header.title;
  if (header.subtitle) yield header.subtitle;
  yield header.date;
  yield header.footer;
  yield 'Canvas Sessions';
  const walk = function* (items: readonly DrawItem[]): Generator<string> {
    for (const item of items) {
      if (item.kind === 'text') yield* item.lines;
      else if (item.kind === 'group') yield* walk(item.items);
    }
  };
  yield* walk(plan.drawing.items);
}

function drawPage(doc: PDFDocument, plan: PagePlan, paper: Paper, typeface: PdfTypeface, pictures: ReadonlyMap<string, PDFImage>): void {
  const [width, height] = PAGE_SIZES[paper];
  const page = doc.addPage([width, height]);
  const k = paper === 'a3' ? Math.SQRT2 : 1;
  const margin = 30 * k;
  const ink = color(INK.text);
  const muted = color(INK.muted);
  const { header, drawing } = plan;
  const measure = pdfMetrics.measure;

  // Header: title and date on the first line, subtitle (group · workshop) under it, then a rule.
  const titleSize = 16 * k;
  const smallSize = 9.5 * k;
  let y = height - margin - titleSize * 0.75;
  const dateWidth = measure(header.date, smallSize, false);
  typeface.drawLine(page, header.date, { x: width - margin, y, size: smallSize, color: muted, anchor: 'end' });
  const title = fitLine(header.title, { measure, size: titleSize, bold: true, width: width - 2 * margin - dateWidth - 20 * k });
  typeface.drawLine(page, title, { x: margin, y, size: titleSize, bold: true, color: ink });
  if (header.subtitle) {
    y -= smallSize + 6 * k;
    const subtitle = fitLine(header.subtitle, { measure, size: smallSize + 1, width: width - 2 * margin });
    typeface.drawLine(page, subtitle, { x: margin, y, size: smallSize + 1, color: muted });
  }
  y -= 8 * k;
  page.drawLine({ start: { x: margin, y }, end: { x: width - margin, y }, thickness: 0.75, color: color(INK.line) });
  const footerSize = 7.5 * k;
  typeface.drawLine(page, header.footer, { x: width - margin, y: margin / 2, size: footerSize, color: color(INK.faint), anchor: 'end' });
  typeface.drawLine(page, 'Canvas Sessions', { x: margin, y: margin / 2, size: footerSize, color: color(INK.faint) });

  // The board, scaled to fit between the header and the footer, centred horizontally.
  const area = { left: margin, top: y - 10 * k, width: width - 2 * margin, bottom: margin / 2 + footerSize + 6 * k };
  const availableHeight = area.top - area.bottom;
  // Small boards (a few notes) are not blown up beyond about print size of the board on screen.
  const scale = Math.min(area.width / drawing.bounds.w, availableHeight / drawing.bounds.h, 0.6 * k);
  const left = area.left + (area.width - drawing.bounds.w * scale) / 2;
  const map = new PageMapper(drawing.bounds, left, area.top, scale);
  for (const item of drawing.items) drawItem(page, item, map, typeface, pictures);
}

/**
 * One PDF with one landscape page per board (A4 or A3): a header with title, subtitle and export
 * date, the board scaled to fit with margins, and page numbers. Text is set in the export typeface
 * (Noto Sans, with DejaVu Sans for symbols; `@canvas/typeface`), embedded as subsets of the
 * characters drawn, so names in any European script print as written. Every board is laid out
 * first; the faces are then embedded holding exactly the characters the pages draw.
 */
export async function renderWorkshopPdf(boards: readonly BoardRenderInput[], options: WorkshopPdfOptions = {}): Promise<Uint8Array> {
  const paper = options.paper ?? 'a4';
  const first = boards[0];
  const exportedAt = first?.exportedAt ?? new Date();
  const inputs = boards.length > 0 ? boards : [{ template: null, records: [], title: options.title ?? 'Canvas Sessions', exportedAt }];
  const plans = inputs.map((input, i) => planPage(input, i + 1, inputs.length));

  const doc = await PDFDocument.create();
  const typeface = await PdfTypeface.embed(doc, (function* () {
    for (const plan of plans) yield* pageTexts(plan);
  })());
  doc.setTitle(pdfMetrics.sanitize(capped(options.title ?? first?.title ?? 'Canvas Sessions', RENDER_LIMITS.name)));
  doc.setCreator('Canvas Sessions');
  doc.setProducer('Canvas Sessions (pdf-lib)');
  doc.setCreationDate(exportedAt);
  doc.setModificationDate(exportedAt);
  if (first?.lang) doc.setLanguage(first.lang);
  for (const plan of plans) drawPage(doc, plan, paper, typeface, await embedPictures(doc, plan));
  return doc.save();
}

/** One board as a one-page landscape PDF (see {@link renderWorkshopPdf}). */
export async function renderBoardPdf(input: BoardPdfInput): Promise<Uint8Array> {
  return renderWorkshopPdf([input], { paper: input.paper ?? 'a4', title: input.title });
}
