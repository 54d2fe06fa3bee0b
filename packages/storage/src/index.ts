export { openDatabase, DATABASE_FILE, type OpenOptions, type SqliteDatabase } from './Database.js';
export { SqliteBoardStore } from './SqliteBoardStore.js';
export type { SqlClient, SqlParam, SqlRunResult } from './SqlClient.js';
export { SqliteClient } from './SqliteClient.js';
export {
  WorkshopRepository,
  type ActivityRow,
  type BoardRow,
  type GroupRow,
  type ParticipantRow,
  type WorkshopRow,
} from './WorkshopRepository.js';
export { IssuingRepository, type IssuedCredentialRow } from './IssuingRepository.js';
export { AuthorshipRepository } from './AuthorshipRepository.js';
export { PrivateBoardRepository, type PrivateBoardRow } from './PrivateBoardRepository.js';
export { VoteRepository, type VoteRow, type DotRow } from './VoteRepository.js';
export { PollRepository, type PollRow } from './PollRepository.js';
export { AgendaRepository, type SavedAgendaRow } from './AgendaRepository.js';
export { LtiRepository, type LtiDeploymentRow, type LtiLinkRow, type LtiMemberRow, type LtiPlatformRow } from './LtiRepository.js';
export { FileRepository, type BoardFileRow } from './FileRepository.js';
export { ContributionRepository, type ContributionKind, type ContributionRow } from './ContributionRepository.js';
export { openStorage, type Storage, type StorageOptions, type BoardLog } from './openStorage.js';
