// The y-websocket reference server (@y/websocket-server 0.1.1, no persistence), exactly as its
// bin/server.js sets it up, on an ephemeral loopback port.
import http from 'node:http';
import { WebSocketServer } from 'ws';
import { setupWSConnection, docs } from '@y/websocket-server/utils';
import { serveIpc } from './ipc.mjs';

const wss = new WebSocketServer({ noServer: true });
const server = http.createServer((_request, response) => {
  response.writeHead(200, { 'Content-Type': 'text/plain' });
  response.end('okay');
});
wss.on('connection', setupWSConnection);
server.on('upgrade', (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
});
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  serveIpc(server.address().port, () => ({ docs: docs.size }));
});
