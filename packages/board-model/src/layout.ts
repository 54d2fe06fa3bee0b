/**
 * The names of the shared types inside a board's Y.Doc. The tldraw binding (@canvas/tldraw-yjs)
 * writes them; exports, facilitator tiles and the server read them. Change them only with a
 * migration: stored boards use these names.
 */
export const BOARD_DOC = {
  /** Y.Array of `{ key: recordId, val: TLRecord }` managed by y-utility's YKeyValue. */
  records: 'tldraw-records',
  /** Y.Map: `schema` → tldraw's serialized store schema. */
  meta: 'tldraw-meta',
  /** Y.Map: structured template fields (EQF level, ECTS, …) → value. */
  fields: 'fields',
} as const;
