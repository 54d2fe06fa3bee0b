export { SyncServer, endAfterError, type SyncServerOptions, type SyncStats } from './SyncServer.js';
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
  type UpdateCheck,
  type UpdateCheckContext,
  type UpdateVerdict,
} from './types.js';
export { formatBytes } from './updateSize.js';
export { MessageType, SyncMessageType, encodeAwareness, encodePermissionDenied } from './protocol.js';
export { MemoryBoardStore } from './MemoryBoardStore.js';
