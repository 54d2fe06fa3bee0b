import { randomBytes, randomUUID } from 'node:crypto';
import { offlineDocumentLoader, type DocumentLoader } from './documentLoader.js';
import { issuerIdentity, type DidDocument, type IssuerIdentity } from './issuerIdentity.js';
import { loadOrCreateIssuerKey, type KeyStore, type StoredIssuerKey } from './issuerKey.js';
import { toOb3Issuer, type IssuerProfileInput, type Ob3IssuerProfile } from './issuerProfile.js';
import { buildOpenBadgeCredential, dateTimeStamp, type EmbeddedAchievement } from './openBadgeCredential.js';
import type { IssuedCredentialRecord, IssuingStore } from './ports.js';
import { hashedIdentity, type RecipientIdentityType } from './recipient.js';
import { signCredential } from './signing.js';
import { allocateStatusIndex, buildStatusListCredential, statusEntry } from './statusList.js';
import { verifyOpenBadgeCredential, type VerificationReport } from './verify.js';

/** Path of the one revocation list, under the server's base URL: stable for the server's life (SPEC S2). */
export const STATUS_LIST_PATH = '/api/credentials/status/revocation';

export interface IssuerOptions {
  keyStore: KeyStore;
  store: IssuingStore;
  profile: IssuerProfileInput;
  /** PUBLIC_URL: makes the issuer a did:web. Without it, a did:key. */
  publicUrl?: string;
  /** Where the server answers (PUBLIC_URL, or its own address): base of status list URLs. */
  baseUrl: string;
  now?: () => Date;
}

export interface Recipient {
  name: string;
  identityType: RecipientIdentityType;
  identity: string;
  participantId?: string;
}

export interface IssueRequest {
  workshopId: string;
  kind: IssuedCredentialRecord['kind'];
  groupId?: string;
  achievement: EmbeddedAchievement;
  recipients: readonly Recipient[];
  validFrom?: Date;
  validUntil?: Date;
}

/**
 * The server's issuer (SPEC K–S): one Ed25519 key, one DID, one profile and one revocation list.
 * Signs each credential with the DCC Data Integrity stack; keeps what it issued in the store.
 */
export class Issuer {
  readonly identity: IssuerIdentity;
  readonly profile: Ob3IssuerProfile;
  readonly statusListUrl: string;
  private readonly loader: DocumentLoader;
  private readonly now: () => Date;
  private statusList: { generation: number; credential: Record<string, unknown> } | undefined;
  private generation = 0;

  private constructor(
    private readonly key: StoredIssuerKey,
    private readonly store: IssuingStore,
    options: IssuerOptions,
  ) {
    this.identity = issuerIdentity(key, options.publicUrl);
    this.profile = toOb3Issuer(this.identity.did, options.profile);
    this.statusListUrl = `${options.baseUrl.replace(/\/+$/, '')}${STATUS_LIST_PATH}`;
    this.now = options.now ?? (() => new Date());
    this.loader = offlineDocumentLoader({ identity: this.identity, statusList: (url) => this.statusListFor(url) });
  }

  /** Loads the key (generating it on first use) and builds the issuer. */
  static async open(options: IssuerOptions): Promise<Issuer> {
    const key = await loadOrCreateIssuerKey(options.keyStore, options.now);
    return new Issuer(key, options.store, options);
  }

  get didDocument(): DidDocument {
    return this.identity.didDocument;
  }

  /**
   * Issues one credential per recipient (SPEC C1–C4): a fresh id, a salted hashed identity, a random
   * status index, a claim token; all signed first, then stored in one transaction.
   */
  async issue(request: IssueRequest): Promise<IssuedCredentialRecord[]> {
    return this.issueAll([request]);
  }

  /** Several requests (e.g. participants with different achievements), stored all or nothing. */
  async issueAll(requests: readonly IssueRequest[]): Promise<IssuedCredentialRecord[]> {
    // Two requests at once may draw the same random index (a 1 in 131,072 chance per pair): the
    // store refuses the second batch whole, and it is drawn and signed again.
    for (let attempt = 0; attempt < 3; attempt++) {
      const records = await this.signAll(requests);
      if (await this.store.insertCredentials(records) === 'stored') return records;
    }
    throw new Error('Could not reserve status list indices; try again.');
  }

