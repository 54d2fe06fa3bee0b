import type { ContributionRow as Row, ContributionsReport, WorkshopView } from '@canvas/api';
import './contributions.css';
import { useState } from 'react';
import { DownloadButton } from '../components/DownloadButton';
import { request } from '../lib/api';
import { catalogue } from '../lib/i18n';

/**
 * Console section: who contributed what, per activity (workshops contributions C4, C6). Loaded when
 * opened (and on refresh), not polled: it is read after a session more than during it.
 */
export function ContributionsPanel({ view, token }: { view: WorkshopView; token: string }) {
  const w = catalogue(view.language).contributions;
  const [rows, setRows] = useState<Row[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const path = `/api/workshops/${view.id}/contributions`;
  const load = async () => {
    try {
      setRows((await request<ContributionsReport>('GET', path, { token })).rows);
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  const byActivity = new Map<string, Row[]>();
  for (const row of rows ?? []) byActivity.set(row.activity, [...(byActivity.get(row.activity) ?? []), row]);
  return (
    <details className="card contributions" data-testid="contributions" onToggle={(e) => (e.currentTarget as HTMLDetailsElement).open && void load()}>
      <summary>
        <h2 className="inline-heading">{w.title}</h2>
      </summary>
      <p className="muted small">{w.intro}</p>
      <div className="row">
        <button className="button secondary small-button" onClick={() => void load()}>
          {w.refresh}
        </button>
        <DownloadButton path={`${path}?format=csv`} token={token} fileName="contributions.csv" label={w.downloadCsv} />
        <DownloadButton path={`${path}?format=json`} token={token} fileName="contributions.json" label={w.downloadJson} />
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {rows && rows.length === 0 && <p className="muted">{w.none}</p>}
      {[...byActivity].map(([activity, list]) => (
        <div key={activity} className="contributions__activity">
          <h3>{activity}</h3>
          <div className="table-scroll">
            <table className="contributions__table">
              <thead>
                <tr>
                  <th scope="col">{w.participant}</th>
                  <th scope="col">{w.group}</th>
                  <th scope="col">{w.added}</th>
                  <th scope="col">{w.edited}</th>
                  <th scope="col">{w.moved}</th>
                  <th scope="col">{w.activeMinutes}</th>
                  <th scope="col">{w.votes}</th>
                </tr>
              </thead>
              <tbody>
                {list.map((row) => (
                  <tr key={row.participantId} data-testid="contribution-row">
                    <th scope="row">{row.name || w.removed}</th>
                    <td>{row.group}</td>
                    <td>{row.added}</td>
                    <td>{row.edited}</td>
                    <td>{row.moved}</td>
                    <td>{row.activeMinutes}</td>
                    <td>{row.votes}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </details>
  );
}
