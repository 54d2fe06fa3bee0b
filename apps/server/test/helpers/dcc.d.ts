/** Minimal typings for the DCC packages the tests use to verify credentials independently. */
declare module '@digitalcredentials/vc' {
  export function verifyCredential(options: {
    credential: unknown;
    suite: unknown;
    documentLoader: (url: string) => Promise<unknown>;
    checkStatus?: unknown;
  }): Promise<{ verified: boolean; error?: { message?: string; errors?: Array<{ message?: string }> } }>;
}
declare module '@digitalcredentials/security-document-loader' {
  export function securityLoader(options?: { fetchRemoteContexts?: boolean }): { build(): (url: string) => Promise<{ document: unknown }> };
}
declare module '@digitalcredentials/data-integrity' {
  export class DataIntegrityProof {
    constructor(options: { cryptosuite: unknown });
  }
}
declare module '@digitalcredentials/eddsa-rdfc-2022-cryptosuite' {
  export const cryptosuite: unknown;
}
declare module '@digitalcredentials/vc-bitstring-status-list' {
  export const checkStatus: unknown;
}
