import type { IssuedCredentialRecord, IssuingStore } from '../ports.js';

/** An in-memory IssuingStore for the package's tests (the server uses @canvas/storage's IssuingRepository). */
export class MemoryIssuingStore implements IssuingStore {
  readonly records = new Map<string, IssuedCredentialRecord>();
  readonly indices = new Map<number, boolean>();

  /** Indices another (simulated) request takes just before the next insert. */
  readonly raceFor: number[] = [];

  insertCredentials(records: readonly IssuedCredentialRecord[]): 'stored' | 'index-taken' {
    const raced = this.raceFor.shift();
    if (raced !== undefined) this.indices.set(records[0]!.statusIndex, false);
    for (const record of records) {
      if (this.indices.has(record.statusIndex)) return 'index-taken';
    }
    for (const record of records) {
      this.records.set(record.id, { ...record });
      this.indices.set(record.statusIndex, false);
    }
    return 'stored';
  }
  isStatusIndexTaken(index: number): boolean {
    return this.indices.has(index);
  }
  credentialsOf(workshopId: string): IssuedCredentialRecord[] {
    return [...this.records.values()].filter((r) => r.workshopId === workshopId);
  }
  credential(workshopId: string, credentialId: string): IssuedCredentialRecord | undefined {
    const record = this.records.get(credentialId);
    return record?.workshopId === workshopId ? record : undefined;
  }
  credentialByClaimToken(token: string): IssuedCredentialRecord | undefined {
    return [...this.records.values()].find((r) => r.claimToken === token);
  }
  revoke(workshopId: string, credentialId: string, at: number): boolean {
    const record = this.credential(workshopId, credentialId);
    if (!record || record.revokedAt !== null) return false;
    record.revokedAt = at;
    this.indices.set(record.statusIndex, true);
    return true;
  }
  revokedStatusIndices(): number[] {
    return [...this.indices].filter(([, revoked]) => revoked).map(([index]) => index);
  }
  deleteWorkshop(workshopId: string): void {
    for (const record of this.credentialsOf(workshopId)) this.records.delete(record.id);
  }
}
