import type { IssuedCredentialRecord, IssuingStore } from '../ports.js';

/** An in-memory IssuingStore for the package's tests (the server uses @canvas/storage's IssuingRepository). */
export class MemoryIssuingStore implements IssuingStore {
  readonly records = new Map<string, IssuedCredentialRecord>();
  readonly indices = new Map<number, boolean>();

  /** Indices another (simulated) request takes just before the next insert. */
  readonly raceFor: number[] = [];

  async insertCredentials(records: readonly IssuedCredentialRecord[]): Promise<'stored' | 'index-taken'> {
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
  async isStatusIndexTaken(index: number): Promise<boolean> {
    return this.indices.has(index);
  }
  async credentialsOf(workshopId: string): Promise<IssuedCredentialRecord[]> {
    return [...this.records.values()].filter((r) => r.workshopId === workshopId);
  }
  async credential(workshopId: string, credentialId: string): Promise<IssuedCredentialRecord | undefined> {
    const record = this.records.get(credentialId);
    return record?.workshopId === workshopId ? record : undefined;
  }
  async credentialByClaimToken(token: string): Promise<IssuedCredentialRecord | undefined> {
    return [...this.records.values()].find((r) => r.claimToken === token);
  }
  async revoke(workshopId: string, credentialId: string, at: number): Promise<boolean> {
    const record = await this.credential(workshopId, credentialId);
    if (!record || record.revokedAt !== null) return false;
    record.revokedAt = at;
    this.indices.set(record.statusIndex, true);
    return true;
  }
  async revokedStatusIndices(): Promise<number[]> {
    return [...this.indices].filter(([, revoked]) => revoked).map(([index]) => index);
  }
  async deleteWorkshop(workshopId: string): Promise<void> {
    for (const record of await this.credentialsOf(workshopId)) this.records.delete(record.id);
  }
}
