import type { ExportPool } from '@canvas/export-jobs';
import type { DiskGuard } from '@canvas/limits';
import type { SyncServer } from '@canvas/sync-server';
import type { FastifyInstance } from 'fastify';

/** Liveness and a small status for operators (docs/operations.md). */
export async function healthPlugin(app: FastifyInstance, opts: { sync: SyncServer; exportPool: ExportPool; disk: DiskGuard }): Promise<void> {
  app.get('/api/health', async () => {
    const stats = opts.sync.stats();
    const disk = opts.disk.low() ? 'low' : 'ok';
    return { status: stats.dirtyRooms > 0 || disk === 'low' ? 'degraded' : 'ok', ...stats, disk, exports: opts.exportPool.stats() };
  });
}
