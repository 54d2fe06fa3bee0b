import { describe, expect, it } from 'vitest';
import { CredentialSigner, generateSecret } from './credentials.js';

const signer = new CredentialSigner(generateSecret());

describe('CredentialSigner', () => {
  it('P1 verifies what it issued', () => {
    expect(signer.verify(signer.issueFacilitator('w1'))).toMatchObject({ role: 'facilitator', w: 'w1' });
    expect(signer.verify(signer.issueParticipant('w1', 'p1'))).toMatchObject({ role: 'participant', w: 'w1', p: 'p1' });
  });
  it('P1 issues a different, unguessable credential each time', () => {
    expect(signer.issueFacilitator('w1')).not.toBe(signer.issueFacilitator('w1'));
  });
  it('P1 refuses tampered, foreign-signed and malformed credentials', () => {
    const token = signer.issueParticipant('w1', 'p1');
    const [body, mac] = token.split('.') as [string, string];
    const claims = JSON.parse(Buffer.from(body, 'base64url').toString());
    const promoted = Buffer.from(JSON.stringify({ ...claims, role: 'facilitator' })).toString('base64url');
    expect(signer.verify(`${promoted}.${mac}`)).toBeNull();
    expect(new CredentialSigner(generateSecret()).verify(token)).toBeNull();
    for (const bad of ['', 'x', 'a.b', `${body}.`, `.${mac}`, `${body}.${mac}.x`, 'x'.repeat(5000), undefined, null]) {
      expect(signer.verify(bad)).toBeNull();
    }
  });
  it('A10 accepts only the canonical spelling (no padding, no junk, no second spelling of the same bytes)', () => {
    const token = signer.issueParticipant('w1', 'p1');
    const [body, mac] = token.split('.') as [string, string];
    // A 32-byte MAC in 43 characters leaves 2 unused bits in the last one: flipping them decodes to the same bytes.
    const last = mac.at(-1)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const twin = alphabet[alphabet.indexOf(last) ^ 1]!;
    expect(Buffer.from(mac.slice(0, -1) + twin, 'base64url').equals(Buffer.from(mac, 'base64url'))).toBe(true);
    for (const bad of [`${body}.${mac.slice(0, -1)}${twin}`, `${body}.${mac}=`, `${body}=.${mac}`, `${body}.${mac}%`, `${body}.${mac}AA`, `${body}.${mac} `, `${body}.${mac.replace(/-/g, '+')}`]) {
      if (bad === token) continue;
      expect(signer.verify(bad)).toBeNull();
    }
    expect(signer.verify(token)).not.toBeNull();
  });
  it('refuses a short secret', () => {
    expect(() => new CredentialSigner('short')).toThrow(/32/);
  });
});
