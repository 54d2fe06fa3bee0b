import type { IssuedCredentialView, WorkshopCredentials, WorkshopView } from '@canvas/api';
import { DownloadButton } from '../components/DownloadButton';
import { useCallback, useEffect, useState } from 'react';
import { CopyButton } from '../components/CopyButton';
import { ApiError } from '../lib/api';
import { issuingApi } from './issuingApi';
import { issuingWords } from './words';
import './issuing.css';

interface ListProblem {
  line: number;
  column?: string;
  code: string;
  message: string;
}

/**
 * The console's section for signed credentials: participation for everyone, each group's designed
 * micro-credential to a CSV list of learners once its checklist is complete, the claim links to pass
 * on, and revocation. In the workshop's language.
 */
export function CredentialsPanel({ view, token }: { view: WorkshopView; token: string }) {
  const w = issuingWords(view.language);
  const [data, setData] = useState<WorkshopCredentials | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [validUntil, setValidUntil] = useState('');
  const everyone = [...view.groups.flatMap((g) => g.members), ...view.unassigned];
  // Participants who hold no valid participation credential yet: the button issues to them only.
  const holders = new Set(data?.credentials.filter((c) => c.kind === 'participation' && c.revokedAt === null).map((c) => c.participantId));
  const participants = everyone.filter((m) => !holders.has(m.id)).length;

  const load = useCallback(async () => {
    try {
      setData(await issuingApi.credentials(view.id, token));
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    }
  }, [view.id, token]);
  // Readiness follows the canvases: reload when people or the current activity change (and on demand).
  const people = [...view.groups.flatMap((g) => g.members.map((m) => m.id)), ...view.unassigned.map((m) => m.id)].join();
  useEffect(() => {
    void load();
  }, [load, people, view.state.currentActivityId]);

  const run = async (key: string, fn: () => Promise<number | void>, onApiError?: (error: ApiError) => void) => {
    setBusy(key);
    setError(null);
    setNotice(null);
    try {
      const count = await fn();
      if (typeof count === 'number') setNotice(w.issuedCount(count));
      await load();
    } catch (e) {
      // A refused learner list is shown line by line in its card, in the workshop's language.
      if (e instanceof ApiError && e.code === 'invalid_learner_list' && onApiError) onApiError(e);
      else setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setBusy(null);
    }
  };
  const until = validUntil ? { validUntil } : {};

  return (
    <section className="credentials-panel" aria-labelledby="credentials-title" data-testid="credentials-panel">
      <div className="grid-heading">
        <h2 id="credentials-title">{w.sectionTitle}</h2>
        <div className="row">
          <button className="button secondary small-button" onClick={() => void load()}>↻ {w.refresh}</button>
          {data && data.credentials.length > 0 && (
            <DownloadButton path={`/api/workshops/${view.id}/credentials.csv`} token={token} fileName={`claim-links-${view.id}.csv`} label={w.downloadLinks} />
          )}
        </div>
      </div>
      {data && (
        <p className="muted small issuer-line">
          {w.issuerLine(data.issuer.name, data.issuer.did)} {w.issuerHint}
        </p>
      )}
      {error && <p className="error" role="alert">{error}</p>}
      {notice && <p className="notice" role="status">{notice}</p>}
      <div className="credential-cards">
        <div className="credential-card">
          <h3 className="credential-title">{w.participationTitle}</h3>
          <p className="small">{w.participationHelp}</p>
          <label className="field small">
            {w.validUntil}
            <input type="date" value={validUntil} onChange={(e) => setValidUntil(e.target.value)} data-testid="valid-until" />
          </label>
          <button
            className="button primary"
            disabled={participants === 0 || busy !== null}
            onClick={() => run('participation', async () => (await issuingApi.issueParticipation(view.id, token, until)).credentials.length)}
            data-testid="issue-participation"
          >
            {busy === 'participation' ? w.issuing : everyone.length === 0 ? w.noParticipants : participants === 0 ? w.allHoldOne : w.issueParticipation(participants)}
          </button>
        </div>
        {data?.groups.map((group) => (
          <GroupCredentialCard
            key={group.groupId}
            group={group}
            busy={busy}
            language={view.language}
            onIssue={(csv, onApiError) =>
              run(group.groupId, async () => (await issuingApi.issueMicroCredential(view.id, token, group.groupId, { csv, ...until })).credentials.length, onApiError)
            }
          />
        ))}
      </div>
      <h3>{w.issuedTitle(data?.credentials.length ?? 0)}</h3>
      {data && data.credentials.length === 0 && <p className="muted small">{w.noneIssued}</p>}
      <ul className="issued-list">
        {data?.credentials.map((credential) => (
          <IssuedRow key={credential.id} credential={credential} language={view.language} busy={busy !== null} onRevoke={() => run(credential.id, () => issuingApi.revoke(view.id, token, credential.id).then(() => undefined))} />
        ))}
      </ul>
      <p className="muted small">{w.deletionNote}</p>
    </section>
  );
}

