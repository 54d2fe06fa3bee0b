export { WorkshopService, controlBoardId, type MutableState, type WorkshopServiceOptions } from './WorkshopService.js';
export { WorkshopError } from './errors.js';
export { applyTimerCommand, remainingMs } from './timer.js';
export type { LiveBoards, TemplateCatalog, TemplateInfo } from './ports.js';
export { PrivateWriting, type PrivateWritingOptions } from './writing/PrivateWriting.js';
export { Voting, winnersOf, type VotingOptions } from './voting/Voting.js';
export { SavedAgendas } from './savedAgendas.js';
export { Polls, type PollsOptions } from './polls/Polls.js';
