import type { Paper } from '@canvas/board-render';

/** Longest slug part of a download name (the whole name stays well under any file system's limit). */
export const SLUG_MAX = 48;

/**
 * An ASCII-only file name part (SPEC X3.1): accents dropped, everything else but letters and digits
 * becomes a dash, so `content-disposition` and zip entries are safe on every system. A slug longer
 * than `max` is cut at the last word boundary (dash) within it, never inside a word; only a single
 * word longer than `max` is cut where it must be.
 */
export function fileSlug(text: string, fallback: string, max = SLUG_MAX): string {
  const slug = text
    .replace(/ß/g, 'ss')
    .replace(/[Ææ]/g, 'ae')
    .replace(/[Øø]/g, 'o')
    .replace(/[Łł]/g, 'l')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase();
  if (slug.length <= max) return slug || fallback;
  const cut = slug.slice(0, max + 1);
  const boundary = cut.lastIndexOf('-');
  return (boundary > 0 ? cut.slice(0, boundary) : slug.slice(0, max)).replace(/-+$/, '') || fallback;
}

/** Names of one board's download (SPEC X3.2): `<workshop>-<owner>-<canvas>.<ext>`, PDFs with their paper size. */
export function boardFileName(parts: { workshopSlug: string; ownerSlug: string; canvasSlug: string }, format: string, paper: Paper): string {
  const base = `${parts.workshopSlug}-${parts.ownerSlug}-${parts.canvasSlug}`;
  return format === 'pdf' ? `${base}-${paper}.pdf` : `${base}.${format}`;
}

/** Name of a whole-workshop download (SPEC X3.2): files that hold PDFs carry their paper size. */
export function workshopFileName(workshopSlug: string, format: 'zip' | 'json' | 'pdf', paper: Paper): string {
  if (format === 'json') return `${workshopSlug}-export.json`;
  return format === 'pdf' ? `${workshopSlug}-boards-${paper}.pdf` : `${workshopSlug}-export-${paper}.zip`;
}

/** Name of a micro-credential download (SPEC X3.3): the title's slug cut at a word, then the suffix and extension whole. */
export function microCredentialFileName(title: string, extension: 'ob3.jsonld' | 'elm.jsonld' | 'pdf'): string {
  return `${fileSlug(title, 'group')}-micro-credential.${extension}`;
}
