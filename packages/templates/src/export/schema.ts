import { LANGUAGES, type Lang } from '@canvas/i18n';
import * as z from 'zod';
import { FIELD_KINDS } from '../schema.js';

/** Version of the export format; bumped on breaking changes to {@link BoardExportSchema}. */
export const EXPORT_FORMAT_VERSION = 1;

const IsoDate = z.iso.datetime({ offset: true });

/** One note as exported: plain text and metadata, `null` where the board had nothing (SPEC T4.2). */
export const ExportedNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  authorId: z.string().nullable(),
  authorName: z.string().nullable(),
  color: z.string().nullable(),
  createdAt: IsoDate.nullable(),
  updatedAt: IsoDate.nullable(),
  bloomLevel: z.int().min(1).max(6).nullable(),
  eqfLevel: z.int().min(1).max(8).nullable(),
  /** Dots from closed votes on this note (null: no closed vote on the board). */
  votes: z.int().min(0).nullable().optional(),
});

/** One area with its notes in reading order. */
export const ExportedAreaSchema = z.object({
  id: z.string(),
  label: z.string(),
  notes: z.array(ExportedNoteSchema),
});

/** One structured field after validation (see `validateFieldValues`). */
export const ExportedFieldSchema = z.object({
  id: z.string(),
  label: z.string(),
  kind: z.enum(FIELD_KINDS),
  value: z.union([z.string(), z.number(), z.array(z.string())]).nullable(),
  display: z.string(),
});

/** A problem found in the board data; the export still succeeds. */
export const ExportIssueSchema = z.object({
  path: z.string(),
  code: z.enum(['invalid-field-value', 'unknown-field', 'invalid-note-meta']),
  message: z.string(),
});

/**
 * The structured export of one board (format version 1). Guarantees (SPEC T4): every template area
 * appears once, in template order, even when empty; notes outside all areas are in `unsorted`;
 * every template field appears once, in template order; `counts` agree with the lists; key order
 * is the order of this schema.
 */
export const BoardExportSchema = z.object({
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: IsoDate,
  language: z.enum(LANGUAGES as [Lang, ...Lang[]]),
  board: z.object({
    id: z.string(),
    title: z.string(),
    groupName: z.string().nullable(),
    workshopTitle: z.string().nullable(),
  }),
  template: z.object({
    id: z.string(),
    version: z.string(),
    title: z.string(),
    unit: z.string(),
    activity: z.string(),
  }),
  areas: z.array(ExportedAreaSchema),
  unsorted: z.array(ExportedNoteSchema),
  fields: z.array(ExportedFieldSchema),
  issues: z.array(ExportIssueSchema),
  counts: z.object({
    notes: z.int().min(0),
    sorted: z.int().min(0),
    unsorted: z.int().min(0),
    perArea: z.record(z.string(), z.int().min(0)),
    fieldsFilled: z.int().min(0),
    fieldsTotal: z.int().min(0),
    issues: z.int().min(0),
  }),
});

/** Many board exports of one workshop, in the order given. */
export const WorkshopExportSchema = z.object({
  formatVersion: z.literal(EXPORT_FORMAT_VERSION),
  exportedAt: IsoDate,
  workshop: z.object({ id: z.string().nullable(), title: z.string() }),
  boards: z.array(BoardExportSchema),
  counts: z.object({
    boards: z.int().min(0),
    notes: z.int().min(0),
    unsorted: z.int().min(0),
    issues: z.int().min(0),
  }),
});

/** An exported note. */
export type ExportedNote = z.infer<typeof ExportedNoteSchema>;
/** An exported area. */
export type ExportedArea = z.infer<typeof ExportedAreaSchema>;
/** An exported field. */
export type ExportedField = z.infer<typeof ExportedFieldSchema>;
/** The export of one board. */
export type BoardExport = z.infer<typeof BoardExportSchema>;
/** The export of a workshop (many boards). */
export type WorkshopExport = z.infer<typeof WorkshopExportSchema>;
