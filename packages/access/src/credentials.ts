import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/**
 * Credentials are HMAC-SHA256-signed claims: `base64url(json).base64url(mac)`. They are
 * unguessable (128-bit nonce) and cannot be forged without the server's secret. A credential names
 * a workshop and a role; the server still checks on every use that the participant exists, so a
 * removed participant's credential stops working at once.
 */
const claimsSchema = z.discriminatedUnion('role', [
  z.object({ v: z.literal(1), role: z.literal('facilitator'), w: z.string().min(1), n: z.string().min(16) }),
  z.object({ v: z.literal(1), role: z.literal('participant'), w: z.string().min(1), p: z.string().min(1), n: z.string().min(16) }),
]);
export type CredentialClaims = z.infer<typeof claimsSchema>;

export class CredentialSigner {
  private readonly key: Buffer;

  constructor(secret: string) {
    if (secret.length < 32) throw new Error('credential secret must be at least 32 characters');
    this.key = Buffer.from(secret, 'utf8');
  }

  issueFacilitator(workshopId: string): string {
    return this.sign({ v: 1, role: 'facilitator', w: workshopId, n: nonce() });
  }

  issueParticipant(workshopId: string, participantId: string): string {
    return this.sign({ v: 1, role: 'participant', w: workshopId, p: participantId, n: nonce() });
  }

  /**
   * The claims of a valid credential, or null for anything else (malformed, forged, unknown
   * version). Only the one canonical spelling is accepted: unpadded base64url whose decoding
   * encodes back to the same text, so no padding, stray characters or trailing junk (SPEC A10).
   */
  verify(token: string | undefined | null): CredentialClaims | null {
    if (!token || token.length > 1024) return null;
    const dot = token.indexOf('.');
    if (dot <= 0 || dot !== token.lastIndexOf('.')) return null;
    const body = token.slice(0, dot);
    const macText = token.slice(dot + 1);
    if (!isCanonicalBase64url(body) || !isCanonicalBase64url(macText)) return null;
    const mac = Buffer.from(macText, 'base64url');
    const expected = this.mac(body);
    if (mac.length !== expected.length || !timingSafeEqual(mac, expected)) return null;
    try {
      const parsed = claimsSchema.safeParse(JSON.parse(Buffer.from(body, 'base64url').toString('utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private sign(claims: CredentialClaims): string {
    const body = Buffer.from(JSON.stringify(claims), 'utf8').toString('base64url');
    return `${body}.${this.mac(body).toString('base64url')}`;
  }

  private mac(body: string): Buffer {
    return createHmac('sha256', this.key).update(body).digest();
  }
}

function isCanonicalBase64url(text: string): boolean {
  return /^[A-Za-z0-9_-]+$/.test(text) && Buffer.from(text, 'base64url').toString('base64url') === text;
}

function nonce(): string {
  return randomBytes(16).toString('base64url');
}

/** A fresh random secret for signing, for deployments that did not configure one. */
export function generateSecret(): string {
  return randomBytes(32).toString('base64url');
}