function GroupCredentialCard({
  group,
  busy,
  onIssue,
  language,
}: {
  group: WorkshopCredentials['groups'][number];
  busy: string | null;
  onIssue: (csv: string, onApiError: (error: ApiError) => void) => Promise<void>;
  language: string;
}) {
  const w = issuingWords(language);
  const [csv, setCsv] = useState('');
  // The server names each bad line (SPEC L2); the panel shows the headline, the card the lines.
  const [problems, setProblems] = useState<ListProblem[]>([]);
  return (
    <div className="credential-card" data-testid="group-credential-card">
      <h3 className="credential-title">
        {w.microTitle(group.groupName)}: <span className="muted">{group.title ?? w.untitled}</span>
      </h3>
      {!group.ready ? (
        <>
          <p className="small">{w.notReady}</p>
          <ul className="small missing-list">
            {group.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      ) : (
        <>
          <p className="small">{w.csvHelp}</p>
          <label className="field small">
            {w.csvFile}
            <input type="file" accept=".csv,text/csv,text/plain" onChange={async (e) => setCsv((await e.target.files?.[0]?.text()) ?? '')} />
          </label>
          <label className="field small">
            {w.csvText}
            <textarea rows={3} value={csv} onChange={(e) => setCsv(e.target.value)} placeholder={w.csvExample} data-testid="learner-csv" />
          </label>
          <button
            className="button primary"
            disabled={csv.trim() === '' || busy !== null}
            onClick={() => {
              setProblems([]);
              void onIssue(csv, (error) => setProblems((error.details as { errors?: ListProblem[] } | undefined)?.errors ?? []));
            }}
            data-testid="issue-micro-credential"
          >
            {busy === group.groupId ? w.issuing : w.issueToList}
          </button>
          {problems.length > 0 && (
            <div className="error small" role="alert">
              {w.listProblems}
              <ul>
                {problems.slice(0, 50).map((p, i) => (
                  <li key={i}>{w.listProblem(p.line, p.column, p.code)}</li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </div>
  );
}

function IssuedRow({ credential, language, busy, onRevoke }: { credential: IssuedCredentialView; language: string; busy: boolean; onRevoke: () => void }) {
  const w = issuingWords(language);
  const link = `${location.origin}${credential.claimPath}`;
  const revoked = credential.revokedAt !== null;
  return (
    <li className={`issued-row${revoked ? ' issued-row--revoked' : ''}`} data-testid="issued-row">
      <span className="issued-name">{credential.recipientName}</span>
      <span className="issued-achievement muted small">
        {credential.kind === 'participation' ? w.participation : credential.achievementName}
        {revoked ? ` · ${w.revoked}` : ''}
      </span>
      <span className="issued-actions">
        <a className="small" href={credential.claimPath} target="_blank" rel="noreferrer" data-testid="claim-link">
          {credential.claimPath.slice(0, 16)}…
        </a>
        <CopyButton text={link} label={w.copyLink} className="button secondary small-button" lang={language} />
        {!revoked && (
          <button className="button danger small-button" disabled={busy} onClick={() => confirm(w.revokeConfirm(credential.recipientName)) && onRevoke()} data-testid="revoke">
            {w.revoke}
          </button>
        )}
      </span>
    </li>
  );
}
