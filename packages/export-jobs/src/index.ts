/**
 * `@canvas/export-jobs`: exports made off the event loop. The server reads a board's document and
 * hands {@link ExportPool.run} a plain {@link ExportJob}; a worker thread turns it into the file
 * (`src/run.ts`, loaded only by the worker, so the server does not load the renderers) within a
 * time budget. File names: {@link boardFileName} and friends. Rules: SPEC.md.
 */
export { BOARD_FORMATS, PAPERS, WORKSHOP_FORMATS, type BoardFormat, type ExportBoard, type ExportContext, type ExportJob, type ExportResult, type WorkshopFormat } from './job.js';
export { ExportPool, ExportBusyError, ExportMemoryError, ExportTimeoutError, defaultExportThreads, type ExportPoolOptions } from './pool.js';
export { SLUG_MAX, boardFileName, fileSlug, microCredentialFileName, workshopFileName } from './fileNames.js';
