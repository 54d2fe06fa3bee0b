/** SPEC L2, L4, L5 without a server: the storage adapter over a real (in-memory) SQLite store, and roles. */
import { LtiRepository, openDatabase, SqliteClient } from '@canvas/storage';
import { describe, expect, it } from 'vitest';
import { isFacilitatorRole } from './roles.js';
import { ltiStorage } from './storage.js';

function store(now = { t: 1_000_000 }) {
  const db = openDatabase({ dataDir: ':memory:' });
  return { storage: ltiStorage(new LtiRepository(new SqliteClient(db)), () => now.t), now };
}

describe('nonces (L4)', () => {
  it('are good once, and not after they expire', async () => {
    const { storage, now } = store();
    await storage.storeNonce('n1', new Date(now.t + 1000));
    await storage.storeNonce('n2', new Date(now.t + 1000));
    expect(await storage.validateNonce('n1')).toBe(true);
    expect(await storage.validateNonce('n1')).toBe(false);
    now.t += 2000;
    expect(await storage.validateNonce('n2')).toBe(false);
    expect(await storage.validateNonce('never-issued')).toBe(false);
  });
});

describe('launch configuration (L2)', () => {
  it('is found only for a registered issuer, client id and deployment', async () => {
    const { storage } = store();
    const id = await storage.addClient({ name: 'M', iss: 'https://lms', clientId: 'c1', authUrl: 'https://lms/auth', tokenUrl: 'https://lms/token', jwksUrl: 'https://lms/jwks' });
    await storage.addDeployment(id, { deploymentId: 'd1' });
    expect(await storage.getLaunchConfig('https://lms', 'c1', 'd1')).toMatchObject({ jwksUrl: 'https://lms/jwks' });
    expect(await storage.getLaunchConfig('https://lms', 'c2', 'd1')).toBeUndefined();
    expect(await storage.getLaunchConfig('https://lms', 'c1', 'd2')).toBeUndefined();
    expect(await storage.getLaunchConfig('https://other', 'c1', 'd1')).toBeUndefined();
  });
});

describe('roles (L5)', () => {
  it('instructors, assistants and administrators facilitate; learners and guests do not', () => {
    expect(isFacilitatorRole(['http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor'])).toBe(true);
    expect(isFacilitatorRole(['http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant'])).toBe(true);
    expect(isFacilitatorRole(['http://purl.imsglobal.org/vocab/lis/v2/institution/person#Administrator'])).toBe(true);
    expect(isFacilitatorRole(['http://purl.imsglobal.org/vocab/lis/v2/membership#Learner'])).toBe(false);
    expect(isFacilitatorRole(['http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor'])).toBe(false);
    expect(isFacilitatorRole([])).toBe(false);
  });
});
