// Hocuspocus 3.x with no extensions (no persistence), on an ephemeral loopback port.
import { Server } from '@hocuspocus/server';
import { serveIpc } from './ipc.mjs';

const server = new Server({ port: Number(process.env.PORT ?? 0), address: '127.0.0.1', quiet: true });
await server.listen();
serveIpc(server.httpServer.address().port, () => ({ docs: server.hocuspocus.getDocumentsCount() }));
