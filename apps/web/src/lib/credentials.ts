/**
 * Credentials kept in this browser's localStorage, one per workshop and role, so that reopening
 * the page (or rejoining) restores the same identity and group.
 */
const key = (role: 'facilitator' | 'participant', workshopId: string) => `canvas-sessions:${role}:${workshopId}`;

export function savedToken(role: 'facilitator' | 'participant', workshopId: string): string | null {
  try {
    return localStorage.getItem(key(role, workshopId));
  } catch {
    return null;
  }
}

export function saveToken(role: 'facilitator' | 'participant', workshopId: string, token: string): void {
  try {
    localStorage.setItem(key(role, workshopId), token);
  } catch {
    // Private mode: the credential lives for this page only.
  }
}

export function forgetToken(role: 'facilitator' | 'participant', workshopId: string): void {
  try {
    localStorage.removeItem(key(role, workshopId));
  } catch {
    /* nothing to forget */
  }
}

export function savedName(): string {
  try {
    return localStorage.getItem('canvas-sessions:name') ?? '';
  } catch {
    return '';
  }
}

export function saveName(name: string): void {
  try {
    localStorage.setItem('canvas-sessions:name', name);
  } catch {
    /* ignore */
  }
}
