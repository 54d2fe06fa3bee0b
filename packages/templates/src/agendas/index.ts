import { getTemplate } from '../catalog/index.js';
import { AgendaItemSchema, AgendaSchema, MAX_AGENDA_ITEMS, type Agenda, type AgendaItem } from './schema.js';
import { PRESET_AGENDAS } from './presets.js';

export { AgendaItemSchema, AgendaSchema, MAX_AGENDA_ITEMS, type Agenda, type AgendaItem };

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

const AGENDAS: readonly Agenda[] = deepFreeze(PRESET_AGENDAS.map((agenda) => AgendaSchema.parse(agenda)));
const BY_ID = new Map(AGENDAS.map((a) => [a.id, a]));

/** The built-in agendas (SPEC T8.1–T8.3), frozen. */
export function listAgendas(): readonly Agenda[] {
  return AGENDAS;
}

/** A built-in agenda by id, or `undefined`. */
export function getAgenda(id: string): Agenda | undefined {
  return BY_ID.get(id);
}

/** Total planned minutes of an agenda. */
export function agendaMinutes(agenda: { items: readonly AgendaItem[] }): number {
  return agenda.items.reduce((sum, item) => sum + item.durationMinutes, 0);
}

/** A problem with one agenda item, with the dotted path the API reports (`items.2.templateId`). */
export interface AgendaProblem {
  path: string;
  message: string;
}

/**
 * Items that name no built-in canvas (SPEC T8.5). Shape and counts are the schema's job; this is the
 * check the schema cannot do, because it needs the catalog.
 */
export function unknownAgendaTemplates(items: readonly { templateId: string }[]): AgendaProblem[] {
  return items.flatMap((item, index) =>
    getTemplate(item.templateId) ? [] : [{ path: `items.${index}.templateId`, message: `Unknown canvas "${item.templateId}"` }],
  );
}
