/**
 * `@canvas/board-render`: pictures of a board for exports. `renderBoardSvg` draws a self-contained
 * SVG; `renderBoardPdf` / `renderWorkshopPdf` draw landscape A4 or A3 pages with pdf-lib. Both
 * draw the same layout (`layoutBoard`): the template's frame and areas, the sticky notes where they
 * are, simple text and geo shapes, and the structured fields. Pure functions: no DOM, no tldraw.
 */
export { PAPERS, type BoardImage, type BoardPdfInput, type BoardRenderInput, type Box, type DrawItem, type Drawing, type Paper, type Rotation } from './types.js';
export { renderBoardSvg, escapeXml, FONT_FAMILY } from './svg.js';
export { renderBoardPdf, renderWorkshopPdf, PAGE_SIZES, type WorkshopPdfOptions } from './pdf.js';
export { layoutBoard, boardWords, type LayoutOptions } from './layout.js';
export { readShapes, shapeText, type BoardShapes, type PagePlacement, type PlacedShape } from './shapes.js';
export { NOTE_FILL, SOLID, SEMI, AREA_TINT, INK, noteFill } from './palette.js';
export { typefaceWidth, wrapText, fitLine, type MeasureText, type TextMetrics, type WrapOptions, type WrappedText } from './text.js';
export { RENDER_LIMITS } from './limits.js';
