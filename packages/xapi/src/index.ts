/** Workshop learning events as xAPI 1.0.3 statements, sent to an LRS in the background (rules: SPEC.md). */
export {
  learningEventSchema,
  learningActorSchema,
  parseLearningEvent,
  LEARNING_EVENT_KINDS,
  type LearningEvent,
  type LearningActor,
  type LearningEventKind,
} from './learningEvent.js';
export { toStatement, agentOf, type StatementOptions } from './toStatement.js';
export type { XapiStatement, XapiAgent, XapiGroup, XapiActivity, XapiContext, XapiVerb, XapiAccount, LanguageMap } from './statement.js';
export { VERBS, PLATFORM, vocabularyFor, type Vocabulary } from './vocabulary.js';
export { statementIdFor, registrationFor, uuidV5, XAPI_UUID_NAMESPACE } from './ids.js';
export { xapiConfigFromEnv, XapiConfigError, XAPI_DEFAULTS, type XapiConfig } from './config.js';
export { XapiSender, type XapiSenderOptions, type XapiSenderStats, type XapiLogger } from './sender.js';
export { backoffDelay, DEFAULT_BACKOFF, type BackoffPolicy } from './backoff.js';
export { realTimers, type Timers, type TimerHandle } from './timers.js';