  private async signAll(requests: readonly IssueRequest[]): Promise<IssuedCredentialRecord[]> {
    const issuedAt = this.now();
    const taken = new Set<number>();
    const records: IssuedCredentialRecord[] = [];
    for (const request of requests) {
      const validFrom = request.validFrom ?? issuedAt;
      if (request.validUntil && request.validUntil.getTime() <= validFrom.getTime()) throw new RangeError('validUntil must be after validFrom');
      for (const recipient of request.recipients) {
        const statusIndex = await allocateStatusIndex(async (i) => taken.has(i) || (await this.store.isStatusIndexTaken(i)));
        taken.add(statusIndex);
        const unsigned = buildOpenBadgeCredential({
          id: `urn:uuid:${randomUUID()}`,
          issuer: this.profile,
          achievement: request.achievement,
          recipient: hashedIdentity(recipient.identityType, recipient.identity),
          validFrom,
          ...(request.validUntil ? { validUntil: request.validUntil } : {}),
          status: statusEntry(this.statusListUrl, statusIndex),
        });
        const signed = await signCredential(unsigned, this.key, this.identity, this.loader, issuedAt);
        records.push({
          id: unsigned.id,
          workshopId: request.workshopId,
          kind: request.kind,
          groupId: request.groupId ?? null,
          participantId: recipient.participantId ?? null,
          recipientName: recipient.name,
          achievementName: request.achievement.name,
          claimToken: randomBytes(32).toString('base64url'),
          statusIndex,
          credentialJson: JSON.stringify(signed),
          issuedAt: issuedAt.getTime(),
          revokedAt: null,
        });
      }
    }
    return records;
  }

  /** The credentials issued in a workshop, oldest first. */
  async issuedIn(workshopId: string): Promise<IssuedCredentialRecord[]> {
    return await this.store.credentialsOf(workshopId);
  }

  async issued(workshopId: string, credentialId: string): Promise<IssuedCredentialRecord | undefined> {
    return await this.store.credential(workshopId, credentialId);
  }

  /** The credential a claim link opens (SPEC D1). */
  async claim(token: string): Promise<IssuedCredentialRecord | undefined> {
    return await this.store.credentialByClaimToken(token);
  }

  /** Revokes a credential of a workshop (SPEC S3); the next status list shows it. */
  async revoke(workshopId: string, credentialId: string): Promise<'revoked' | 'already' | 'not-found'> {
    if (!await this.store.credential(workshopId, credentialId)) return 'not-found';
    const changed = await this.store.revoke(workshopId, credentialId, this.now().getTime());
    if (changed) this.generation++;
    return changed ? 'revoked' : 'already';
  }

  /** The signed BitstringStatusListCredential (SPEC S2), re-signed only after a revocation. */
  async statusListCredential(): Promise<Record<string, unknown>> {
    const generation = this.generation;
    if (this.statusList?.generation === generation) return this.statusList.credential;
    const unsigned = await buildStatusListCredential({
      url: this.statusListUrl,
      issuer: this.identity.did,
      revoked: await this.store.revokedStatusIndices(),
      validFrom: dateTimeStamp(this.now()),
    });
    const credential = await signCredential(unsigned, this.key, this.identity, this.loader, this.now());
    // A revocation that landed while signing bumps the generation, so this copy is not kept.
    if (this.generation === generation) this.statusList = { generation, credential };
    return credential;
  }

  private async statusListFor(url: string): Promise<unknown | undefined> {
    return url === this.statusListUrl ? this.statusListCredential() : undefined;
  }

  /** Verifies any OB 3.0 credential offline, knowing this issuer's DID and status list (SPEC V1–V6). */
  verify(input: unknown, now?: Date): Promise<VerificationReport> {
    return verifyOpenBadgeCredential(input, { identity: this.identity, statusList: (url) => this.statusListFor(url), now: now ?? this.now() });
  }
}
