import { createHash, randomBytes } from 'node:crypto';

/** How a recipient is identified: by e-mail, by an institution's identifier, or by name alone. */
export type RecipientIdentityType = 'emailAddress' | 'identifier' | 'name';

/** OB 3.0 `IdentityObject` with a salted SHA-256 hash (SPEC C2). */
export interface HashedIdentity {
  type: 'IdentityObject';
  identityType: RecipientIdentityType;
  hashed: true;
  identityHash: string;
  salt: string;
}

/**
 * The identity as it is hashed: e-mail addresses trimmed and lower-cased (mail systems treat them
 * case-insensitively in practice), other identifiers and names trimmed and NFC-normalised only.
 */
export function normalizeIdentity(type: RecipientIdentityType, value: string): string {
  const trimmed = value.normalize('NFC').trim();
  return type === 'emailAddress' ? trimmed.toLowerCase() : trimmed;
}

/** `sha256$` + hex SHA-256 of the UTF-8 identity with the salt appended, as OB 3.0 defines IdentityHash. */
export function identityHash(identity: string, salt: string): string {
  return `sha256$${createHash('sha256').update(identity + salt, 'utf8').digest('hex')}`;
}

/** A hashed identity with a fresh 128-bit salt, so equal identities in two credentials do not match. */
export function hashedIdentity(type: RecipientIdentityType, value: string, salt = randomBytes(16).toString('hex')): HashedIdentity {
  return { type: 'IdentityObject', identityType: type, hashed: true, identityHash: identityHash(normalizeIdentity(type, value), salt), salt };
}

/** Whether a plain identity matches a hashed one (what a relying party does with what the holder tells it). */
export function identityMatches(hashed: Pick<HashedIdentity, 'identityType' | 'identityHash' | 'salt'>, value: string): boolean {
  return identityHash(normalizeIdentity(hashed.identityType, value), hashed.salt) === hashed.identityHash.toLowerCase();
}
