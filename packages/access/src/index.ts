export type { Access, BoardKind, BoardRef, Principal, WorkshopAccessState } from './principal.js';
export { boardAccess, canOnWorkshop, type WorkshopAction } from './boardAccess.js';
export { CredentialSigner, generateSecret, type CredentialClaims } from './credentials.js';
