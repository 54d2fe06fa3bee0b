import { checklistWords } from './checklistWords';

/** One requirement of the Europass LOQ profile as the server reports it (`checkEuropassPublishing`). */
export interface EuropassCheck {
  id: string;
  status: 'met' | 'not-met' | 'info';
  label: string;
  reason: string;
}

const ICON = { met: '✓', 'not-met': '•', info: 'i' } as const;

/**
 * What Europass still needs to publish the offer (LOQ profile): unmet requirements with the reason
 * and the canvas field that fills them; informational notes (e.g. no EQF level, so no qualification).
 */
export function EuropassChecks({ checks, lang }: { checks: readonly EuropassCheck[]; lang: string }) {
  const w = checklistWords(lang);
  const gaps = checks.filter((check) => check.status === 'not-met').length;
  const shown = checks.filter((check) => check.status !== 'met');
  return (
    <div className="europass-checks" data-testid="europass-checks">
      <h4>{w.europass}</h4>
      <p className={`small ${gaps ? 'warn-text' : 'ok-text'}`}>{gaps ? w.europassGaps(gaps) : w.europassReady}</p>
      {shown.length > 0 && (
        <ul className="checklist">
          {shown.map((check) => (
            <li key={check.id} className={`check-${check.status}`} data-check={check.id}>
              <span className="check-icon" aria-hidden>{ICON[check.status]}</span>
              <span>
                {check.label}
                <span className="check-hint">{check.reason}</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
