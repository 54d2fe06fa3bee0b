/** Limits of one server (rules in SPEC.md; the table of what a user sees: docs/security.md "Limits"). */
export { LimitError } from './LimitError.js';
export { checkGroupCount, checkParticipantCount, DEFAULT_WORKSHOP_LIMITS, type WorkshopLimits } from './workshopLimits.js';
export { DailyQuota } from './dailyQuota.js';
export { FailureCeiling } from './failureCeiling.js';
export { DiskGuard } from './diskGuard.js';
export { jsonNestsDeeperThan } from './jsonDepth.js';
