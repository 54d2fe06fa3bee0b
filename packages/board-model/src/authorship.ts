import type { StoredRecord } from './readBoard.js';

/**
 * Replaces the authorship a client wrote into shapes (`meta.authorId`, `meta.authorName`) with the
 * authorship the server recorded when it accepted the update that created each record. A shape the
 * server has no author for shows none: a client-written name is never shown as an author.
 */
export function withServerAuthors(
  records: readonly StoredRecord[],
  authorOf: (recordId: string) => { id: string; name: string | null } | null,
): StoredRecord[] {
  return records.map((record) => {
    if (record.typeName !== 'shape') return record;
    const { authorId: _id, authorName: _name, ...meta } = (record.meta ?? {}) as Record<string, unknown>;
    const author = authorOf(record.id);
    if (author) {
      meta.authorId = author.id;
      if (author.name !== null) meta.authorName = author.name;
    }
    return { ...record, meta };
  });
}
