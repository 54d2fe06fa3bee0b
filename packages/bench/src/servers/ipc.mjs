// Shared by the server wrappers: reports the listening port to the parent over IPC and answers
// memory probes (after a forced GC when the process runs with --expose-gc).
export function serveIpc(port, extra = () => ({})) {
  process.on('message', (message) => {
    if (!message || typeof message !== 'object') return;
    if (message.type === 'memory') {
      if (typeof globalThis.gc === 'function') {
        globalThis.gc();
        globalThis.gc();
      }
      const usage = process.memoryUsage();
      process.send?.({ type: 'memory', id: message.id, heapUsed: usage.heapUsed, rss: usage.rss, external: usage.external, arrayBuffers: usage.arrayBuffers, ...extra() });
    }
  });
  process.on('disconnect', () => process.exit(0));
  process.send?.({ type: 'listening', port });
}
