/**
 * Size limits of what one update may add (SPEC 3.5, 3.6): the largest single value it carries, and
 * the board's size after it. Both are checked before the update touches the board, so a refused
 * update stores nothing and everything already stored stays.
 */
import * as Y from 'yjs';

export interface DecodedUpdate {
  structs: Array<Y.Item | Y.GC | Y.Skip>;
  ds: unknown;
}

/** Bytes of one struct's content as a client would see it (JSON text for JSON values). */
function contentBytes(content: unknown): number {
  if (content instanceof Y.ContentString) return content.str.length;
  if (content instanceof Y.ContentBinary) return content.content.length;
  if (content instanceof Y.ContentAny || content instanceof Y.ContentJSON) {
    // One entry is one value (a record, a field value): the largest entry is what counts.
    let largest = 0;
    for (const value of content.arr) largest = Math.max(largest, jsonBytes(value));
    return largest;
  }
  if (content instanceof Y.ContentEmbed) return jsonBytes(content.embed);
  if (content instanceof Y.ContentFormat) return jsonBytes(content.value) + content.key.length;
  return 0;
}

function jsonBytes(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The size of the largest value in the update (UTF-16 code units of its JSON text, or bytes). */
export function largestValueBytes(decoded: DecodedUpdate): number {
  let largest = 0;
  for (const struct of decoded.structs) {
    if (struct instanceof Y.Item) largest = Math.max(largest, contentBytes(struct.content));
  }
  return largest;
}

/** Whether the update adds anything (a pure deletion only ever shrinks a board). */
export function addsContent(decoded: DecodedUpdate): boolean {
  return decoded.structs.some((struct) => struct instanceof Y.Item);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB`;
  if (bytes >= 1024) return `${Math.round((bytes / 1024) * 10) / 10} KiB`;
  return `${bytes} bytes`;
}
