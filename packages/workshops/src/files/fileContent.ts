import { imageSize } from 'image-size';
import { WorkshopError } from '../errors.js';

/** What a board file may be (F2). */
export interface FileLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Largest image side, in pixels (a browser decodes the whole picture). */
  maxSide: number;
  /** Most pixels in one image (width × height). */
  maxPixels: number;
}

export const DEFAULT_FILE_LIMITS: FileLimits = { maxBytes: 10 * 1024 * 1024, maxSide: 12_000, maxPixels: 40_000_000 };

/** The types a board file may have. Others are converted by the app before upload (F3). */
export const BOARD_FILE_TYPES = { png: 'image/png', jpg: 'image/jpeg' } as const;
export type BoardFileType = (typeof BOARD_FILE_TYPES)[keyof typeof BOARD_FILE_TYPES];

const mb = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** Types people try to upload, named from their first bytes, to say what was refused and why. */
function recognise(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.subarray(0, 512)).toString('latin1').trimStart().toLowerCase();
  if (head.startsWith('%pdf-')) return 'a PDF document (the app shows its pages as images)';
  if (head.startsWith('<svg') || (head.startsWith('<?xml') && head.includes('<svg'))) return 'an SVG drawing (the app converts it to a picture first)';
  if (head.startsWith('<!doctype html') || head.startsWith('<html') || head.includes('<script')) return 'an HTML page';
  return null;
}

/**
 * The file's type and size in pixels, decided from its content, never from its name or the type the
 * client claims (F3). Anything that is not a PNG or JPEG picture within the limits is refused with a
 * 4xx that says why.
 */
export function inspectFile(bytes: Uint8Array, limits: FileLimits = DEFAULT_FILE_LIMITS): { mime: BoardFileType; width: number; height: number } {
  if (bytes.byteLength === 0) throw new WorkshopError(400, 'empty_file', 'The file is empty.', 'body');
  if (bytes.byteLength > limits.maxBytes) {
    throw new WorkshopError(413, 'file_too_large', `The file is ${mb(bytes.byteLength)}; files on boards may be at most ${mb(limits.maxBytes)}.`, 'body');
  }
  const known = recognise(bytes);
  let info: { type?: string; width?: number; height?: number } | null = null;
  try {
    info = imageSize(bytes);
  } catch {
    info = null;
  }
  const mime = info?.type ? BOARD_FILE_TYPES[info.type as keyof typeof BOARD_FILE_TYPES] : undefined;
  if (!mime || !info?.width || !info.height) {
    const what = known ?? (info?.type ? `a ${info.type.toUpperCase()} image` : 'not a picture this server can show');
    throw new WorkshopError(415, 'unsupported_file_type', `Boards take PNG and JPEG pictures; this file is ${what}.`, 'body');
  }
  const { width, height } = info;
  if (width > limits.maxSide || height > limits.maxSide || width * height > limits.maxPixels) {
    throw new WorkshopError(
      413,
      'image_too_large',
      `The picture is ${width} × ${height} pixels; pictures on boards may be at most ${limits.maxSide} pixels on a side and ${limits.maxPixels / 1_000_000} million pixels.`,
      'body',
    );
  }
  return { mime, width, height };
}
