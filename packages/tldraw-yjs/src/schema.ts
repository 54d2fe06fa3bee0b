import type { SerializedSchema, SerializedSchemaV2 } from 'tldraw';

/** How the schema stored in a document relates to the schema this client runs. */
export type SchemaRelation = 'same' | 'older' | 'newer';

/**
 * Compares the document's schema with the client's.
 *
 * - `newer`: the document holds a migration sequence the client does not know, or a later version
 *   of one it knows. The client cannot read those records (Yjs has no down-migration): reload.
 * - `older`: the client knows a later version of a sequence, or a sequence the document lacks;
 *   its records can be migrated up.
 * - `same`: nothing to do.
 */
export function compareSchemas(docSchema: SerializedSchema, clientSchema: SerializedSchemaV2): SchemaRelation {
  const docSequences = sequencesOf(docSchema);
  if (docSequences === null) return 'newer';
  let older = false;
  for (const [sequenceId, docVersion] of Object.entries(docSequences)) {
    const clientVersion = clientSchema.sequences[sequenceId];
    if (clientVersion === undefined || docVersion > clientVersion) return 'newer';
    if (docVersion < clientVersion) older = true;
  }
  for (const sequenceId of Object.keys(clientSchema.sequences)) {
    if (!(sequenceId in docSequences)) older = true;
  }
  return older ? 'older' : 'same';
}

function sequencesOf(schema: SerializedSchema): Record<string, number> | null {
  if (typeof schema !== 'object' || schema === null) return null;
  if (schema.schemaVersion === 2) return schema.sequences;
  // Version 1 schemas predate tldraw 2's migration sequences: tldraw's own upgrade path handles them
  // through `migrateStoreSnapshot`, so treat them as older.
  if (schema.schemaVersion === 1) return {};
  return null;
}
