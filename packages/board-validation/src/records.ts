/**
 * One board record checked the way tldraw checks it, for the schema stored in the board (SPEC V1):
 * a record written under an older schema is migrated up first, then validated with tldraw's own
 * record validators (@tldraw/tlschema, the version the web app runs). Rich text inside it gets the
 * full check of `richText.ts`.
 */
import { createTLSchema, type TLRecord } from '@tldraw/tlschema';
import { externalContentProblem } from './externalContent.js';
import { richTextProblem } from './richText.js';

type TLSchema = ReturnType<typeof createTLSchema>;
/** The serialized schema a board stores beside its records. */
export type SerializedSchema = Parameters<TLSchema['migratePersistedRecord']>[1];
let schema: TLSchema | null = null;

/** tldraw's default schema: the web app's store uses the default shapes and bindings only. */
export function tldrawSchema(): TLSchema {
  schema ??= createTLSchema();
  return schema;
}

/** Why the record is not valid, or null when it is. `docSchema`: the schema stored in the board. */
export function recordProblem(record: unknown, docSchema?: SerializedSchema): string | null {
  if (typeof record !== 'object' || record === null || Array.isArray(record)) return 'not a record';
  const { typeName, id } = record as { typeName?: unknown; id?: unknown };
  if (typeof id !== 'string' || typeof typeName !== 'string') return 'a record needs a string id and typeName';
  const s = tldrawSchema();
  const type = s.types[typeName as TLRecord['typeName']];
  if (!type) return `unknown record type ${JSON.stringify(typeName).slice(0, 40)}`;
  let current = record as TLRecord;
  if (docSchema) {
    const migrated = s.migratePersistedRecord(current, docSchema, 'up');
    if (migrated.type === 'error') return `cannot be migrated to this version (${migrated.reason})`;
    current = migrated.value as TLRecord;
  }
  try {
    type.validate(current);
  } catch (error) {
    return (error as Error).message.slice(0, 200);
  }
  return richTextIn(current) ?? externalContentProblem(current);
}

/** Rich text sits in `props.richText` of shapes (notes, text, geo and arrow labels). */
export function richTextIn(record: unknown): string | null {
  if (typeof record !== 'object' || record === null) return null;
  const props = (record as { props?: Record<string, unknown> }).props;
  if (!props || typeof props !== 'object' || !('richText' in props)) return null;
  return richTextProblem(props.richText);
}
