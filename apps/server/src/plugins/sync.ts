import websocket from '@fastify/websocket';
import { CloseCode, closeReason, endAfterError, type ConnectOptions, type SyncServer } from '@canvas/sync-server';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawData } from 'ws';
import { z } from 'zod';

export type SocketDecision = ConnectOptions | { refuse: { code: number; reason: string } };
export type SocketAuthorizer = (request: FastifyRequest, boardId: string) => Promise<SocketDecision>;

const paramsSchema = z.object({ boardId: z.string().regex(/^[A-Za-z0-9_-]{1,128}$/) });

/**
 * The y-websocket endpoint: `GET /sync/:boardId?token=…` upgraded to a websocket. The upgrade is
 * always accepted so that a refusal can carry a close code and reason the client can show
 * (an HTTP error on upgrade reaches browsers only as an anonymous 1006).
 */
export async function syncPlugin(
  app: FastifyInstance,
  opts: { sync: SyncServer; authorize: SocketAuthorizer; maxMessageBytes: number; publicUrl?: string },
): Promise<void> {
  // With PUBLIC_URL set, a browser page of another origin may not open boards with a credential it
  // holds (cross-site websocket hijacking). Clients that send no Origin (not browsers) are unaffected.
  const publicOrigin = opts.publicUrl ? new URL(opts.publicUrl).origin : undefined;
  await app.register(websocket, {
    options: { maxPayload: opts.maxMessageBytes, perMessageDeflate: false },
    // The plugin's default handler terminates the socket on any error, which would cut off the close
    // frame `ws` sends for an oversized frame (1009 arrived as 1006; sync-server SPEC 3.1).
    errorHandler: (error, socket, request) => {
      request.log.warn({ err: error }, 'websocket error');
      endAfterError(socket);
    },
  });
  app.get('/sync/:boardId', { websocket: true }, async (socket, request) => {
    const params = paramsSchema.safeParse(request.params);
    if (!params.success) {
      socket.close(CloseCode.NotFound, 'not found: invalid board id');
      return;
    }
    const origin = request.headers.origin;
    if (publicOrigin && origin !== undefined && origin !== publicOrigin) {
      request.log.warn({ origin }, 'socket from a foreign origin refused');
      socket.close(CloseCode.Forbidden, closeReason(`forbidden: pages of ${origin.slice(0, 60)} may not open boards here`));
      return;
    }
    // Deciding reads the store (async); a stock client speaks first (SyncStep1), so its messages
    // are held meanwhile and handed to the sync server's own listener after, in order.
    const held: Array<[RawData, boolean]> = [];
    const hold = (data: RawData, isBinary: boolean) => {
      held.push([data, isBinary]);
      // More than the rate limit's burst can never be accepted: the answer it would get once open.
      if (held.length > opts.sync.limits.messageBurst) socket.close(CloseCode.RateLimited, 'rate limit exceeded: too many messages per second');
    };
    socket.on('message', hold);
    let decision: SocketDecision;
    try {
      decision = await opts.authorize(request, params.data.boardId);
    } catch (error) {
      request.log.error({ err: error }, 'authorising a socket failed');
      socket.close(CloseCode.InternalError, 'internal error');
      return;
    } finally {
      socket.off('message', hold);
    }
    if ('refuse' in decision) {
      socket.close(decision.refuse.code, closeReason(decision.refuse.reason));
      return;
    }
    if (opts.sync.handleConnection(socket, decision)) for (const [data, isBinary] of held) socket.emit('message', data, isBinary);
  });
}
