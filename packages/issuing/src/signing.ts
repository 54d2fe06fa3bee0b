import { DataIntegrityProof } from '@digitalcredentials/data-integrity';
import { cryptosuite } from '@digitalcredentials/eddsa-rdfc-2022-cryptosuite';
import * as vc from '@digitalcredentials/vc';
import type { DocumentLoader } from './documentLoader.js';
import { signingKeyPair, type IssuerIdentity } from './issuerIdentity.js';
import type { StoredIssuerKey } from './issuerKey.js';

/**
 * Signs a credential with a `DataIntegrityProof` using `eddsa-rdfc-2022` (SPEC C4): RDF dataset
 * canonicalisation over the bundled contexts, then Ed25519. The DCC libraries do the cryptography;
 * nothing here is hand-made.
 */
export async function signCredential<T extends object>(
  credential: T,
  key: StoredIssuerKey,
  identity: IssuerIdentity,
  documentLoader: DocumentLoader,
  now: Date = new Date(),
): Promise<T & { proof: Record<string, unknown>[] }> {
  const keyPair = await signingKeyPair(key, identity);
  const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite, date: now });
  const signed = await vc.issue({ credential: structuredClone(credential) as Record<string, unknown>, suite, documentLoader, now });
  // The 1EdTech AchievementCredential schema requires `proof` to be an array (a proof set). The
  // proof is never part of what is signed, so wrapping it changes no signature.
  return { ...signed, proof: [signed.proof] } as T & { proof: Record<string, unknown>[] };
}

/** A suite that verifies eddsa-rdfc-2022 proofs (no signer). */
export function verifyingSuite(): unknown {
  return new DataIntegrityProof({ cryptosuite });
}
