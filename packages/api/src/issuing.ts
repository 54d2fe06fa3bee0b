import { z } from 'zod';
import { idSchema, languageSchema } from './common.js';

/** A future day or instant after which issued credentials are no longer valid (optional). */
const validUntilSchema = z.iso
  .datetime({ offset: true })
  .or(z.iso.date())
  .refine((value) => Date.parse(value) > Date.now(), 'must be in the future')
  .optional();

/** POST /api/workshops/:workshopId/credentials/participation */
export const issueParticipationRequestSchema = z
  .object({
    /** Participants to issue to; every participant of the workshop when left out. */
    participantIds: z.array(idSchema).min(1).max(500).optional(),
    validUntil: validUntilSchema,
  })
  .strict();
export type IssueParticipationRequest = z.infer<typeof issueParticipationRequestSchema>;

/** POST /api/workshops/:workshopId/groups/:groupId/credentials: the learner list as CSV text. */
export const issueMicroCredentialRequestSchema = z
  .object({
    csv: z.string().max(512 * 1024, 'the list is larger than 512 KiB; split it'),
    validUntil: validUntilSchema,
  })
  .strict();
export type IssueMicroCredentialRequest = z.infer<typeof issueMicroCredentialRequestSchema>;

export const issuedCredentialViewSchema = z.object({
  id: z.string(),
  kind: z.enum(['participation', 'micro-credential']),
  groupId: z.string().nullable(),
  participantId: z.string().nullable(),
  recipientName: z.string(),
  achievementName: z.string(),
  claimPath: z.string(),
  issuedAt: z.number(),
  revokedAt: z.number().nullable(),
});
export type IssuedCredentialView = z.infer<typeof issuedCredentialViewSchema>;

export const issuerViewSchema = z.object({
  did: z.string(),
  method: z.enum(['web', 'key']),
  name: z.string(),
  url: z.string().optional(),
  email: z.string().optional(),
  statusListUrl: z.string(),
});
export type IssuerView = z.infer<typeof issuerViewSchema>;

/** GET /api/workshops/:workshopId/credentials */
export const workshopCredentialsSchema = z.object({
  issuer: issuerViewSchema,
  credentials: z.array(issuedCredentialViewSchema),
  /** Per group: whether its micro-credential may be issued (SPEC C7) and what is missing. */
  groups: z.array(z.object({ groupId: z.string(), groupName: z.string(), title: z.string().nullable(), ready: z.boolean(), missing: z.array(z.string()) })),
});
export type WorkshopCredentials = z.infer<typeof workshopCredentialsSchema>;

/** GET /api/claims/:token */
export const claimViewSchema = z.object({
  recipientName: z.string(),
  achievementName: z.string(),
  issuerName: z.string(),
  issuedAt: z.number(),
  revoked: z.boolean(),
  language: languageSchema,
  credential: z.record(z.string(), z.unknown()),
});
export type ClaimView = z.infer<typeof claimViewSchema>;

/** POST /api/verify: a credential as JSON, or a baked PNG as base64. */
export const verifyRequestSchema = z.union([
  z.object({ credential: z.unknown() }).strict(),
  z.object({ png: z.base64().max(1024 * 1024, 'the image is larger than 768 KiB') }).strict(),
]);
export type VerifyRequest = z.infer<typeof verifyRequestSchema>;

const wordsSchema = z.object({ en: z.string(), de: z.string() });
export const verificationReportSchema = z.object({
  verdict: z.enum(['valid', 'invalid', 'incomplete']),
  summary: wordsSchema,
  checks: z.array(
    z.object({
      id: z.enum(['format', 'signature', 'issuer', 'dates', 'revocation', 'schema']),
      outcome: z.enum(['passed', 'failed', 'not-checked']),
      reason: z.string(),
      words: wordsSchema,
      detail: z.string().optional(),
    }),
  ),
  about: z
    .object({
      name: z.string().optional(),
      achievement: z.string().optional(),
      issuerName: z.string().optional(),
      issuerId: z.string().optional(),
      validFrom: z.string().optional(),
      validUntil: z.string().optional(),
    })
    .optional(),
});
export type VerificationReportView = z.infer<typeof verificationReportSchema>;

export const credentialParamsSchema = z.object({ workshopId: idSchema, credentialId: z.string().regex(/^urn:uuid:[0-9a-f-]{36}$/, 'must be a credential id (urn:uuid:…)') });
/** Any string: a malformed token gets the same 404 as an unknown one (issuing SPEC D1). */
export const claimParamsSchema = z.object({ token: z.string() });
