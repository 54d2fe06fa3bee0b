import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { queueConnection } from './connectionQueue';
import { syncParams } from './syncParams';

export interface BoardWatcher {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Frees this socket's place in the connection queue (idempotent). */
  releaseSlot(): void;
  destroy(): void;
}

/** `ws(s)://<this origin>`: the sync endpoint lives on the same origin as the app. */
export function wsOrigin(): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}`;
}

/**
 * Opens a board to watch, not to join: no presence of its own, and the stock provider's habit of
 * re-sending every presence change it receives is switched off (it doubled the console's traffic).
 * The handshake waits its turn in the page's connection queue and frees it once connected or closed.
 */
export function watchBoard(boardId: string, token: string): BoardWatcher {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${wsOrigin()}/sync`, boardId, doc, { params: syncParams(token), disableBc: true, connect: false });
  provider.awareness.setLocalState(null);
  const internal = provider as unknown as { _awarenessUpdateHandler?: (...args: unknown[]) => void };
  if (internal._awarenessUpdateHandler) provider.awareness.off('update', internal._awarenessUpdateHandler);
  let release: (() => void) | null = queueConnection(() => provider.connect());
  const releaseSlot = () => {
    release?.();
    release = null;
  };
  provider.on('status', ({ status }: { status: string }) => {
    if (status === 'connected' || status === 'disconnected') releaseSlot();
  });
  provider.on('connection-close', releaseSlot);
  provider.on('closed', releaseSlot);
  return {
    doc,
    provider,
    releaseSlot,
    destroy() {
      releaseSlot();
      provider.destroy();
      doc.destroy();
    },
  };
}
