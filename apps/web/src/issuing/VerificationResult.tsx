import type { VerificationReportView } from '@canvas/api';
import { issuingWords, type IssuingLang } from './words';

const MARK = { passed: '✓', failed: '✗', 'not-checked': '–' } as const;

/** A verification report in plain words: the verdict, then one line per check (SPEC V3). */
export function VerificationResult({ report, lang }: { report: VerificationReportView; lang: IssuingLang }) {
  const w = issuingWords(lang);
  const details = report.checks.filter((c) => c.detail);
  return (
    <div className={`verification verification--${report.verdict}`} data-testid="verification-result" data-verdict={report.verdict} aria-live="polite">
      <p className="verification-verdict">{report.summary[lang]}</p>
      {report.about?.achievement && (
        <p className="muted small">
          {report.about.achievement}
          {report.about.issuerName ? ` · ${w.issuedBy(report.about.issuerName)}` : ''}
        </p>
      )}
      <ul className="verification-checks">
        {report.checks.map((check) => (
          <li key={check.id} className={`verification-check verification-check--${check.outcome}`} data-testid={`check-${check.id}`} data-outcome={check.outcome}>
            <span className="verification-mark" aria-hidden="true">{MARK[check.outcome]}</span>
            <span>
              <strong>{w.check[check.id]}</strong> <span className="muted small">({w.outcome[check.outcome]})</span>
              <br />
              {check.words[lang]}
            </span>
          </li>
        ))}
      </ul>
      {details.length > 0 && (
        <details className="small">
          <summary>{w.details}</summary>
          <ul>
            {details.map((c) => (
              <li key={c.id}>
                <code>{c.id}</code>: {c.detail}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
