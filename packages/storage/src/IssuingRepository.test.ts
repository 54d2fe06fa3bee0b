import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from './Database.js';
import { IssuingRepository, type IssuedCredentialRow } from './IssuingRepository.js';
import { SqliteClient } from './SqliteClient.js';
import { WorkshopRepository } from './WorkshopRepository.js';

const opened: SqliteDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

async function setup() {
  const db = openDatabase({ dataDir: ':memory:' });
  opened.push(db);
  const workshops = new WorkshopRepository(new SqliteClient(db));
  for (const id of ['w1', 'w2']) {
    await workshops.insertWorkshop({ id, title: id, language: 'en', joinCode: `CODE${id}`, status: 'active', state: '{}', createdAt: 1, expiresAt: 2 });
  }
  return { db, workshops, issuing: new IssuingRepository(new SqliteClient(db)) };
}

const row = (id: string, workshopId: string, statusIndex: number): IssuedCredentialRow => ({
  id,
  workshopId,
  kind: 'participation',
  groupId: null,
  participantId: 'p1',
  recipientName: 'Ana',
  achievementName: 'Participation',
  claimToken: `token-${id}`,
  statusIndex,
  credentialJson: '{}',
  issuedAt: 10,
  revokedAt: null,
});

describe('IssuingRepository', () => {
  it('stores a batch with its status indices, all or nothing', async () => {
    const { issuing } = await setup();
    expect(await issuing.insertCredentials([row('c1', 'w1', 5), row('c2', 'w1', 9)])).toBe('stored');
    expect((await issuing.credentialsOf('w1')).map((r) => r.id)).toEqual(['c1', 'c2']);
    expect(await issuing.isStatusIndexTaken(9)).toBe(true);
    // A reused index fails the whole batch: c3 is not stored either.
    expect(await issuing.insertCredentials([row('c3', 'w1', 11), row('c4', 'w1', 5)])).toBe('index-taken');
    // Any other failure is an error, not a silent refusal.
    await expect(issuing.insertCredentials([row('c1', 'w1', 12)])).rejects.toThrow(/UNIQUE|PRIMARY/);
    expect(await issuing.credential('w1', 'c3')).toBeUndefined();
    expect(await issuing.isStatusIndexTaken(11)).toBe(false);
  });

  it('finds by claim token, and by workshop only within it', async () => {
    const { issuing } = await setup();
    await issuing.insertCredentials([row('c1', 'w1', 5)]);
    expect((await issuing.credentialByClaimToken('token-c1'))?.id).toBe('c1');
    expect(await issuing.credentialByClaimToken('token-x')).toBeUndefined();
    expect(await issuing.credential('w2', 'c1')).toBeUndefined();
  });

  it('revokes once, setting the bit', async () => {
    const { issuing } = await setup();
    await issuing.insertCredentials([row('c1', 'w1', 5), row('c2', 'w1', 6)]);
    expect(await issuing.revoke('w2', 'c1', 20)).toBe(false);
    expect(await issuing.revoke('w1', 'c1', 20)).toBe(true);
    expect(await issuing.revoke('w1', 'c1', 21)).toBe(false);
    expect((await issuing.credential('w1', 'c1'))?.revokedAt).toBe(20);
    expect(await issuing.revokedStatusIndices()).toEqual([5]);
  });

  it('R1 S3 deleting a workshop deletes its credentials and claim links, keeps the status bits', async () => {
    const { db, workshops, issuing } = await setup();
    await issuing.insertCredentials([row('c1', 'w1', 5), row('c2', 'w2', 6)]);
    await issuing.revoke('w1', 'c1', 20);
    await workshops.deleteWorkshop('w1');
    expect(await issuing.credentialsOf('w1')).toEqual([]);
    expect(await issuing.credentialByClaimToken('token-c1')).toBeUndefined();
    expect(await issuing.credentialsOf('w2')).toHaveLength(1);
    expect(await issuing.revokedStatusIndices()).toEqual([5]);
    expect(await issuing.isStatusIndexTaken(5)).toBe(true);
    expect(db.prepare('SELECT COUNT(*) AS n FROM issued_credentials WHERE recipient_name = ?').get('Ana')).toEqual({ n: 1 });
  });
});
