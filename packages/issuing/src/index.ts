/**
 * `@canvas/issuing`: signed Open Badges 3.0 credentials. The server's issuer (an Ed25519 key kept
 * readable only by the server, a did:web or did:key, a profile), issuing to workshop participants
 * and to a CSV list of learners, claim links, baked PNG badges, a signed Bitstring Status List for
 * revocation, and an offline verifier that reports each check in plain words (EN, DE).
 * Rules: SPEC.md. How it fits together and the trust model: docs/issuing.md.
 */
export { Issuer, STATUS_LIST_PATH, type IssueRequest, type IssuerOptions, type Recipient } from './Issuer.js';
export type { IssuedCredentialRecord, IssuingStore } from './ports.js';
export { fileKeyStore, memoryKeyStore, ISSUER_KEY_FILE, KEY_FILE_MODE, type KeyStore } from './issuerKey.js';
export { didWebFromUrl, type DidDocument, type IssuerIdentity } from './issuerIdentity.js';
export { IssuerProfileInput, type Ob3IssuerProfile } from './issuerProfile.js';
export { OPEN_BADGE_CONTEXTS, type EmbeddedAchievement, type UnsignedOpenBadgeCredential } from './openBadgeCredential.js';
export { identityMatches } from './recipient.js';
export { activitiesTakenPartIn, participationAchievement, type AuthoredBoard, type ParticipationActivity, type ParticipationWorkshop } from './participation.js';
export { parseLearnerList, LEARNER_LIST_LIMITS, type Learner, type LearnerListError, type LearnerListResult } from './learnerList.js';
export { toLinksCsv } from './linksCsv.js';
export { bakePng, extractBakedCredential, NotABadgeImage, BAKED_KEYWORD } from './baking.js';
export { badgePng } from './badgeImage.js';
export { checkAchievementCredentialSchema } from './schemaCheck.js';
export { VERIFY_LIMITS } from './inputBounds.js';
export { EXTRA_CONTEXTS, OB_ASSESSMENT_CONTEXT_URL } from './documentLoader.js';
export { verifyOpenBadgeCredential, type CheckId, type CheckOutcome, type VerificationCheck, type VerificationReport } from './verify.js';
export type { Words } from './verificationWords.js';
export { STATUS_LIST_LENGTH } from './statusList.js';
