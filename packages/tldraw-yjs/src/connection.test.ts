import { describe, expect, it, vi } from 'vitest';
import { watchConnection, type ConnectionStatus, type ProviderLike } from './connection.js';

class FakeProvider {
  wsconnected = false;
  synced = false;
  private listeners = new Map<string, Set<(arg: never) => void>>();
  on(event: string, listener: (arg: never) => void) {
    if (!this.listeners.has(event)) this.listeners.set(event, new Set());
    this.listeners.get(event)!.add(listener);
  }
  off(event: string, listener: (arg: never) => void) {
    this.listeners.get(event)?.delete(listener);
  }
  emit(event: string, arg: unknown) {
    for (const listener of this.listeners.get(event) ?? []) (listener as (arg: unknown) => void)(arg);
  }
}

describe('watchConnection', () => {
  it('reports connecting, connected, reconnecting, offline and closed', () => {
    vi.useFakeTimers();
    try {
      const provider = new FakeProvider();
      const seen: ConnectionStatus[] = [];
      const stop = watchConnection(provider as unknown as ProviderLike, (status) => seen.push(status), { offlineAfterMs: 1000 });
      provider.wsconnected = true;
      provider.emit('status', { status: 'connected' });
      provider.synced = true;
      provider.emit('sync', true);
      provider.wsconnected = false;
      provider.emit('status', { status: 'disconnected' });
      provider.emit('status', { status: 'connecting' });
      vi.advanceTimersByTime(1100);
      provider.emit('closed', { code: 4403, reason: 'forbidden' });
      stop();
      expect(seen).toEqual([
        { kind: 'connecting' },
        { kind: 'connected', synced: false },
        { kind: 'connected', synced: true },
        { kind: 'reconnecting' },
        { kind: 'offline' },
        { kind: 'closed', code: 4403, reason: 'forbidden' },
      ]);
    } finally {
      vi.useRealTimers();
    }
  });
});
