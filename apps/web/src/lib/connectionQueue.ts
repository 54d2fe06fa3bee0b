/**
 * Chromium delays websocket handshakes when a page has many pending at once (its throttle grows
 * exponentially with the number pending), so the facilitator's grid, with one socket per group,
 * took seconds to open. Sockets queue here: at most `MAX_CONNECTING` handshakes at a time.
 * Measured with `pnpm bench:grid`: see docs/performance-console.md.
 */
const MAX_CONNECTING = 8;
let connecting = 0;
const waiting: Array<() => void> = [];

/** Runs `start` when a slot is free; call the returned `release` once connected, closed or abandoned. */
export function queueConnection(start: () => void): () => void {
  let state: 'waiting' | 'started' | 'released' = 'waiting';
  const run = () => {
    if (state !== 'waiting') return;
    state = 'started';
    connecting++;
    start();
  };
  if (connecting < MAX_CONNECTING) run();
  else waiting.push(run);
  return () => {
    if (state === 'started') {
      connecting--;
      state = 'released';
      const next = waiting.shift();
      next?.();
    } else if (state === 'waiting') {
      state = 'released';
      const index = waiting.indexOf(run);
      if (index >= 0) waiting.splice(index, 1);
    }
  };
}
