import { createHash } from 'node:crypto';

/**
 * Name-based (version 5, RFC 9562) UUIDs. Statement ids and registrations are derived from our own
 * ids rather than drawn at random so that the same event always yields the same statement id: a
 * batch resent after a timeout (the LRS may have stored it before the connection dropped) is then
 * stored once, because an LRS keeps one statement per id (SPEC X1).
 */

/** Namespace of every UUID this package derives (a fixed random UUID; never change it). */
export const XAPI_UUID_NAMESPACE = 'f3aed9c1-3aa5-4c8c-a59a-160cf73d4b40';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function uuidV5(name: string, namespace: string = XAPI_UUID_NAMESPACE): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`not a UUID: ${namespace}`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The statement id of an event. The server's base URL is part of the name so that two
 * installations writing to one LRS cannot collide on equal event ids (the second statement would
 * otherwise be taken for a resend and silently not stored).
 */
export function statementIdFor(baseUrl: string, eventId: string): string {
  return uuidV5(`${baseUrl}\nstatement\n${eventId}`);
}

/** context.registration: one per workshop, so an LRS can group a workshop's statements. */
export function registrationFor(baseUrl: string, workshopId: string): string {
  return uuidV5(`${baseUrl}\nworkshop-registration\n${workshopId}`);
}
