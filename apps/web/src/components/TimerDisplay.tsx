import type { TimerState } from '@canvas/api';
import { useEffect, useState } from 'react';
import { words } from '../lib/i18n';

export function timeLeft(timer: TimerState, now: number): number {
  if (timer.startedAt === null) return timer.remainingMs;
  return Math.max(0, timer.remainingMs - (now - timer.startedAt));
}

export function formatMs(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const minutes = Math.floor(total / 60);
  const seconds = total % 60;
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

/** Minute marks a screen reader announces (every tick would drown everything else out). */
const ANNOUNCED_MINUTES = new Set([1, 2, 5, 10]);

/**
 * The activity countdown everyone sees; it turns red in the last minute and says when time is up.
 * The clock itself is a silent `timer`; a polite live region speaks only when it pauses, reaches
 * 10, 5, 2 or 1 minutes left, or runs out.
 */
/**
 * How the countdown reads: time is up whenever nothing is left, however it got there (run out,
 * or shortened to zero, paused or not); the last minute is "ending".
 */
export function timerState(timer: TimerState, left: number): 'done' | 'ending' | 'paused' | 'running' {
  if (left === 0) return 'done';
  if (left < 60_000) return 'ending';
  return timer.startedAt === null ? 'paused' : 'running';
}

export function TimerDisplay({ timer, language }: { timer: TimerState | null; language?: string }) {
  const w = words(language);
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, []);
  if (!timer) return null;
  const left = timeLeft(timer, now);
  const state = timerState(timer, left);
  const minutesLeft = Math.ceil(left / 60_000);
  const announcement =
    state === 'done'
      ? w.timeUp
      : timer.startedAt === null
        ? w.timerPaused(formatMs(left))
        : ANNOUNCED_MINUTES.has(minutesLeft)
          ? w.minutesLeft(minutesLeft)
          : '';
  return (
    <div className={`timer timer-${state}`} data-testid="timer">
      <span role="timer" aria-label={w.timer} className="timer-clock">
        {formatMs(left)}
      </span>
      <span className="timer-label" aria-hidden="true">
        {state === 'done' ? w.timeUp : state === 'paused' ? w.timePaused : w.timeLeft}
      </span>
      <span className="visually-hidden" role="status" data-testid="timer-announcement">
        {announcement}
      </span>
    </div>
  );
}
