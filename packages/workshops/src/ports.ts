import type { AccessMode, Connection } from '@canvas/sync-server';
import type * as Y from 'yjs';

/**
 * What the workshop rules need from the live sync layer (implemented by SyncServer). Kept as an
 * interface so the rules do not depend on sockets.
 */
export interface LiveBoards {
  connections(filter?: (connection: Connection) => boolean): Connection[];
  withDoc<T>(boardId: string, fn: (doc: Y.Doc) => T): Promise<T>;
  discardBoard(boardId: string, reason?: string): void;
  /** Stores every applied update now (see SyncServer.flushWrites). */
  flushWrites(): Promise<void>;
}

export type { AccessMode, Connection };

/** What the rules need to know about a canvas template. */
export interface TemplateInfo {
  id: string;
  kind: 'group' | 'workshop-wide';
  durationMinutes: number | null;
  title(language: string): string;
  hasSolution: boolean;
  /** The template asks for individual writing first (the activity starts with it). */
  individualWriting?: boolean;
  /** The dot-vote the template suggests. */
  vote?: { dots: number; scope?: 'group' | 'workshop' };
}

export interface TemplateCatalog {
  get(id: string, workshopId?: string): Promise<TemplateInfo | null>;
}
