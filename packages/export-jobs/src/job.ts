import type { PollResult } from '@canvas/templates';
import type { BoardImage, Paper } from '@canvas/board-render';
import type { MicroCredentialDraft } from '@canvas/microcredential';
import type { Lang, Template } from '@canvas/templates';

/**
 * What an export job is, as plain data (SPEC X1). This module holds types and constants only, so
 * the server's event loop can build jobs without loading the renderers: they load in the worker.
 */
export const PAPERS = ['a4', 'a3'] as const satisfies readonly Paper[];
export const BOARD_FORMATS = ['json', 'md', 'csv', 'svg', 'pdf'] as const;
export const WORKSHOP_FORMATS = ['zip', 'json', 'pdf'] as const;
export type BoardFormat = (typeof BOARD_FORMATS)[number];
export type WorkshopFormat = (typeof WORKSHOP_FORMATS)[number];

/** One board as read from its document, with the names the export shows and files it under. */
export interface ExportBoard {
  id: string;
  kind: 'group' | 'workshop' | 'facilitator';
  /** The board's template; `null` when this server does not know it (pictures still work). */
  template: Template | null;
  canvasTitle: string;
  /** The group's name, or "Whole workshop" / "Facilitator" for boards of no group. */
  owner: string;
  /** Folder and file name parts (ASCII slugs). */
  ownerSlug: string;
  canvasSlug: string;
  /** The canvas's position in the workshop (0-based). */
  position: number;
  records: unknown[];
  /** Dots per note from the board's closed votes (V7); absent when the board had no vote. */
  votes?: Record<string, number>;
  fields: Record<string, unknown>;
  /** Pictures of the board's image assets, by asset id (files F6); absent when it has none. */
  images?: Record<string, BoardImage>;
}

/** What every export of a workshop shares. */
export interface ExportContext {
  workshop: { id: string; title: string };
  lang: Lang;
  paper: Paper;
  exportedAt: Date;
}

/** One export to make (SPEC X1). Plain data: it crosses to a worker thread by structured clone. */
export type ExportJob =
  | { kind: 'board'; format: BoardFormat; context: ExportContext; board: ExportBoard }
  | { kind: 'workshop'; format: WorkshopFormat; context: ExportContext; boards: ExportBoard[]; polls?: PollResult[] }
  | { kind: 'description-pdf'; draft: MicroCredentialDraft; lang: 'en' | 'de' }
  /** Loads the modules and fonts of a fresh worker, so that the first real export is not slower. */
  | { kind: 'warm-up' };

/** The file, or why it cannot be made (the caller turns that into a 4xx answer). */
export type ExportResult = { ok: true; body: string | Uint8Array } | { ok: false; error: 'template_unavailable' };

