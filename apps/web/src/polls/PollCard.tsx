import type { PollStatus, WorkshopView } from '@canvas/api';
import { useState } from 'react';
import { ApiError } from '../lib/api';
import { pollsApi } from './api';
import { PollResults, ratingLabel } from './PollResults';
import { pollWords } from './words';

/**
 * A participant's poll: the question and its choices while it is open (one answer, changeable), and
 * the counts once the facilitator shows them. Nothing here is hidden by the screen alone: the server
 * sends counts only when they are shown (P3).
 */
export function PollCard({ view, token, status, onStatus }: { view: WorkshopView; token: string; status: PollStatus | null; onStatus: (status: PollStatus) => void }) {
  const w = pollWords(view.language);
  const [error, setError] = useState<string | null>(null);
  const poll = status?.poll;
  if (!poll || (!poll.open && !poll.resultsShown) || view.state.status === 'ended') return null;
  const values = poll.kind === 'rating' ? [1, 2, 3, 4, 5] : poll.options.map((_, i) => i);
  const choose = async (value: number) => {
    setError(null);
    try {
      onStatus(await pollsApi.answer(view.id, token, poll.id, value));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  };
  return (
    <section className="poll-card" aria-label={w.region} data-testid="poll-card">
      <p className="poll-question">
        <span className="eyebrow">{poll.open ? w.open : w.closed}</span> {poll.question}
      </p>
      {poll.open && (
        <div className={`poll-choices poll-choices--${poll.kind}`} role="group" aria-label={poll.question}>
          {values.map((value) => (
            <button
              key={value}
              type="button"
              className={`button ${status.myAnswer === value ? 'primary' : 'secondary'} small-button`}
              aria-pressed={status.myAnswer === value}
              onClick={() => void choose(value)}
              data-testid={`poll-choice-${value}`}
            >
              {poll.kind === 'rating' ? ratingLabel(poll, value, w.ratingOf) : poll.options[value]}
            </button>
          ))}
        </div>
      )}
      {status.counts && status.answered !== null ? (
        <PollResults poll={poll} counts={status.counts} answered={status.answered} language={view.language} />
      ) : (
        <p className="muted small">{status.myAnswer !== null ? `${w.changeHint} ${w.waiting}` : w.anonymous}</p>
      )}
      {error && <p className="error small" role="alert">{error}</p>}
    </section>
  );
}
