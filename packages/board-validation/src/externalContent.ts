/**
 * What a board may point at (SPEC V6). Images live on the server as board files, never inline in the
 * shared document (a pasted photo would make every sync and snapshot megabytes larger), and nothing on
 * a board makes a browser fetch from another site: schools must be able to promise that opening a
 * board talks to no one but our server.
 */

/** Board files are served at `/api/files/<id>`; ids are the server's (`f_` + url-safe characters). */
const BOARD_FILE_URL = /^\/api\/files\/(f_[A-Za-z0-9_-]{8,64})$/;

/** The path a board file is served at (what an image asset's `src` holds). */
export function boardFileUrl(fileId: string): string {
  return `/api/files/${fileId}`;
}

/** The file id in an image asset's `src`, or null when it is not a board file. */
export function boardFileId(src: unknown): string | null {
  return typeof src === 'string' ? (BOARD_FILE_URL.exec(src)?.[1] ?? null) : null;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

function isWebLink(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/** Why a record points somewhere a board may not, or null. Runs after tldraw's validator accepted it. */
export function externalContentProblem(record: unknown): string | null {
  const { typeName, type, props } = record as { typeName?: unknown; type?: unknown; props?: Record<string, unknown> };
  if (typeName === 'asset') {
    if (type === 'image') {
      // An upload in progress has no src yet; then it must be a board file.
      if (isEmpty(props?.src) || boardFileId(props?.src) !== null) return null;
      return 'an image must be a file stored on the server (/api/files/…), not inline data or another site';
    }
    if (type === 'video') return 'videos are not stored on boards: put a link to them instead';
    if (type === 'bookmark') {
      if (!isEmpty(props?.src) && !isWebLink(props?.src)) return 'a link card must point to an http(s) address';
      if (!isEmpty(props?.image) || !isEmpty(props?.favicon)) return "a link card may not load the site's picture or icon";
      return null;
    }
    return null;
  }
  if (typeName === 'shape' && (type === 'embed' || type === 'video')) {
    return type === 'embed' ? 'embedded pages would load from another site: use a link card, which opens in a new tab' : 'videos are not stored on boards: put a link to them instead';
  }
  return null;
}
