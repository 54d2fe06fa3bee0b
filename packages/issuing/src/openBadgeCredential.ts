import type { Ob3IssuerProfile } from './issuerProfile.js';
import type { HashedIdentity } from './recipient.js';
import type { StatusEntry } from './statusList.js';

/** The JSON-LD contexts of an OB 3.0 credential, in the required order (SPEC C1). */
export const OPEN_BADGE_CONTEXTS = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'] as const;

/**
 * An OB 3.0 `Achievement` as embedded in a credential: the product builds it (@canvas/microcredential's
 * `toOpenBadgesAchievement`, or `participationAchievement`); any further OB 3.0 properties pass through.
 */
export type EmbeddedAchievement = { id: string; type: readonly string[] | string; name: string; description: string; criteria: object };

export interface UnsignedOpenBadgeCredential {
  '@context': readonly string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: Ob3IssuerProfile;
  validFrom: string;
  validUntil?: string;
  credentialSubject: { type: ['AchievementSubject']; identifier: HashedIdentity[]; achievement: EmbeddedAchievement };
  credentialStatus: StatusEntry;
}

export interface CredentialInput {
  id: string;
  issuer: Ob3IssuerProfile;
  achievement: EmbeddedAchievement;
  recipient: HashedIdentity;
  validFrom: Date;
  validUntil?: Date;
  status: StatusEntry;
}

/** XML Schema dateTime in UTC, whole seconds: what VC 2.0 verifiers parse everywhere. */
export function dateTimeStamp(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}

/**
 * An unsigned `OpenBadgeCredential` (SPEC C1–C3). The achievement is embedded without its own
 * `@context`; contexts it brings beyond the two of OB 3.0 (e.g. the Assessment Extension) are added
 * to the credential's, after them, so that every term it uses stays defined.
 */
export function buildOpenBadgeCredential(input: CredentialInput): UnsignedOpenBadgeCredential {
  if (input.validUntil && input.validUntil.getTime() <= input.validFrom.getTime()) {
    throw new RangeError('validUntil must be after validFrom');
  }
  const { '@context': own, ...achievement } = input.achievement as EmbeddedAchievement & { '@context'?: unknown };
  const extra = (Array.isArray(own) ? own : own === undefined ? [] : [own]).filter(
    (context): context is string => typeof context === 'string' && !(OPEN_BADGE_CONTEXTS as readonly string[]).includes(context),
  );
  return {
    '@context': [...OPEN_BADGE_CONTEXTS, ...extra],
    id: input.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name: achievement.name,
    issuer: input.issuer,
    validFrom: dateTimeStamp(input.validFrom),
    ...(input.validUntil ? { validUntil: dateTimeStamp(input.validUntil) } : {}),
    credentialSubject: { type: ['AchievementSubject'], identifier: [input.recipient], achievement },
    credentialStatus: input.status,
  };
}
