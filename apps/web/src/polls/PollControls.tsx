import type { CreatePollRequest, PollStatus, WorkshopView } from '@canvas/api';
import { useState } from 'react';
import type { Act } from '../console/act';
import { pollsApi } from './api';
import { PollResults } from './PollResults';
import { pollWords } from './words';

/** The facilitator's polls: ready-made ones from the seed, their own question, live counts, show and close. */
export function PollControls({ view, token, act, status }: { view: WorkshopView; token: string; act: Act; status: PollStatus | null }) {
  const w = pollWords(view.language);
  const [custom, setCustom] = useState(false);
  const [question, setQuestion] = useState('');
  const [kind, setKind] = useState<'choice' | 'rating'>('choice');
  const [lines, setLines] = useState('');
  const ended = view.state.status === 'ended';
  const poll = status?.poll ?? null;
  const ask = (body: CreatePollRequest) => act(async () => {
    await pollsApi.ask(view.id, token, body);
    setCustom(false);
    setQuestion('');
    setLines('');
  });
  const options = lines.split('\n').map((line) => line.trim()).filter(Boolean);
  return (
    <section className="controls poll-controls" aria-label={w.region} data-testid="poll-controls">
      {poll && status && (
        <div className="poll-current" data-testid="poll-current">
          <p className="poll-question">
            <span className="eyebrow">{poll.open ? w.open : w.closed}</span> {poll.question}
          </p>
          {status.counts && status.answered !== null && <PollResults poll={poll} counts={status.counts} answered={status.answered} language={view.language} />}
          <div className="control-group">
            <label className="toggle">
              <input type="checkbox" checked={poll.resultsShown} disabled={ended} onChange={(e) => act(() => pollsApi.showResults(view.id, token, poll.id, e.target.checked))} data-testid="poll-show-results" />{' '}
              {w.showResults}
            </label>
            {poll.open && (
              <button className="button secondary" disabled={ended} onClick={() => act(() => pollsApi.close(view.id, token, poll.id))} data-testid="poll-close">
                {w.close}
              </button>
            )}
          </div>
        </div>
      )}
      <div className="control-group">
        <span className="small">{w.presets}:</span>
        <button className="button secondary small-button" disabled={ended} onClick={() => ask({ kind: 'choice', question: w.selfAssessmentQuestion, options: [...w.selfAssessmentOptions] })} data-testid="poll-preset-self">
          {w.presetSelfAssessment}
        </button>
        <button className="button secondary small-button" disabled={ended} onClick={() => ask({ kind: 'rating', question: w.badgesQuestion, options: [w.badgesEnds[0]!, w.badgesEnds[1]!] })} data-testid="poll-preset-badges">
          {w.presetBadges}
        </button>
        <button className="button secondary small-button" disabled={ended} aria-expanded={custom} onClick={() => setCustom((c) => !c)} data-testid="poll-custom">
          {w.custom}
        </button>
      </div>
      {custom && (
        <form
          className="poll-form"
          onSubmit={(e) => {
            e.preventDefault();
            const ends = options.slice(0, 2);
            void ask(kind === 'choice' ? { kind, question, options } : { kind, question, ...(ends.length === 2 ? { options: [ends[0]!, ends[1]!] as [string, string] } : {}) });
          }}
        >
          <label className="field">
            <span>{w.question}</span>
            <input value={question} maxLength={300} onChange={(e) => setQuestion(e.target.value)} data-testid="poll-question" />
          </label>
          <label className="field inline">
            <span>{w.kind}</span>
            <select value={kind} onChange={(e) => setKind(e.target.value as 'choice' | 'rating')} data-testid="poll-kind">
              <option value="choice">{w.kindChoice}</option>
              <option value="rating">{w.kindRating}</option>
            </select>
          </label>
          <label className="field">
            <span>{kind === 'choice' ? w.options : w.ends}</span>
            <textarea rows={4} value={lines} onChange={(e) => setLines(e.target.value)} data-testid="poll-options" />
          </label>
          <button className="button primary" type="submit" disabled={ended || !question.trim() || (kind === 'choice' && options.length < 2)} data-testid="poll-ask">
            {w.askButton}
          </button>
        </form>
      )}
    </section>
  );
}
