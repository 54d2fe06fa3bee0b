/**
 * `@canvas/export-jobs`: exports made off the event loop. The server reads a board's document and
 * hands {@link ExportPool.run} a plain {@link ExportJob}; a worker thread turns it into the file
 * ({@link runExportJob}) within a time budget. File names: {@link boardFileName} and friends.
 * Rules: SPEC.md.
 */
export { BOARD_FORMATS, WORKSHOP_FORMATS, runExportJob, type BoardFormat, type ExportBoard, type ExportContext, type ExportJob, type ExportResult, type WorkshopFormat } from './jobs.js';
export { ExportPool, ExportBusyError, ExportMemoryError, ExportTimeoutError, defaultExportThreads, type ExportPoolOptions } from './pool.js';
export { SLUG_MAX, boardFileName, fileSlug, microCredentialFileName, workshopFileName } from './fileNames.js';
