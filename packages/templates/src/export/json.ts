import { type BoardExport, BoardExportSchema, type WorkshopExport, WorkshopExportSchema } from './schema.js';

/**
 * Serialises a board or workshop export as JSON: keys in schema order whatever order the object was
 * built in (the zod parse rebuilds it), two-space indent, trailing newline (SPEC T4.6).
 */
export function toJson(data: BoardExport | WorkshopExport): string {
  const ordered = 'boards' in data ? WorkshopExportSchema.parse(data) : BoardExportSchema.parse(data);
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
