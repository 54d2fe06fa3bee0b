/**
 * The agendas this browser saved: id (to read and reuse it) and key (to delete it). There are no
 * accounts, so like the facilitator link these live in localStorage.
 */
export interface SavedAgendaKey {
  id: string;
  key: string;
}

const STORE = 'canvas-sessions:agendas';

export function savedAgendaKeys(): SavedAgendaKey[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(STORE) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter((e): e is SavedAgendaKey => typeof e?.id === 'string' && typeof e?.key === 'string') : [];
  } catch {
    return [];
  }
}

function write(list: SavedAgendaKey[]): void {
  try {
    localStorage.setItem(STORE, JSON.stringify(list));
  } catch {
    // Private mode: the agenda stays on the server, this browser just forgets where.
  }
}

export function rememberAgenda(entry: SavedAgendaKey): void {
  write([...savedAgendaKeys().filter((e) => e.id !== entry.id), entry]);
}

export function forgetAgenda(id: string): void {
  write(savedAgendaKeys().filter((e) => e.id !== id));
}
