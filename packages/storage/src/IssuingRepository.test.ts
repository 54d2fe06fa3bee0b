import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type SqliteDatabase } from './Database.js';
import { IssuingRepository, type IssuedCredentialRow } from './IssuingRepository.js';
import { WorkshopRepository } from './WorkshopRepository.js';

const opened: SqliteDatabase[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
});

function setup() {
  const db = openDatabase({ dataDir: ':memory:' });
  opened.push(db);
  const workshops = new WorkshopRepository(db);
  for (const id of ['w1', 'w2']) {
    workshops.insertWorkshop({ id, title: id, language: 'en', joinCode: `CODE${id}`, status: 'active', state: '{}', createdAt: 1, expiresAt: 2 });
  }
  return { db, workshops, issuing: new IssuingRepository(db) };
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
  it('stores a batch with its status indices, all or nothing', () => {
    const { issuing } = setup();
    expect(issuing.insertCredentials([row('c1', 'w1', 5), row('c2', 'w1', 9)])).toBe('stored');
    expect(issuing.credentialsOf('w1').map((r) => r.id)).toEqual(['c1', 'c2']);
    expect(issuing.isStatusIndexTaken(9)).toBe(true);
    // A reused index fails the whole batch: c3 is not stored either.
    expect(issuing.insertCredentials([row('c3', 'w1', 11), row('c4', 'w1', 5)])).toBe('index-taken');
    // Any other failure is an error, not a silent refusal.
    expect(() => issuing.insertCredentials([row('c1', 'w1', 12)])).toThrow(/UNIQUE|PRIMARY/);
    expect(issuing.credential('w1', 'c3')).toBeUndefined();
    expect(issuing.isStatusIndexTaken(11)).toBe(false);
  });

  it('finds by claim token, and by workshop only within it', () => {
    const { issuing } = setup();
    issuing.insertCredentials([row('c1', 'w1', 5)]);
    expect(issuing.credentialByClaimToken('token-c1')?.id).toBe('c1');
    expect(issuing.credentialByClaimToken('token-x')).toBeUndefined();
    expect(issuing.credential('w2', 'c1')).toBeUndefined();
  });

  it('revokes once, setting the bit', () => {
    const { issuing } = setup();
    issuing.insertCredentials([row('c1', 'w1', 5), row('c2', 'w1', 6)]);
    expect(issuing.revoke('w2', 'c1', 20)).toBe(false);
    expect(issuing.revoke('w1', 'c1', 20)).toBe(true);
    expect(issuing.revoke('w1', 'c1', 21)).toBe(false);
    expect(issuing.credential('w1', 'c1')?.revokedAt).toBe(20);
    expect(issuing.revokedStatusIndices()).toEqual([5]);
  });

  it('R1 S3 deleting a workshop deletes its credentials and claim links, keeps the status bits', () => {
    const { db, workshops, issuing } = setup();
    issuing.insertCredentials([row('c1', 'w1', 5), row('c2', 'w2', 6)]);
    issuing.revoke('w1', 'c1', 20);
    workshops.deleteWorkshop('w1');
    expect(issuing.credentialsOf('w1')).toEqual([]);
    expect(issuing.credentialByClaimToken('token-c1')).toBeUndefined();
    expect(issuing.credentialsOf('w2')).toHaveLength(1);
    expect(issuing.revokedStatusIndices()).toEqual([5]);
    expect(issuing.isStatusIndexTaken(5)).toBe(true);
    expect(db.prepare('SELECT COUNT(*) AS n FROM issued_credentials WHERE recipient_name = ?').get('Ana')).toEqual({ n: 1 });
  });
});
