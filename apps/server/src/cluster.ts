import os from 'node:os';
import { ClusterLiveBoards, ClusterSession, WorkshopChanges, WorkshopLocks, type ClusterLogger } from '@canvas/cluster';
import type { BoardLog } from '@canvas/storage';
import { CloseCode, type Connection, type SyncServer } from '@canvas/sync-server';

/** What the rest of the app needs of the workshop rules here (bound late: they are built after). */
export interface ClusterWorkshops {
  workshopOfBoard(boardId: string): Promise<string | null>;
  reevaluate(workshopId: string): Promise<void>;
}

export interface Cluster {
  /** The live boards as the workshop rules and routes use them (packages/cluster SPEC C4). */
  live: ClusterLiveBoards<Connection>;
  /** Whether this process may serve a socket of the workshop's board now (C2.2); false: refuse with 1013. */
  claim(workshopId: string, boardId: string): Promise<boolean>;
  /** The cluster session is up (readiness). */
  connected(): boolean;
  close(): Promise<void>;
}

/**
 * Joins the processes that share this PostgreSQL database (docs/deployment.md): opens this
 * process's cluster session, serves a workshop only while holding its lock, and takes changes that
 * other processes make to the workshops it serves.
 */
export async function joinCluster(options: {
  url: string;
  name?: string;
  sync: SyncServer;
  boards: BoardLog;
  workshops: () => ClusterWorkshops;
  logger: ClusterLogger;
}): Promise<Cluster> {
  const { sync, logger } = options;
  const session = await ClusterSession.open({ url: options.url, applicationName: `canvas-sessions:${options.name ?? `${os.hostname()}:${process.pid}`}`, logger });
  const changes = new WorkshopChanges(session, logger);
  await changes.listen();
  // Declared before `locks`, which calls back into it; both exist before any callback can run.
  let live: ClusterLiveBoards<Connection> | undefined;
  // Workshops with open sockets, gathered once per idle check (one pass over the connections, not one per workshop).
  let withSockets: { at: number; ids: Set<string> } = { at: -Infinity, ids: new Set() };
  const hasSockets = (workshopId: string) => {
    if (performance.now() - withSockets.at > 100) {
      withSockets = { at: performance.now(), ids: new Set(sync.connections().map((c) => c.tags.workshopId ?? '')) };
    }
    return withSockets.ids.has(workshopId);
  };
  const locks = new WorkshopLocks(session, {
    isBusy: (workshopId) => live!.isBusy(workshopId, hasSockets(workshopId)),
    onLost: (workshopIds) => {
      // C2.4: another process may be serving these already; what we hold in memory may be stale.
      const boards = live!.loadedBoards(workshopIds);
      // Whatever a failed flush did not store, the clients send again when they reconnect (they are replicas).
      void sync.flushWrites().catch(() => {}).then(() => {
        for (const boardId of boards) sync.discardBoard(boardId, 'try again: this server stopped serving the workshop', CloseCode.TryAgainLater);
        for (const connection of sync.connections((c) => workshopIds.includes(c.tags.workshopId ?? ''))) {
          connection.close(CloseCode.TryAgainLater, 'try again: this server stopped serving the workshop');
        }
      });
    },
  });
  live = new ClusterLiveBoards<Connection>({
    local: sync,
    locks,
    changes,
    workshopOf: (boardId) => options.workshops().workshopOfBoard(boardId),
    loadState: (boardId) => options.boards.load(boardId),
    onRemoteChange: (workshopId) => options.workshops().reevaluate(workshopId),
    logger,
  });
  return {
    live,
    async claim(workshopId, boardId) {
      live.track(workshopId, boardId);
      return await locks.claim(workshopId);
    },
    connected: () => session.connected,
    async close() {
      locks.close();
      await session.close();
    },
  };
}
