import { readRecords } from '@canvas/board-model';
import { boardFileUrl } from '@canvas/board-validation';
import type { FileRepository } from '@canvas/storage';
import type { BoardDocs } from './boardDocs.js';
import { BoardFiles, type WorkshopService } from '@canvas/workshops';

const MB = 1024 * 1024;

/** Wiring of files on boards: the rules (@canvas/workshops › files) over the store and the live documents. */
export function boardFiles(options: { service: WorkshopService; files: FileRepository; sync: BoardDocs; maxMb: number; workshopMb: number }): BoardFiles {
  const { service, files, sync } = options;
  return new BoardFiles({
    service,
    files,
    fileUrl: boardFileUrl,
    // F5: an image copied to another board of the workshop is readable there while that board holds it.
    boardHolds: async (boardId, url) =>
      await sync.withDoc(boardId, (doc) =>
        readRecords(doc).some((record) => {
          const r = record as { typeName?: unknown; props?: { src?: unknown } };
          return r.typeName === 'asset' && r.props?.src === url;
        }),
      ),
    limits: { maxBytes: options.maxMb * MB, maxWorkshopBytes: options.workshopMb * MB },
  });
}

/** The image assets of a board's records by id, with their `src` (for the export's pictures, F6). */
export function imageSources(records: readonly unknown[]): Map<string, string> {
  const sources = new Map<string, string>();
  for (const record of records) {
    const r = record as { typeName?: unknown; type?: unknown; id?: unknown; props?: { src?: unknown } };
    if (r.typeName === 'asset' && r.type === 'image' && typeof r.id === 'string' && typeof r.props?.src === 'string') sources.set(r.id, r.props.src);
  }
  return sources;
}
