import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { achievement } from './__fixtures__/achievement.js';
import { MemoryIssuingStore } from './__fixtures__/memoryIssuingStore.js';
import { Issuer } from './Issuer.js';
import { didWebFromUrl, issuerIdentity } from './issuerIdentity.js';
import { fileKeyStore, ISSUER_KEY_FILE, loadOrCreateIssuerKey } from './issuerKey.js';
import { IssuerProfileInput } from './issuerProfile.js';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'issuing-key-'));

describe('the issuer key', () => {
  it('K1 is created as a file only its owner can read (mode 0600), never overwritten', async () => {
    const dir = tempDir();
    const key = await loadOrCreateIssuerKey(fileKeyStore(dir));
    const file = path.join(dir, ISSUER_KEY_FILE);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(key.publicKeyMultibase).toMatch(/^z6Mk/);
    expect(() => fileKeyStore(dir).create('{}')).toThrow(/EEXIST/);
  });

  it('K1 narrows a key file readable by others to 0600, with a warning', async () => {
    const dir = tempDir();
    await loadOrCreateIssuerKey(fileKeyStore(dir));
    const file = path.join(dir, ISSUER_KEY_FILE);
    fs.chmodSync(file, 0o644);
    const warnings: string[] = [];
    await loadOrCreateIssuerKey(fileKeyStore(dir, (w) => warnings.push(w)));
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(warnings[0]).toMatch(/readable by other users/);
  });

  it('K1 refuses a damaged key file instead of replacing it', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, ISSUER_KEY_FILE), '{"type":"Multikey"}', { mode: 0o600 });
    await expect(loadOrCreateIssuerKey(fileKeyStore(dir))).rejects.toThrow(/damaged/);
    fs.writeFileSync(path.join(dir, ISSUER_KEY_FILE), 'not json', { mode: 0o600 });
    await expect(loadOrCreateIssuerKey(fileKeyStore(dir))).rejects.toThrow(/not valid JSON/);
  });

  it('K2 gives the same key after a restart', async () => {
    const dir = tempDir();
    const first = await loadOrCreateIssuerKey(fileKeyStore(dir));
    const second = await loadOrCreateIssuerKey(fileKeyStore(dir));
    expect(second).toEqual(first);
  });
});

describe('the issuer identity', () => {
  it('K3 derives did:web from the public URL (port and path encoded)', () => {
    expect(didWebFromUrl('https://canvas.example.org')).toBe('did:web:canvas.example.org');
    expect(didWebFromUrl('https://canvas.example.org/')).toBe('did:web:canvas.example.org');
    expect(didWebFromUrl('https://example.org:8443/canvas/sessions')).toBe('did:web:example.org%3A8443:canvas:sessions');
  });

  it('K3 K4 without a public URL the issuer is did:key; the DID document holds the public key only', async () => {
    const key = await loadOrCreateIssuerKey(fileKeyStore(tempDir()));
    const asKey = issuerIdentity(key, undefined);
    expect(asKey.did).toBe(`did:key:${key.publicKeyMultibase}`);
    const asWeb = issuerIdentity(key, 'https://canvas.example.org');
    expect(asWeb.didDocument).toMatchObject({ id: 'did:web:canvas.example.org', assertionMethod: [asWeb.verificationMethod.id] });
    expect(asWeb.didDocument.verificationMethod[0]).toMatchObject({ type: 'Multikey', controller: 'did:web:canvas.example.org', publicKeyMultibase: key.publicKeyMultibase });
    expect(JSON.stringify(asWeb.didDocument)).not.toContain(key.secretKeyMultibase);
  });

  it('K3 V2 a did:web credential verifies offline from the local key', async () => {
    const issuer = await Issuer.open({
      keyStore: fileKeyStore(tempDir()),
      store: new MemoryIssuingStore(),
      profile: { name: 'School' },
      publicUrl: 'https://canvas.example.org',
      baseUrl: 'https://canvas.example.org',
    });
    const [record] = await issuer.issue({ workshopId: 'w', kind: 'participation', achievement, recipients: [{ name: 'Ana', identityType: 'name', identity: 'Ana' }] });
    const credential = JSON.parse(record!.credentialJson);
    expect(credential.issuer.id).toBe('did:web:canvas.example.org');
    expect(credential.proof[0].verificationMethod).toBe(issuer.identity.verificationMethod.id);
    const report = await issuer.verify(credential);
    expect(report.verdict).toBe('valid');
  });
});

describe('the issuer profile', () => {
  it('P1 validates what the administrator sets', () => {
    expect(IssuerProfileInput.safeParse({ name: 'School', url: 'https://school.example', email: 'a@school.example', image: 'https://school.example/logo.png' }).success).toBe(true);
    expect(IssuerProfileInput.safeParse({ name: '' }).success).toBe(false);
    expect(IssuerProfileInput.safeParse({ name: 'School\u202Eloohcs' }).success).toBe(false);
    expect(IssuerProfileInput.safeParse({ name: 'x'.repeat(100_000) }).success).toBe(false);
    expect(IssuerProfileInput.safeParse({ name: 'School', url: 'javascript:alert(1)' }).success).toBe(false);
    expect(IssuerProfileInput.safeParse({ name: 'School', image: 'http://tracker.example/pixel.gif' }).success).toBe(false);
    expect(IssuerProfileInput.safeParse({ name: 'School', image: `data:image/png;base64,${'A'.repeat(70_000)}` }).success).toBe(false);
  });
});
