/** The sandbox identity of this browser: a stable id, a display name and a colour, in localStorage. */
export interface LocalIdentity {
  id: string;
  name: string;
  color: string;
}

const KEY = 'canvas-sessions.identity';

/** Colours that read well as cursor labels with white text. */
export const PARTICIPANT_COLORS = ['#e03131', '#c2255c', '#9c36b5', '#6741d9', '#3b5bdb', '#1971c2', '#0c8599', '#099268', '#2f9e44', '#e8590c'];

export function randomColor(): string {
  return PARTICIPANT_COLORS[Math.floor(Math.random() * PARTICIPANT_COLORS.length)]!;
}

export function loadIdentity(): LocalIdentity | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<LocalIdentity> | null;
    if (value && typeof value.id === 'string' && typeof value.name === 'string' && value.name.trim() && typeof value.color === 'string') {
      return { id: value.id, name: value.name, color: value.color };
    }
  } catch {
    // Private mode or a corrupt entry: ask again.
  }
  return null;
}

export function saveIdentity(name: string, previous: LocalIdentity | null): LocalIdentity {
  const identity: LocalIdentity = {
    id: previous?.id ?? randomId(),
    name: name.trim().slice(0, 40),
    color: previous?.color ?? randomColor(),
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(identity));
  } catch {
    // Still usable for this visit.
  }
  return identity;
}

/** A random id; `crypto.randomUUID` needs a secure context, which a plain-http LAN install is not. */
export function randomId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
