import * as Ed25519Multikey from '@digitalcredentials/ed25519-multikey';
import type { StoredIssuerKey } from './issuerKey.js';

const DID_CONTEXT = 'https://www.w3.org/ns/did/v1';
const MULTIKEY_CONTEXT = 'https://w3id.org/security/multikey/v1';

/** The public verification method of the issuer, as it appears in its DID document. */
export interface VerificationMethod {
  id: string;
  type: 'Multikey';
  controller: string;
  publicKeyMultibase: string;
}

/** A DID document with one Ed25519 Multikey used for assertions (signing credentials). */
export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  authentication: string[];
  assertionMethod: string[];
}

/** Who signs: the DID, the key's id within it, and the document a verifier resolves. */
export interface IssuerIdentity {
  did: string;
  method: 'web' | 'key';
  verificationMethod: VerificationMethod;
  didDocument: DidDocument;
}

/**
 * The `did:web` for a public base URL (SPEC K3): host, `%3A` + port when not the default, then
 * the path segments joined by `:`. `https://canvas.example.org` → `did:web:canvas.example.org`,
 * `https://example.org:8443/canvas` → `did:web:example.org%3A8443:canvas`. Resolvers fetch
 * `https://<host>/.well-known/did.json` (no path) or `https://<host>/<path>/did.json`.
 */
export function didWebFromUrl(publicUrl: string): string {
  const url = new URL(publicUrl);
  const host = url.port ? `${url.hostname}%3A${url.port}` : url.hostname;
  const segments = url.pathname.split('/').filter((s) => s !== '').map((s) => encodeURIComponent(decodeURIComponent(s)));
  return ['did:web', host, ...segments].join(':');
}

/** Builds the issuer's identity: `did:web` from a public URL, else `did:key` (SPEC K3). */
export function issuerIdentity(key: Pick<StoredIssuerKey, 'publicKeyMultibase'>, publicUrl: string | undefined): IssuerIdentity {
  const method = publicUrl ? 'web' : 'key';
  const did = publicUrl ? didWebFromUrl(publicUrl) : `did:key:${key.publicKeyMultibase}`;
  // did:key fixes the fragment to the key's own multibase; for did:web we follow the same habit.
  const verificationMethod: VerificationMethod = {
    id: `${did}#${key.publicKeyMultibase}`,
    type: 'Multikey',
    controller: did,
    publicKeyMultibase: key.publicKeyMultibase,
  };
  return {
    did,
    method,
    verificationMethod,
    didDocument: {
      '@context': [DID_CONTEXT, MULTIKEY_CONTEXT],
      id: did,
      verificationMethod: [verificationMethod],
      authentication: [verificationMethod.id],
      assertionMethod: [verificationMethod.id],
    },
  };
}

/** The key pair that signs, bound to the identity's verification method id. Never leaves the package. */
export async function signingKeyPair(key: StoredIssuerKey, identity: IssuerIdentity) {
  return Ed25519Multikey.from({
    '@context': MULTIKEY_CONTEXT,
    type: 'Multikey',
    id: identity.verificationMethod.id,
    controller: identity.did,
    publicKeyMultibase: key.publicKeyMultibase,
    secretKeyMultibase: key.secretKeyMultibase,
  });
}
