// Our server: the built app (apps/server/dist), wired exactly as main.ts does, with IPC probes.
import { buildApp } from '../../../../apps/server/dist/app.js';
import { loadConfig } from '../../../../apps/server/dist/config.js';
import { serveIpc } from './ipc.mjs';

const config = loadConfig();
const app = await buildApp(config);
await app.fastify.listen({ port: config.PORT, host: '127.0.0.1' });
// Boards with connections that hold only their encoded state (sync-server SPEC §8).
const hibernating = () => new Set(app.sync.connections().map((c) => c.boardId).filter((id) => app.sync.isHibernating(id))).size;
serveIpc(app.fastify.server.address().port, () => ({ docs: app.sync.stats().rooms, hibernating: hibernating() }));
const stop = () => app.close().then(() => process.exit(0), () => process.exit(1));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
