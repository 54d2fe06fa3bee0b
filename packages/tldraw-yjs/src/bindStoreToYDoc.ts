import { richTextIn } from '@canvas/board-validation';
import type { SerializedSchema, SerializedSchemaV2, TLRecord, TLStore } from 'tldraw';
import { YKeyValue } from 'y-utility/y-keyvalue';
import type * as Y from 'yjs';
import { stampAuthorship, type Author } from './authorship.js';
import { timeoutScheduler, type Scheduler } from './scheduler.js';
import { compareSchemas } from './schema.js';
import { planInitialSlices, type SliceOptions } from './initialSlices.js';

/** The Y.Array (wrapped in a y-utility `YKeyValue`) that holds `{ key: record.id, val: record }`. */
export const RECORDS_KEY = 'tldraw-records';
/** The Y.Map beside the records; `schema` holds the serialized store schema of the records. */
export const META_KEY = 'tldraw-meta';
export const SCHEMA_META_FIELD = 'schema';

/** What went wrong when the binding had to stop. The document is never modified in that case. */
export type BindingProblem =
  | { kind: 'reload-needed'; message: string; docSchema: SerializedSchema; clientSchema: SerializedSchemaV2 }
  | { kind: 'migration-failed'; message: string; docSchema: SerializedSchema; clientSchema: SerializedSchemaV2 };

export interface BindStoreToYDocOptions {
  store: TLStore;
  /** The document, already synced with its provider (otherwise an empty document would be seeded). */
  doc: Y.Doc;
  /**
   * The transaction origin of local writes. Remote changes are those with any other origin.
   * Defaults to a fresh object per binding.
   */
  origin?: unknown;
  /** Stamps authorship meta on shapes created or changed locally. Omit to not stamp. */
  getAuthor?: () => Author | null;
  /** Coalesces local changes; defaults to about 30 Hz. */
  schedule?: Scheduler;
  now?: () => Date;
  /**
   * Called once if the binding stops because the document cannot be read by this client (its schema
   * is newer: reload the page to get the newer client) or cannot be migrated. Nothing is dropped.
   */
  onProblem?: (problem: BindingProblem) => void;
  /** Called for a remote record that failed validation and was skipped (it stays in the doc). */
  onInvalidRecord?: (record: unknown, error: unknown) => void;
  /**
   * Loads a big board's notes in slices instead of all at once (see `initialSlices.ts`). Omit to load
   * everything in the first call.
   */
  slices?: SliceOptions;
}

/** A record as stored in the doc: the JSON of a tldraw document record. */
type StoredRecord = TLRecord;

/**
 * Binds a tldraw store to a Y.Doc: document records live in a `YKeyValue` keyed by record id, the
 * store schema in `doc.getMap('tldraw-meta').get('schema')`.
 *
 * - A new, empty document is seeded from `store.serialize('document')` (never session records).
 * - A non-empty document replaces the store's document records (migrating them up, and the
 *   document with them, if the document's schema is older).
 * - Local user changes to document records are coalesced and written in one `doc.transact`.
 * - Remote changes are applied with `store.mergeRemoteChanges`, so they never enter undo history.
 * - If the document's schema is (or becomes) newer than the client's, the binding stops and
 *   reports `reload-needed`.
 *
 * The doc may be connected and disconnected by its provider while bound: offline edits stay in the
 * doc and merge when the provider reconnects. Returns a function that unbinds.
 */
