import type { ExportPool } from '@canvas/export-jobs';
import type { SyncServer } from '@canvas/sync-server';
import type { FastifyInstance } from 'fastify';

/** Liveness and a small status for operators (docs/operations.md). */
export async function healthPlugin(app: FastifyInstance, opts: { sync: SyncServer; exportPool: ExportPool }): Promise<void> {
  app.get('/api/health', async () => {
    const stats = opts.sync.stats();
    return { status: stats.dirtyRooms > 0 ? 'degraded' : 'ok', ...stats, exports: opts.exportPool.stats() };
  });
}
