import type { ClaimView, VerificationReportView } from '@canvas/api';
import { useEffect, useState } from 'react';
import { ApiError } from '../lib/api';
import { Link } from '../router';
import { issuingApi } from './issuingApi';
import { VerificationResult } from './VerificationResult';
import { browserLanguage, issuingLang, issuingWords } from './words';
import './issuing.css';

/** `/claim/:token` — a recipient's credential: download as JSON or as a baked badge, and check it. */
export function ClaimScreen({ token }: { token: string }) {
  const [claim, setClaim] = useState<ClaimView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<VerificationReportView | null>(null);
  const [checking, setChecking] = useState(false);
  useEffect(() => {
    issuingApi.claim(token).then(setClaim, (e) => setError(e instanceof ApiError && e.status === 404 ? 'not-found' : e instanceof Error ? e.message : String(e)));
  }, [token]);

  // The verifier's report speaks English or German; the page's own words the workshop's language.
  const lang = claim ? issuingLang(claim.language) : browserLanguage();
  const w = issuingWords(claim?.language ?? lang);
  if (error) {
    return (
      <main className="page narrow-page">
        <section className="card">
          <p className="error" role="alert">{error === 'not-found' ? w.claimNotFound : error}</p>
        </section>
      </main>
    );
  }
  if (!claim) return <main className="page narrow-page"><p className="muted">{w.loading}</p></main>;

  const base = `/api/claims/${encodeURIComponent(token)}`;
  return (
    <main className="page narrow-page">
      <section className="card claim-card" data-testid="claim">
        <img className="claim-badge" src={`${base}/badge.png`} alt="" width={128} height={128} />
        <p className="eyebrow">{w.claimEyebrow}</p>
        <h1>{claim.achievementName}</h1>
        <p>
          {w.issuedTo(claim.recipientName)} {w.issuedBy(claim.issuerName)} {w.issuedOn(new Date(claim.issuedAt).toLocaleDateString(claim.language))}
        </p>
        {claim.revoked && <p className="error" role="alert">{w.revokedNotice}</p>}
        <div className="row claim-downloads">
          <a className="button primary" href={`${base}/credential.json`} download data-testid="download-json">{w.downloadJson}</a>
          <a className="button secondary" href={`${base}/badge.png`} download data-testid="download-png">{w.downloadPng}</a>
        </div>
        <p className="muted small">{w.claimHelp}</p>
        <div className="row">
          <button
            className="button secondary"
            disabled={checking}
            onClick={async () => {
              setChecking(true);
              try {
                setReport(await issuingApi.verify({ credential: claim.credential }));
              } finally {
                setChecking(false);
              }
            }}
            data-testid="check-here"
          >
            {checking ? w.verifying : w.checkHere}
          </button>
          <Link to="/verify" className="small">{w.openVerifier}</Link>
        </div>
        {report && <VerificationResult report={report} lang={lang} />}
      </section>
    </main>
  );
}