export function bindStoreToYDoc(options: BindStoreToYDocOptions): () => void {
  const { store, doc, schedule = timeoutScheduler(), now, onProblem, onInvalidRecord } = options;
  const origin = options.origin ?? { binding: 'tldraw-yjs' };
  const yRecords = doc.getArray<{ key: string; val: StoredRecord }>(RECORDS_KEY);
  const yMeta = doc.getMap<unknown>(META_KEY);
  const records = new YKeyValue<StoredRecord>(yRecords);
  const clientSchema = store.schema.serialize();
  const disposers: Array<() => void> = [];
  let stopped = false;

  // Local changes waiting for the next flush: the latest record per id, or null for a removal.
  const pending = new Map<TLRecord['id'], StoredRecord | null>();
  let cancelFlush: (() => void) | null = null;
  let cancelSlice: (() => void) | null = null;

  const flush = () => {
    cancelFlush = null;
    if (stopped || pending.size === 0) return;
    const batch = [...pending];
    pending.clear();
    doc.transact(() => {
      for (const [id, record] of batch) {
        if (record === null) {
          if (records.has(id)) records.delete(id);
        } else {
          records.set(id, record);
        }
      }
    }, origin);
  };

  const stop = ({ flushPending }: { flushPending: boolean }) => {
    if (stopped) return;
    // Unbinding keeps the user's last edits; a failing binding must not write into a doc it cannot read.
    cancelFlush?.();
    cancelFlush = null;
    cancelSlice?.();
    cancelSlice = null;
    if (flushPending) flush();
    stopped = true;
    for (const dispose of disposers.splice(0).reverse()) dispose();
  };
  const unbind = () => stop({ flushPending: true });

  const fail = (problem: BindingProblem) => {
    stop({ flushPending: false });
    onProblem?.(problem);
  };

  const isDocumentRecord = (record: { typeName?: unknown }): boolean =>
    typeof record.typeName === 'string' && store.schema.types[record.typeName as TLRecord['typeName']]?.scope === 'document';

  // --- Initial load -------------------------------------------------------------------------------
  const docSchema = yMeta.get(SCHEMA_META_FIELD) as SerializedSchema | undefined;
  const relation = docSchema ? compareSchemas(docSchema, clientSchema) : 'same';
  if (docSchema && relation === 'newer') {
    fail({
      kind: 'reload-needed',
      message: 'This board was saved by a newer version of the app. Reload the page to continue.',
      docSchema,
      clientSchema,
    });
    return unbind;
  }

  if (records.map.size === 0) {
    const seed = Object.values(store.serialize('document')) as StoredRecord[];
    doc.transact(() => {
      for (const record of seed) records.set(record.id, record);
      yMeta.set(SCHEMA_META_FIELD, clientSchema);
    }, origin);
  } else {
    let loaded = [...records.map.values()].map((entry) => entry.val);
    if (docSchema && relation === 'older') {
      const migrated = store.schema.migrateStoreSnapshot({
        schema: docSchema,
        store: Object.fromEntries(loaded.map((record) => [record.id, record])),
      });
      if (migrated.type === 'error') {
        fail({
          kind: 'migration-failed',
          message: `The board could not be upgraded (${String(migrated.reason)}). Nothing was changed.`,
          docSchema,
          clientSchema,
        });
        return unbind;
      }
      const upgraded = Object.values(migrated.value) as StoredRecord[];
      const upgradedIds = new Set(upgraded.map((record) => record.id));
      doc.transact(() => {
        for (const record of upgraded) records.set(record.id, record);
        // Store-level migrations may remove records; mirror that, as tldraw's own loader does.
        for (const record of loaded) if (!upgradedIds.has(record.id)) records.delete(record.id);
        yMeta.set(SCHEMA_META_FIELD, clientSchema);
      }, origin);
      loaded = upgraded;
    } else if (!docSchema) {
      doc.transact(() => yMeta.set(SCHEMA_META_FIELD, clientSchema), origin);
    }
    const incoming = loaded.filter(isDocumentRecord);
    const incomingIds = new Set(incoming.map((record) => record.id));
    const { first, later } = planInitialSlices(incoming, options.slices);
    store.mergeRemoteChanges(() => {
      const stale = store
        .allRecords()
        .filter((record) => isDocumentRecord(record) && !incomingIds.has(record.id))
        .map((record) => record.id);
      if (stale.length > 0) store.remove(stale);
      putRecords(first);
    });
    if (later.length > 0) loadLater(later, options.slices!);
  }

  /**
   * Puts the remaining notes a slice per scheduled turn. Each slice reads the doc again, so a note
   * changed or deleted meanwhile arrives as it is now (a remote change may already have put it).
   */
  function loadLater(ids: TLRecord['id'][], slices: SliceOptions) {
    let next = 0;
    const step = () => {
      cancelSlice = null;
      if (stopped) return;
      const slice: StoredRecord[] = [];
      for (const end = Math.min(ids.length, next + slices.size); next < end; next++) {
        const current = records.get(ids[next]!);
        if (current && isDocumentRecord(current)) slice.push(current);
      }
      if (slice.length > 0) store.mergeRemoteChanges(() => putRecords(slice));
      if (next < ids.length) cancelSlice = (slices.schedule ?? timeoutScheduler(0))(step);
    };
    cancelSlice = (slices.schedule ?? timeoutScheduler(0))(step);
  }

  function putRecords(received: StoredRecord[]) {
    // tldraw's record validators check rich text only lightly; a note whose rich text the editor
    // cannot render would break the whole board on every load. Such a record stays out of the store
    // (and in the doc, for the facilitator's repair); the rest of the board loads.
    const incoming = received.filter((record) => {
      const problem = richTextIn(record);
      if (problem) onInvalidRecord?.(record, new Error(problem));
      return problem === null;
    });
    if (incoming.length === 0) return;
    try {
      store.put(incoming);
    } catch {
      // One bad record must not block the others: retry one by one, skipping the invalid ones.
      for (const record of incoming) {
        try {
          store.put([record]);
        } catch (error) {
          onInvalidRecord?.(record, error);
        }
      }
    }
  }

  // --- Local → Yjs (coalesced) ---------------------------------------------------------------------
  if (options.getAuthor) disposers.push(stampAuthorship({ store, getAuthor: options.getAuthor, now }));

  disposers.push(
    store.listen(
      ({ changes }) => {
        for (const record of Object.values(changes.added)) pending.set(record.id, record);
        for (const [, next] of Object.values(changes.updated)) pending.set(next.id, next);
        for (const record of Object.values(changes.removed)) pending.set(record.id, null);
        if (pending.size > 0 && !cancelFlush) cancelFlush = schedule(flush);
      },
      { source: 'user', scope: 'document' },
    ),
  );

  // --- Yjs → store -----------------------------------------------------------------------------------
  type KeyValueChange =
    | { action: 'add'; newValue: StoredRecord }
    | { action: 'update'; oldValue: StoredRecord; newValue: StoredRecord }
    | { action: 'delete'; oldValue: StoredRecord };

  const onRecordsChange = (changes: Map<string, KeyValueChange>, transaction: Y.Transaction) => {
    if (stopped || transaction.origin === origin) return;
    const toPut: StoredRecord[] = [];
    const toRemove: TLRecord['id'][] = [];
    for (const [id, change] of changes) {
      if (change.action === 'delete') {
        if (store.has(id as TLRecord['id'])) toRemove.push(id as TLRecord['id']);
      } else if (isDocumentRecord(change.newValue)) {
        toPut.push(change.newValue);
      }
    }
    if (toPut.length === 0 && toRemove.length === 0) return;
    store.mergeRemoteChanges(() => {
      if (toRemove.length > 0) store.remove(toRemove);
      putRecords(toPut);
    });
  };
  records.on('change', onRecordsChange);
  disposers.push(() => records.off('change', onRecordsChange));

  // A newer client may upgrade the document while we are bound: stop before we misread its records.
  const onMetaChange = (event: Y.YMapEvent<unknown>) => {
    if (stopped || !event.keysChanged.has(SCHEMA_META_FIELD)) return;
    const next = yMeta.get(SCHEMA_META_FIELD) as SerializedSchema | undefined;
    if (next && compareSchemas(next, clientSchema) === 'newer') {
      fail({
        kind: 'reload-needed',
        message: 'Someone opened this board with a newer version of the app. Reload the page to continue.',
        docSchema: next,
        clientSchema,
      });
    }
  };
  yMeta.observe(onMetaChange);
  disposers.push(() => yMeta.unobserve(onMetaChange));

  // Drops the YKeyValue's listeners. (Its own observer on the Y.Array stays until the doc is destroyed.)
  disposers.push(() => records.destroy());

  return unbind;
}
