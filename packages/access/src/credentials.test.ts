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
  it('refuses a short secret', () => {
    expect(() => new CredentialSigner('short')).toThrow(/32/);
  });
});
