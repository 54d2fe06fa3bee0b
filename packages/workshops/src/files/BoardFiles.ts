import type { Principal } from '@canvas/access';
import type { BoardFileRow, FileRepository } from '@canvas/storage';
import { WorkshopError } from '../errors.js';
import { newId } from '../ids.js';
import type { WorkshopService } from '../WorkshopService.js';
import { DEFAULT_FILE_LIMITS, inspectFile, type FileLimits } from './fileContent.js';

export interface BoardFilesOptions {
  service: WorkshopService;
  files: FileRepository;
  /** Whether the board's document holds an image asset whose src is `fileUrl` (F5: a copied image). */
  boardHolds(boardId: string, fileUrl: string): Promise<boolean>;
  /** The path a file is served at (`/api/files/<id>`), as image assets carry it. */
  fileUrl(fileId: string): string;
  limits?: Partial<FileLimits> & { maxWorkshopBytes?: number };
  now?: () => number;
}

/** What an upload returns: the asset's `src` and what the server decided about the file. */
export interface StoredFile {
  id: string;
  src: string;
  mime: string;
  width: number;
  height: number;
  size: number;
  name: string;
}

/** A file name as shown: no path, no control or bidi characters, at most 120 characters. */
function cleanName(name: string | undefined): string {
  const base = (name ?? '').split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = base.replace(/[\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim().slice(0, 120);
  return clean || 'image';
}

/**
 * Images and PDF pages on boards (rules F1–F7 in SPEC.md): stored outside the Yjs documents, checked
 * by content, and served only to those who may read a board that holds them.
 */
export class BoardFiles {
  private readonly limits: FileLimits & { maxWorkshopBytes: number };
  private readonly now: () => number;

  constructor(private readonly options: BoardFilesOptions) {
    this.limits = { ...DEFAULT_FILE_LIMITS, maxWorkshopBytes: 200 * 1024 * 1024, ...options.limits };
    this.now = options.now ?? Date.now;
  }

  /** F1/F2/F3: puts a file on a board the caller may write; the facilitator always, participants when allowed. */
  async upload(input: { workshopId: string; boardId: string; principal: Principal; bytes: Uint8Array; name?: string }): Promise<StoredFile> {
    const { workshopId, boardId, principal, bytes } = input;
    const board = (await this.options.service.view(workshopId, principal)).boards.find((b) => b.id === boardId);
    if (!board) throw new WorkshopError(404, 'board_not_found', 'This workshop has no such board, or you may not see it.', 'boardId');
    if (board.kind === 'control') throw new WorkshopError(403, 'forbidden', 'Files cannot be put on this board.', 'boardId');
    if (board.access !== 'write') throw new WorkshopError(403, 'board_read_only', 'This board is read-only for you now, so nothing can be added to it.', 'boardId');
    if (principal.kind !== 'facilitator' && !(await this.options.service.stateFor(workshopId)).participantUploads) {
      throw new WorkshopError(403, 'uploads_not_allowed', 'Only the facilitator can put images and PDF pages on boards in this workshop.');
    }
    const { mime, width, height } = inspectFile(bytes, this.limits);
    const used = await this.options.files.workshopBytes(workshopId);
    if (used + bytes.byteLength > this.limits.maxWorkshopBytes) {
      const mb = (n: number) => `${Math.round(n / (1024 * 1024))} MB`;
      throw new WorkshopError(413, 'workshop_files_full', `This workshop's files already take ${mb(used)} of the ${mb(this.limits.maxWorkshopBytes)} a workshop may hold.`);
    }
    const row: BoardFileRow = {
      id: newId('f'),
      workshopId,
      boardId,
      uploaderId: principal.kind === 'participant' ? principal.participantId : `facilitator:${workshopId}`,
      name: cleanName(input.name),
      mime,
      width,
      height,
      size: bytes.byteLength,
      createdAt: this.now(),
    };
    await this.options.files.insert({ ...row, bytes });
    return { id: row.id, src: this.options.fileUrl(row.id), mime, width, height, size: row.size, name: row.name };
  }

  /**
   * F4/F5: a file for a reader. `viaBoardId` is the board the reader sees it on (a copy on another
   * board of the workshop); without it, the board it was uploaded to. Not found for anyone outside
   * the workshop, so ids cannot be probed.
   */
  async open(fileId: string, principal: Principal, revoked: boolean, viaBoardId?: string): Promise<{ file: BoardFileRow; bytes: Buffer }> {
    const file = await this.options.files.get(fileId);
    const notFound = () => new WorkshopError(404, 'file_not_found', 'There is no such file, or you may not see it.', 'fileId');
    if (!file) throw notFound();
    try {
      await this.options.service.authorize(file.workshopId, principal, revoked, 'workshop:read');
    } catch {
      throw notFound();
    }
    const boardId = viaBoardId ?? file.boardId;
    const readable = (await this.options.service.view(file.workshopId, principal)).boards.some((b) => b.id === boardId && b.kind !== 'control');
    const holds = boardId === file.boardId || (await this.options.boardHolds(boardId, this.options.fileUrl(fileId)));
    if (!readable || !holds) throw new WorkshopError(403, 'forbidden', 'You may not read the board this file is on.', 'fileId');
    const bytes = await this.options.files.bytes(fileId);
    if (!bytes) throw notFound();
    return { file, bytes };
  }

  /** F6: the pictures a board's export draws, by the ids of its image assets; only this workshop's files. */
  async forExport(workshopId: string, srcByAsset: ReadonlyMap<string, string>): Promise<Record<string, { mime: string; bytes: Uint8Array; width: number; height: number }>> {
    const images: Record<string, { mime: string; bytes: Uint8Array; width: number; height: number }> = {};
    for (const [assetId, src] of srcByAsset) {
      const fileId = src.split('/').pop() ?? '';
      const file = await this.options.files.get(fileId);
      if (!file || file.workshopId !== workshopId || this.options.fileUrl(fileId) !== src) continue;
      const bytes = await this.options.files.bytes(fileId);
      if (bytes) images[assetId] = { mime: file.mime, bytes: new Uint8Array(bytes), width: file.width, height: file.height };
    }
    return images;
  }
}
