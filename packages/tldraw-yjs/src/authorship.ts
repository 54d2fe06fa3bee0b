import type { TLShape, TLStore } from 'tldraw';

/** Who is editing, as stamped into shape meta. */
export interface Author {
  id: string;
  name: string;
}

/** The meta fields this package stamps on shapes. Exports read them. */
export interface AuthorshipMeta {
  authorId: string;
  authorName: string;
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
}

export interface StampAuthorshipOptions {
  store: TLStore;
  /** The current author, read at every change (so a rename applies to later edits). */
  getAuthor: () => Author | null;
  now?: () => Date;
}

/**
 * Stamps `meta.authorId`, `meta.authorName`, `meta.createdAt` and `meta.updatedAt` on shapes the
 * local user creates, and refreshes `meta.updatedAt` on shapes the local user changes. Remote
 * changes (applied with `mergeRemoteChanges`) are left as they arrive. Returns a function that
 * stops stamping.
 */
export function stampAuthorship({ store, getAuthor, now = () => new Date() }: StampAuthorshipOptions): () => void {
  const offCreate = store.sideEffects.registerBeforeCreateHandler('shape', (shape, source) => {
    if (source !== 'user') return shape;
    const author = getAuthor();
    const at = now().toISOString();
    const stamp: Partial<AuthorshipMeta> = { createdAt: at, updatedAt: at };
    if (author) {
      stamp.authorId = author.id;
      stamp.authorName = author.name;
    }
    return { ...shape, meta: { ...shape.meta, ...stamp } } as TLShape;
  });
  const offChange = store.sideEffects.registerBeforeChangeHandler('shape', (previous, next, source) => {
    if (source !== 'user' || previous === next) return next;
    return { ...next, meta: { ...next.meta, updatedAt: now().toISOString() } } as TLShape;
  });
  return () => {
    offCreate();
    offChange();
  };
}
