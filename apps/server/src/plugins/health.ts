import type { ExportPool } from '@canvas/export-jobs';
import type { DiskGuard } from '@canvas/limits';
import type { Storage } from '@canvas/storage';
import type { SyncServer } from '@canvas/sync-server';
import type { FastifyInstance } from 'fastify';
import type { Cluster } from '../cluster.js';

/**
 * Liveness and a small status for operators (`/api/health`), and readiness for a load balancer
 * (`/api/ready`, docs/deployment.md): 200 only while the database answers and, in a cluster, the
 * cluster session is up; 503 with the reason otherwise, so HAProxy sends no new sockets here.
 */
export async function healthPlugin(
  app: FastifyInstance,
  opts: { sync: SyncServer; exportPool: ExportPool; disk: DiskGuard; storage: Storage; cluster: Cluster | null },
): Promise<void> {
  app.get('/api/health', async () => {
    const stats = opts.sync.stats();
    const disk = opts.disk.low() ? 'low' : 'ok';
    return { status: stats.dirtyRooms > 0 || disk === 'low' ? 'degraded' : 'ok', ...stats, disk, exports: opts.exportPool.stats(), storage: opts.storage.kind };
  });
  app.get('/api/ready', async (_request, reply) => {
    let problem: string | null = null;
    try {
      await opts.storage.sql.get('SELECT 1 AS ok');
    } catch {
      problem = 'the database does not answer';
    }
    if (!problem && opts.cluster && !opts.cluster.connected()) problem = 'the cluster session to PostgreSQL is down';
    if (problem) return reply.code(503).send({ ready: false, problem });
    return { ready: true };
  });
}
