/**
 * Query parameters of a board socket: the credential, and the workshop it belongs to. The server
 * decides from the signed credential alone; `workshop` is for the proxy in front of several server
 * processes, which sends every socket and request of a workshop to the same process
 * (docs/deployment.md). It is read from the credential's claims without checking them (routing only).
 */
export function syncParams(token: string | undefined | null): Record<string, string> {
  if (!token) return {};
  const workshop = workshopOfToken(token);
  return workshop ? { token, workshop } : { token };
}

export function workshopOfToken(token: string): string | null {
  try {
    const body = token.split('.')[0] ?? '';
    const json = atob(body.replace(/-/g, '+').replace(/_/g, '/'));
    const w = (JSON.parse(json) as { w?: unknown }).w;
    return typeof w === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(w) ? w : null;
  } catch {
    return null;
  }
}
