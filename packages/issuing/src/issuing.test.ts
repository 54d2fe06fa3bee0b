import * as vc from '@digitalcredentials/vc';
import { securityLoader } from '@digitalcredentials/security-document-loader';
import { checkStatus } from '@digitalcredentials/vc-bitstring-status-list';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { achievement } from './__fixtures__/achievement.js';
import { MemoryIssuingStore } from './__fixtures__/memoryIssuingStore.js';
import { offlineDocumentLoader } from './documentLoader.js';
import { Issuer } from './Issuer.js';
import { memoryKeyStore } from './issuerKey.js';
import { buildOpenBadgeCredential } from './openBadgeCredential.js';
import { identityMatches } from './recipient.js';
import { checkAchievementCredentialSchema } from './schemaCheck.js';
import { signCredential, verifyingSuite } from './signing.js';
import { statusEntry } from './statusList.js';
import { loadOrCreateIssuerKey } from './issuerKey.js';
import { issuerIdentity } from './issuerIdentity.js';
import { toOb3Issuer } from './issuerProfile.js';

const profile = { name: 'Berufsschule Test', url: 'https://school.example', email: 'badges@school.example' };
let store: MemoryIssuingStore;
let issuer: Issuer;
let credential: any;

beforeAll(async () => {
  store = new MemoryIssuingStore();
  issuer = await Issuer.open({ keyStore: memoryKeyStore(), store, profile, baseUrl: 'http://127.0.0.1:9' });
  const [record] = await issuer.issue({
    workshopId: 'w1',
    kind: 'micro-credential',
    achievement,
    recipients: [{ name: 'Ana Example', identityType: 'emailAddress', identity: ' Ana@Example.org ' }],
    validUntil: new Date(Date.now() + 365 * 86_400_000),
  });
  credential = JSON.parse(record!.credentialJson);
});

afterEach(() => vi.unstubAllGlobals());

