/** What the issuer keeps about one credential it issued (SPEC R1: deleted with its workshop). */
export interface IssuedCredentialRecord {
  /** `urn:uuid:…`, the credential's id. */
  id: string;
  workshopId: string;
  kind: 'participation' | 'micro-credential';
  groupId: string | null;
  participantId: string | null;
  recipientName: string;
  achievementName: string;
  /** 256 random bits, base64url: the claim link's secret (SPEC D1). */
  claimToken: string;
  statusIndex: number;
  /** The signed credential, as JSON text. */
  credentialJson: string;
  issuedAt: number;
  revokedAt: number | null;
}

/**
 * Storage the issuer needs (implemented by `IssuingRepository` in @canvas/storage). Status indices
 * live apart from credentials: deleting a workshop deletes its credentials but keeps their indices
 * and revocation bits (SPEC S3, R1).
 */
export interface IssuingStore {
  /**
   * Stores a batch and takes its status indices, all or nothing. `index-taken` (nothing stored) when
   * another request took one of the indices since it was drawn: the issuer draws and signs again.
   */
  insertCredentials(records: readonly IssuedCredentialRecord[]): Promise<'stored' | 'index-taken'>;
  isStatusIndexTaken(index: number): Promise<boolean>;
  credentialsOf(workshopId: string): Promise<IssuedCredentialRecord[]>;
  credential(workshopId: string, credentialId: string): Promise<IssuedCredentialRecord | undefined>;
  credentialByClaimToken(token: string): Promise<IssuedCredentialRecord | undefined>;
  /** Marks the credential revoked and sets its status bit; false when it was revoked already. */
  revoke(workshopId: string, credentialId: string, at: number): Promise<boolean>;
  revokedStatusIndices(): Promise<number[]>;
}
