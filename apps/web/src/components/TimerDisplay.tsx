import type { TimerState } from '@canvas/api';
import { useEffect, useState } from 'react';
import { catalogue } from '../lib/i18n';

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

/** The activity countdown everyone sees; it turns red in the last minute and says when time is up. */
export function TimerDisplay({ timer, lang }: { timer: TimerState | null; lang: string | undefined }) {
  const t = catalogue(lang).timer;
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const interval = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(interval);
  }, []);
  if (!timer) return null;
  const left = timeLeft(timer, now);
  const state = left === 0 && timer.durationMs > 0 ? 'done' : left < 60_000 ? 'ending' : timer.startedAt === null ? 'paused' : 'running';
  return (
    <div className={`timer timer-${state}`} role="timer" aria-live="polite" data-testid="timer">
      <span className="timer-clock">{formatMs(left)}</span>
      <span className="timer-label">{state === 'done' ? t.timesUp : state === 'paused' ? t.paused : t.left}</span>
    </div>
  );
}
