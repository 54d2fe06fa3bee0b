export { ClusterSession, type ClusterLogger, type ClusterSessionOptions } from './ClusterSession.js';
export { WorkshopLocks, WORKSHOP_HOLDER_SQL, type WorkshopLocksOptions } from './WorkshopLocks.js';
export { WorkshopChanges, CHANNEL, clusterMessageSchema, type ClusterMessage } from './WorkshopChanges.js';
export { ClusterLiveBoards, CLUSTER_ORIGIN, type ClusterLiveBoardsOptions, type LocalBoards } from './ClusterLiveBoards.js';
