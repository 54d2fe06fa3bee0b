import type { TimerCommand, TimerState } from '@canvas/api';

/** Time left on a countdown at `now` (never negative). */
export function remainingMs(timer: TimerState, now: number): number {
  if (timer.startedAt === null) return timer.remainingMs;
  return Math.max(0, timer.remainingMs - (now - timer.startedAt));
}

/** Applies a facilitator's timer command; pure, so that it is easy to test. */
export function applyTimerCommand(
  timer: TimerState | null,
  command: TimerCommand,
  now: number,
  defaults: { activityId: string | null; durationMinutes: number | null },
): TimerState {
  const current: TimerState = timer ?? {
    activityId: defaults.activityId,
    durationMs: Math.round((defaults.durationMinutes ?? 15) * 60_000),
    startedAt: null,
    remainingMs: Math.round((defaults.durationMinutes ?? 15) * 60_000),
  };
  switch (command.action) {
    case 'set': {
      const durationMs = Math.round(command.durationMinutes * 60_000);
      return { activityId: command.activityId ?? current.activityId, durationMs, startedAt: null, remainingMs: durationMs };
    }
    case 'start':
      if (current.startedAt !== null) return current;
      return { ...current, startedAt: now };
    case 'pause':
      if (current.startedAt === null) return current;
      return { ...current, startedAt: null, remainingMs: remainingMs(current, now) };
    case 'extend': {
      const delta = Math.round(command.minutes * 60_000);
      const left = Math.max(0, remainingMs(current, now) + delta);
      return {
        ...current,
        durationMs: Math.max(0, current.durationMs + delta),
        startedAt: current.startedAt === null ? null : now,
        remainingMs: left,
      };
    }
    case 'reset':
      return { ...current, startedAt: null, remainingMs: current.durationMs };
  }
}
