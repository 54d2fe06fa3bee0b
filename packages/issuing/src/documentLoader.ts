import { securityLoader } from '@digitalcredentials/security-document-loader';
import assessmentContext from './contexts/ob-assessment-v2p0-context.json' with { type: 'json' };
import type { IssuerIdentity } from './issuerIdentity.js';

/** The OB 3.0 Assessment Extension's context, which the achievements of micro-credentials use. */
export const OB_ASSESSMENT_CONTEXT_URL = 'https://purl.imsglobal.org/spec/ob-assessment/v2p0/context';

/** Contexts we hold beside the DCC bundle (vendored: src/contexts/SOURCE.md). */
export const EXTRA_CONTEXTS: ReadonlyMap<string, unknown> = new Map([[OB_ASSESSMENT_CONTEXT_URL, assessmentContext]]);

export type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;

/** Why the offline loader would not give a document: the verifier reports it as "not checked" (SPEC V2). */
export class NotOffline extends Error {
  constructor(
    readonly url: string,
    readonly kind: 'context' | 'did' | 'status-list',
  ) {
    super(`${url} is not available offline`);
  }
}

export interface OfflineLoaderOptions {
  /** This server's issuer: its did:web document is served from the local key, never fetched. */
  identity?: IssuerIdentity;
  /** This server's status list credentials, by URL. */
  statusList?: (url: string) => Promise<unknown | undefined>;
}

/**
 * A JSON-LD document loader that never touches the network (SPEC V2): contexts come from the DCC
 * bundle (VC 1.1/2.0, OB 3.0.x, Data Integrity, Multikey, DID, Bitstring Status List) and our
 * vendored OB 3.0 Assessment Extension context, `did:key`
 * is resolved from the key itself, this server's `did:web` from its local key, and this server's
 * status list from the store. Everything else, whatever a submitted credential names, is refused.
 */
export function offlineDocumentLoader(options: OfflineLoaderOptions = {}): DocumentLoader {
  const loader = securityLoader({ fetchRemoteContexts: false });
  for (const [url, context] of EXTRA_CONTEXTS) loader.addStatic(url, context);
  const bundled = loader.build();
  const answer = (url: string, document: unknown) => ({ contextUrl: null, documentUrl: url, document });
  return async (url: string) => {
    if (typeof url !== 'string') throw new NotOffline(String(url), 'context');
    if (url.startsWith('did:web:')) {
      const identity = options.identity;
      const [did, fragment] = url.split('#', 2);
      if (!identity || identity.method !== 'web' || did !== identity.did) throw new NotOffline(url, 'did');
      if (fragment === undefined) return answer(url, identity.didDocument);
      if (url !== identity.verificationMethod.id) throw new NotOffline(url, 'did');
      return answer(url, { '@context': 'https://w3id.org/security/multikey/v1', ...identity.verificationMethod });
    }
    if (url.startsWith('did:') && !url.startsWith('did:key:')) throw new NotOffline(url, 'did');
    const status = await options.statusList?.(url);
    if (status !== undefined) return answer(url, status);
    try {
      return { ...(await bundled(url)), contextUrl: null } as { contextUrl: null; documentUrl: string; document: unknown };
    } catch {
      throw new NotOffline(url, url.startsWith('did:') ? 'did' : 'context');
    }
  };
}
