export { SyncServer, type SyncServerOptions, type SyncStats } from './SyncServer.js';
export { Connection } from './Connection.js';
export { CloseCode, closeReason } from './closeCodes.js';
export { defaultSyncLimits, type SyncLimits } from './options.js';
export {
  silentLogger,
  type AccessMode,
  type BoardStore,
  type ConnectOptions,
  type ConnectionIdentity,
  type SyncLogger,
} from './types.js';
export { MessageType, SyncMessageType, encodeAwareness, encodePermissionDenied } from './protocol.js';
export { MemoryBoardStore } from './MemoryBoardStore.js';
