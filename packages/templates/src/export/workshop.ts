import { type BoardExport, EXPORT_FORMAT_VERSION, type WorkshopExport } from './schema.js';

/** Input of {@link workshopExport}. */
export interface WorkshopExportInput {
  workshop: { id?: string | null; title: string };
  boards: readonly BoardExport[];
  exportedAt: Date | string;
}

/** Combines board exports of one workshop, keeping the given board order and summing the counts (SPEC T4.9). */
export function workshopExport(input: WorkshopExportInput): WorkshopExport {
  const at = input.exportedAt instanceof Date ? input.exportedAt : new Date(input.exportedAt);
  if (Number.isNaN(at.getTime())) throw new TypeError(`Invalid exportedAt: ${String(input.exportedAt)}`);
  const sum = (pick: (b: BoardExport) => number) => input.boards.reduce((s, b) => s + pick(b), 0);
  return {
    formatVersion: EXPORT_FORMAT_VERSION,
    exportedAt: at.toISOString(),
    workshop: { id: input.workshop.id ?? null, title: input.workshop.title },
    boards: [...input.boards],
    counts: {
      boards: input.boards.length,
      notes: sum((b) => b.counts.notes),
      unsorted: sum((b) => b.counts.unsorted),
      issues: sum((b) => b.counts.issues),
    },
  };
}
