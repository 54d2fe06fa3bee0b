/** Host names that mean "this very device": a phone that opens them reaches itself, not the server. */
const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\]|::1|0\.0\.0\.0)$|\.localhost$/i;

/** The participants' join link: on the server's public address when it has one, else on this page's origin. */
export function joinLink(joinCode: string, publicUrl: string | null, origin = location.origin): string {
  return `${publicUrl ?? origin}/join/${joinCode}`;
}

/**
 * Whether the join link cannot work for phones in the room: the page was opened on a loopback host
 * (localhost, 127.0.0.1, ::1) and the server has no PUBLIC_URL to hand out instead.
 */
export function unreachableFromRoom(hostname: string, publicUrl: string | null): boolean {
  return publicUrl === null && LOOPBACK.test(hostname);
}