describe('issuing', () => {
  it('C1 C3 C4 builds an OpenBadgeCredential with status entry and an eddsa-rdfc-2022 proof', () => {
    expect(credential['@context']).toEqual(['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json']);
    expect(credential.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
    expect(credential.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
    expect(credential.issuer).toMatchObject({ id: issuer.identity.did, type: ['Profile'], name: 'Berufsschule Test', email: 'badges@school.example' });
    expect(issuer.identity.did).toMatch(/^did:key:z6Mk/);
    expect(credential.validFrom).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    expect(credential.validUntil > credential.validFrom).toBe(true);
    expect(credential.credentialSubject.achievement.name).toBe('Heat-pump installation basics');
    expect(credential.credentialStatus).toMatchObject({ type: 'BitstringStatusListEntry', statusPurpose: 'revocation', statusListCredential: 'http://127.0.0.1:9/api/credentials/status/revocation' });
    expect(credential.credentialStatus.id).toBe(`${credential.credentialStatus.statusListCredential}#${credential.credentialStatus.statusListIndex}`);
    expect(credential.proof).toHaveLength(1);
    expect(credential.proof[0]).toMatchObject({ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod', verificationMethod: issuer.identity.verificationMethod.id });
  });

  it('C2 hashes the recipient with a salt; the plain e-mail is nowhere in the credential', () => {
    const [identity] = credential.credentialSubject.identifier;
    expect(identity).toMatchObject({ type: 'IdentityObject', identityType: 'emailAddress', hashed: true });
    expect(identity.identityHash).toMatch(/^sha256\$[0-9a-f]{64}$/);
    expect(identity.salt).toMatch(/^[0-9a-f]{32}$/);
    expect(identityMatches(identity, 'ana@example.org')).toBe(true);
    expect(identityMatches(identity, 'bob@example.org')).toBe(false);
    expect(JSON.stringify(credential).toLowerCase()).not.toContain('ana@example.org');
  });

  it('C4 verifies with the DCC library itself (vc.verifyCredential, bundled contexts, DCC status check), and fails once changed', async () => {
    // The DCC stack alone: its bundled loader, plus the status list as a web server would hand it out.
    const bundled = securityLoader().build();
    const documentLoader = async (url: string) =>
      url === issuer.statusListUrl ? { contextUrl: null, documentUrl: url, document: await issuer.statusListCredential() } : bundled(url);
    const good = await vc.verifyCredential({ credential, suite: verifyingSuite(), documentLoader, checkStatus });
    expect(good.error?.message ?? good.error?.errors?.[0]?.message).toBeUndefined();
    expect(good.verified).toBe(true);
    const changed = structuredClone(credential);
    changed.credentialSubject.achievement.name = 'Master plumber';
    expect((await vc.verifyCredential({ credential: changed, suite: verifyingSuite(), documentLoader, checkStatus })).verified).toBe(false);
  });

  it('C5 validates against the 1EdTech AchievementCredential JSON Schema, which does refuse a broken one', () => {
    expect(checkAchievementCredentialSchema(credential)).toEqual({ valid: true });
    const broken = structuredClone(credential);
    delete broken.credentialSubject.achievement.criteria;
    broken.credentialSubject.identifier[0].hashed = 'yes';
    const result = checkAchievementCredentialSchema(broken);
    expect(result.valid).toBe(false);
  });

  it('S1 when another request took an index meanwhile, the batch is drawn and signed again, whole', async () => {
    store.raceFor.push(1);
    const records = await issuer.issue({
      workshopId: 'race',
      kind: 'participation',
      achievement,
      recipients: [
        { name: 'R1', identityType: 'name', identity: 'R1' },
        { name: 'R2', identityType: 'name', identity: 'R2' },
      ],
    });
    expect((await store.credentialsOf('race')).map((r) => r.id).sort()).toEqual(records.map((r) => r.id).sort());
    for (const record of records) {
      expect(JSON.parse(record.credentialJson).credentialStatus.statusListIndex).toBe(String(record.statusIndex));
      expect((await issuer.verify(JSON.parse(record.credentialJson))).verdict).toBe('valid');
    }
  });

  it('C1 refuses a validUntil that is not after validFrom', async () => {
    await expect(
      issuer.issue({ workshopId: 'w1', kind: 'participation', achievement, recipients: [{ name: 'X', identityType: 'name', identity: 'X' }], validUntil: new Date(Date.now() - 1000) }),
    ).rejects.toThrow(/validUntil/);
  });
});

describe('verification', () => {
  it('V3 reports every check as passed, in English and German', async () => {
    const report = await issuer.verify(credential);
    expect(report.verdict).toBe('valid');
    expect(report.checks.map((c) => [c.id, c.outcome])).toEqual([
      ['format', 'passed'],
      ['issuer', 'passed'],
      ['signature', 'passed'],
      ['dates', 'passed'],
      ['revocation', 'passed'],
      ['schema', 'passed'],
    ]);
    expect(report.checks.find((c) => c.id === 'issuer')!.reason).toBe('this_server');
    for (const c of report.checks) {
      expect(c.words.en.length).toBeGreaterThan(10);
      expect(c.words.de.length).toBeGreaterThan(10);
      expect(c.words.de).not.toBe(c.words.en);
    }
  });

  it('V4 a changed field fails the signature check', async () => {
    const changed = structuredClone(credential);
    changed.validUntil = '2099-01-01T00:00:00Z';
    const report = await issuer.verify(changed);
    expect(report.verdict).toBe('invalid');
    expect(report.checks.find((c) => c.id === 'signature')).toMatchObject({ outcome: 'failed', reason: 'invalid' });
  });

  it("V4 a credential signed with another key fails: issuer (key not the issuer's) or signature (key swapped in)", async () => {
    const otherKey = await loadOrCreateIssuerKey(memoryKeyStore());
    const otherIdentity = issuerIdentity(otherKey, undefined);
    const unsigned = buildOpenBadgeCredential({
      id: 'urn:uuid:00000000-0000-4000-8000-000000000001',
      issuer: toOb3Issuer(issuer.identity.did, profile), // claims to be our issuer
      achievement,
      recipient: credential.credentialSubject.identifier[0],
      validFrom: new Date(),
      status: statusEntry(issuer.statusListUrl, 1),
    });
    const forged = await signCredential(unsigned, otherKey, otherIdentity, offlineDocumentLoader());
    const report = await issuer.verify(forged);
    expect(report.checks.find((c) => c.id === 'issuer')).toMatchObject({ outcome: 'failed', reason: 'key_not_issuers' });
    // The DCC verifier agrees: the verification method's controller is not the issuer.
    const forgedResult = await vc.verifyCredential({ credential: forged, suite: verifyingSuite(), documentLoader: securityLoader().build(), checkStatus: async () => ({ verified: true }) });
    expect(forgedResult.verified).toBe(false);
    // The same signature presented as our key's: the signature itself fails.
    const swapped = structuredClone(forged) as any;
    swapped.proof[0].verificationMethod = issuer.identity.verificationMethod.id;
    const swappedReport = await issuer.verify(swapped);
    expect(swappedReport.checks.find((c) => c.id === 'signature')).toMatchObject({ outcome: 'failed', reason: 'invalid' });
  });

  it('V5 S2 S3 a revoked credential fails the revocation check; the others stay valid', async () => {
    const records = await issuer.issue({
      workshopId: 'w2',
      kind: 'participation',
      achievement,
      recipients: [
        { name: 'Ben', identityType: 'name', identity: 'Ben' },
        { name: 'Cem', identityType: 'name', identity: 'Cem' },
      ],
    });
    expect(await issuer.revoke('w2', records[0]!.id)).toBe('revoked');
    expect(await issuer.revoke('w2', records[0]!.id)).toBe('already');
    expect(await issuer.revoke('w1', records[1]!.id)).toBe('not-found');
    const revoked = await issuer.verify(JSON.parse(records[0]!.credentialJson));
    expect(revoked.verdict).toBe('invalid');
    expect(revoked.checks.find((c) => c.id === 'revocation')).toMatchObject({ outcome: 'failed', reason: 'revoked' });
    const other = await issuer.verify(JSON.parse(records[1]!.credentialJson));
    expect(other.checks.find((c) => c.id === 'revocation')).toMatchObject({ outcome: 'passed', reason: 'ok' });
    // The status list is itself a signed credential the DCC library verifies.
    const list = await issuer.statusListCredential();
    expect(list.type).toEqual(['VerifiableCredential', 'BitstringStatusListCredential']);
    expect((await vc.verifyCredential({ credential: list, suite: verifyingSuite(), documentLoader: securityLoader().build() })).verified).toBe(true);
    // S3: deleting the workshop's credentials keeps the bit.
    await store.deleteWorkshop('w2');
    expect(await store.revokedStatusIndices()).toContain(records[0]!.statusIndex);
  });

  it('V6 reports a credential not valid yet and one expired', async () => {
    const future = await issuer.verify(credential, new Date(Date.parse(credential.validFrom) - 86_400_000));
    expect(future.checks.find((c) => c.id === 'dates')).toMatchObject({ outcome: 'failed', reason: 'not_yet_valid' });
    const late = await issuer.verify(credential, new Date(Date.parse(credential.validUntil) + 86_400_000));
    expect(late.checks.find((c) => c.id === 'dates')).toMatchObject({ outcome: 'failed', reason: 'expired' });
  });

  it('V1 refuses a hostile nesting before any JSON-LD processing', async () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const report = await issuer.verify({ ...credential, evidence: deep });
    expect(report.checks).toEqual([expect.objectContaining({ id: 'format', outcome: 'failed', reason: 'too_deep' })]);
    const wide = await issuer.verify({ ...credential, evidence: Array.from({ length: 30_000 }, () => 1) });
    expect(wide.checks[0]).toMatchObject({ outcome: 'failed', reason: 'too_many_values' });
  });

  it('V2 never fetches what a credential names: foreign did:web, unknown context and foreign status list are "not checked"', async () => {
    const fetchSpy = vi.fn(async () => {
      throw new Error('network used');
    });
    vi.stubGlobal('fetch', fetchSpy);
    const foreign = structuredClone(credential);
    foreign.issuer.id = 'did:web:evil.example';
    foreign.proof[0].verificationMethod = 'did:web:evil.example#key-1';
    foreign.credentialStatus = { ...foreign.credentialStatus, statusListCredential: 'https://evil.example/status', id: 'https://evil.example/status#1' };
    const report = await issuer.verify(foreign);
    expect(report.verdict).toBe('incomplete');
    expect(report.checks.find((c) => c.id === 'issuer')).toMatchObject({ outcome: 'not-checked', reason: 'not_resolvable' });
    expect(report.checks.find((c) => c.id === 'signature')).toMatchObject({ outcome: 'not-checked', reason: 'key_not_offline' });
    expect(report.checks.find((c) => c.id === 'revocation')).toMatchObject({ outcome: 'not-checked', reason: 'foreign_list' });
    const context = structuredClone(credential);
    context['@context'].push('https://evil.example/context.jsonld');
    const contextReport = await issuer.verify(context);
    expect(contextReport.checks.find((c) => c.id === 'signature')).toMatchObject({ outcome: 'not-checked', reason: 'context_not_offline' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('V3 names the problem when the input is no OB 3.0 credential', async () => {
    expect((await issuer.verify([])).checks[0]!.reason).toBe('not_object');
    expect((await issuer.verify({ '@context': ['https://www.w3.org/2018/credentials/v1'] })).checks[0]!.reason).toBe('not_vc2');
    const unsigned = structuredClone(credential);
    delete unsigned.proof;
    expect((await issuer.verify(unsigned)).checks[0]!.reason).toBe('no_proof');
    const jwt = structuredClone(credential);
    jwt.proof[0].cryptosuite = 'ecdsa-rdfc-2019';
    expect((await issuer.verify(jwt)).checks[0]!.reason).toBe('unsupported_proof');
  });
});
