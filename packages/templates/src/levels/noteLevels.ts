import * as z from 'zod';
import type { Lang } from '../localized.js';
import type { Template } from '../schema.js';

/** A Bloom level (revised taxonomy): 1 Remember … 6 Create (SPEC L2). */
export const BloomLevelValue = z.int({ error: 'Bloom level must be a whole number from 1 to 6' }).min(1, { error: 'Bloom level must be a whole number from 1 to 6' }).max(6, { error: 'Bloom level must be a whole number from 1 to 6' });
/** An EQF level: 1 … 8 (SPEC L2). */
export const EqfLevelValue = z.int({ error: 'EQF level must be a whole number from 1 to 8' }).min(1, { error: 'EQF level must be a whole number from 1 to 8' }).max(8, { error: 'EQF level must be a whole number from 1 to 8' });

/**
 * The level keys of a note's `meta`. Absent or `null` means "not set"; other meta keys (author,
 * dates) are none of this schema's business and pass through (SPEC L2).
 */
export const NoteLevelsMetaSchema = z.looseObject({
  bloomLevel: BloomLevelValue.nullable().optional(),
  eqfLevel: EqfLevelValue.nullable().optional(),
});

export type BloomLevelNumber = 1 | 2 | 3 | 4 | 5 | 6;
export type EqfLevelNumber = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

/** The levels of one note; `null` where none is set. */
export interface NoteLevels {
  bloomLevel: BloomLevelNumber | null;
  eqfLevel: EqfLevelNumber | null;
}

function level<N extends number>(raw: unknown, max: number): N | null {
  return typeof raw === 'number' && Number.isInteger(raw) && raw >= 1 && raw <= max ? (raw as N) : null;
}

/** Reads the levels of a note's `meta`, leniently: a value out of range counts as not set (SPEC L3). */
export function readNoteLevels(meta: unknown): NoteLevels {
  const m = typeof meta === 'object' && meta !== null ? (meta as Record<string, unknown>) : {};
  return { bloomLevel: level<BloomLevelNumber>(m.bloomLevel, 6), eqfLevel: level<EqfLevelNumber>(m.eqfLevel, 8) };
}

/**
 * What is wrong with the levels of a note's `meta`, one message per bad key (empty when nothing
 * is): for a server that checks records where they enter, and for exports that report issues.
 */
export function noteLevelProblems(meta: unknown): { key: 'bloomLevel' | 'eqfLevel'; message: string }[] {
  const result = NoteLevelsMetaSchema.safeParse(meta ?? {});
  if (result.success) return [];
  return result.error.issues
    .filter((issue) => issue.path[0] === 'bloomLevel' || issue.path[0] === 'eqfLevel')
    .map((issue) => ({ key: issue.path[0] as 'bloomLevel' | 'eqfLevel', message: `${issue.message}, got ${JSON.stringify((meta as Record<string, unknown>)[issue.path[0] as string])}` }));
}

/** Ids of the template's areas whose notes take levels (`levels: true`, SPEC L1). */
export function levelAreaIds(template: Pick<Template, 'areas'>): string[] {
  return template.areas.filter((area) => area.levels === true).map((area) => area.id);
}

/** Whether a note in `areaId` (null: outside every area) takes levels on this template. */
export function areaTakesLevels(template: Pick<Template, 'areas'>, areaId: string | null): boolean {
  return areaId !== null && levelAreaIds(template).includes(areaId);
}

// The framework's abbreviation in each language's edition (CEC in French, MEC in Spanish).
const EQF_ABBREVIATION: Record<Lang, string> = { en: 'EQF', de: 'EQR', fr: 'CEC', es: 'MEC' };

/**
 * The short label of a note's levels, as on its badge and in pictures: `Bloom 3 · EQF 5`
 * (German `EQR`); only the levels that are set; empty when none is (SPEC L4).
 */
export function levelsLabel(levels: NoteLevels, lang: Lang): string {
  const parts: string[] = [];
  if (levels.bloomLevel !== null) parts.push(`Bloom ${levels.bloomLevel}`);
  if (levels.eqfLevel !== null) parts.push(`${EQF_ABBREVIATION[lang] ?? 'EQF'} ${levels.eqfLevel}`);
  return parts.join(' · ');
}
