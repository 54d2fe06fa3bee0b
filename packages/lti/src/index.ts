export { LtiService, type LaunchResult, type LtiServiceOptions, type PlatformInput, type PlatformView } from './LtiService.js';
export { LtiError } from './errors.js';
export type { WorkshopPort } from './ports.js';
export { fileToolKeyStore, loadToolKey, memoryToolKeyStore, TOOL_KEY_FILE, type ToolKeyStore } from './toolKey.js';
export { isFacilitatorRole } from './roles.js';
export { LtiRoster, type RosterMember, type RosterView } from './roster.js';
export { LtiDeepLinking, type DeepLinkChoice, type DeepLinkView } from './deepLinking.js';
export { LtiDynamicRegistration } from './dynamicRegistration.js';
