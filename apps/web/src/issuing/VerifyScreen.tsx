import type { VerificationReportView } from '@canvas/api';
import { useEffect, useRef, useState } from 'react';
import { ApiError } from '../lib/api';
import { issuingApi } from './issuingApi';
import { VerificationResult } from './VerificationResult';
import { browserLanguage, issuingWords, type IssuingLang } from './words';
import './issuing.css';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** `/verify` — anyone checks an Open Badges 3.0 credential (JSON or baked PNG) on this server. */
export function VerifyScreen() {
  const [lang, setLang] = useState<IssuingLang>(browserLanguage);
  const w = issuingWords(lang);
  const [text, setText] = useState('');
  const [png, setPng] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<VerificationReportView | null>(null);
  const [busy, setBusy] = useState(false);
  const resultRef = useRef<HTMLDivElement>(null);
  // On a phone the result lands below the form: bring it into view.
  useEffect(() => {
    if (report) resultRef.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [report]);

  const onFile = async (file: File | undefined) => {
    setReport(null);
    setError(null);
    setPng(null);
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (bytes[0] === 0x89 && bytes[1] === 0x50) setPng(toBase64(bytes));
    else setText(new TextDecoder().decode(bytes));
  };

  const verify = async () => {
    setError(null);
    setReport(null);
    let body: { credential: unknown } | { png: string };
    if (png) body = { png };
    else if (text.trim() === '') return setError(w.nothingGiven);
    else {
      try {
        body = { credential: JSON.parse(text) };
      } catch {
        return setError(w.notJson);
      }
    }
    setBusy(true);
    try {
      setReport(await issuingApi.verify(body));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <main className="page narrow-page">
      <section className="card stack" data-testid="verify-page">
        <div className="verify-heading">
          <h1>{w.verifyTitle}</h1>
          <div className="row small" role="group" aria-label={w.language}>
            {(['en', 'de'] as const).map((code) => (
              <button key={code} className={`button small-button ${code === lang ? 'primary' : 'secondary'}`} aria-pressed={code === lang} onClick={() => setLang(code)}>
                {code.toUpperCase()}
              </button>
            ))}
          </div>
        </div>
        <p>{w.verifyIntro}</p>
        <label className="field">
          {w.chooseFile}
          <input type="file" accept=".json,.jsonld,application/json,application/ld+json,image/png" onChange={(e) => void onFile(e.target.files?.[0])} data-testid="verify-file" />
        </label>
        <label className="field">
          {w.orPaste}
          <textarea
            rows={6}
            value={png ? '' : text}
            disabled={png !== null}
            onChange={(e) => setText(e.target.value)}
            spellCheck={false}
            className="verify-text"
            data-testid="verify-text"
          />
        </label>
        <div className="row">
          <button className="button primary" onClick={() => void verify()} disabled={busy} data-testid="verify-button">
            {busy ? w.verifying : w.verify}
          </button>
        </div>
        {error && <p className="error" role="alert">{error}</p>}
        <div ref={resultRef}>{report && <VerificationResult report={report} lang={lang} />}</div>
      </section>
    </main>
  );
}
