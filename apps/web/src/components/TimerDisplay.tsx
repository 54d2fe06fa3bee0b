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

/**
 * How the countdown reads: time is up whenever nothing is left, however it got there (run out,
 * or shortened to zero, paused or not); the last minute is "ending".
 */
export function timerState(timer: TimerState, left: number): 'done' | 'ending' | 'paused' | 'running' {
  if (left === 0) return 'done';
  if (left < 60_000) return 'ending';
  return timer.startedAt === null ? 'paused' : 'running';
}

/** The activity countdown everyone sees; it turns red in the last minute and says when time is up. */
export function TimerDisplay({ timer, language }: { timer: TimerState | null; language?: string }) {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, []);
  if (!timer) return null;
  const left = timeLeft(timer, now);
  const state = timerState(timer, left);
  const w = words(language);
  return (
    <div className={`timer timer-${state}`} role="timer" aria-live="polite" data-testid="timer">
      <span className="timer-clock">{formatMs(left)}</span>
      <span className="timer-label">{state === 'done' ? w.timeUp : state === 'paused' ? w.timerPaused : w.timeLeft}</span>
    </div>
  );
}
