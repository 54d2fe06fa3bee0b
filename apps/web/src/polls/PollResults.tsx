import type { PollView } from '@canvas/api';
import { pollWords } from './words';

/** A poll's counts as bars: one per option, or 1…5 for a rating. Counts only, never names (P3). */
export function PollResults({ poll, counts, answered, language }: { poll: PollView; counts: number[]; answered: number; language: string }) {
  const w = pollWords(language);
  const most = Math.max(1, ...counts);
  const labelOf = (i: number) => (poll.kind === 'rating' ? ratingLabel(poll, i + 1, w.ratingOf) : poll.options[i]!);
  return (
    <div className="poll-results" data-testid="poll-results">
      <ol className="poll-bars">
        {counts.map((count, i) => (
          <li key={i} data-count={count}>
            <span className="poll-bar-label">{labelOf(i)}</span>
            <span className="poll-bar-track" aria-hidden="true">
              <span className="poll-bar" style={{ width: `${(count / most) * 100}%` }} />
            </span>
            <span className="poll-bar-count">{count}</span>
          </li>
        ))}
      </ol>
      <p className="muted small" data-testid="poll-answered">{w.answered(answered)}</p>
    </div>
  );
}

/** "3 of 5", with the end labels on 1 and 5 when the poll has them. */
export function ratingLabel(poll: PollView, value: number, ratingOf: (n: number) => string): string {
  const end = value === 1 ? poll.options[0] : value === 5 ? poll.options[1] : undefined;
  return end ? `${value} · ${end}` : ratingOf(value);
}
