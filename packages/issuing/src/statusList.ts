import { createCredential, createList } from '@digitalcredentials/vc-bitstring-status-list';
import { randomInt } from 'node:crypto';

/**
 * Entries in the one revocation list of a server. 131,072 bits (16 KiB before compression) is the
 * minimum the Bitstring Status List recommendation gives for group privacy (SPEC S1).
 */
export const STATUS_LIST_LENGTH = 131_072;

/** The `credentialStatus` of an issued credential (SPEC C3). */
export interface StatusEntry {
  id: string;
  type: 'BitstringStatusListEntry';
  statusPurpose: 'revocation';
  statusListIndex: string;
  statusListCredential: string;
}

export function statusEntry(statusListUrl: string, index: number): StatusEntry {
  return {
    id: `${statusListUrl}#${index}`,
    type: 'BitstringStatusListEntry',
    statusPurpose: 'revocation',
    statusListIndex: String(index),
    statusListCredential: statusListUrl,
  };
}

/**
 * A random free index (SPEC S1): random, so that the position says nothing about when or in which
 * workshop a credential was issued. `isTaken` answers for indices ever handed out, which are never reused.
 */
export async function allocateStatusIndex(
  isTaken: (index: number) => boolean | Promise<boolean>,
  random: (max: number) => number = randomInt,
): Promise<number> {
  for (let attempt = 0; attempt < 64; attempt++) {
    const index = random(STATUS_LIST_LENGTH);
    if (!(await isTaken(index))) return index;
  }
  // A nearly full list: walk from a random start so that the search ends.
  const start = random(STATUS_LIST_LENGTH);
  for (let step = 0; step < STATUS_LIST_LENGTH; step++) {
    const index = (start + step) % STATUS_LIST_LENGTH;
    if (!(await isTaken(index))) return index;
  }
  throw new Error('The status list is full: no more credentials can be issued on this server.');
}

/** The unsigned `BitstringStatusListCredential` with the revoked indices set (SPEC S2). */
export async function buildStatusListCredential(options: {
  url: string;
  /** The issuer's DID: the list uses the VC 2.0 context only, which has no `Profile` term. */
  issuer: string;
  revoked: Iterable<number>;
  validFrom: string;
}): Promise<Record<string, unknown>> {
  const list = await createList({ length: STATUS_LIST_LENGTH });
  for (const index of options.revoked) list.setStatus(index, true);
  const credential = await createCredential({ id: options.url, list, statusPurpose: 'revocation' });
  return { ...credential, issuer: options.issuer, validFrom: options.validFrom };
}
