import type { WorkshopView } from '@canvas/api';
import { useEffect, useState } from 'react';
import { request } from '../lib/api';
import { catalogue } from '../lib/i18n';
import '../contributions/contributions.css';

interface Member {
  key: string;
  name: string;
  facilitator: boolean;
  groupId: string | null;
  joined: boolean;
}
interface Roster {
  available: boolean;
  members: Member[];
}

/**
 * Console section for a workshop opened from an LMS course (LTI NRPS, rule L9): load the course's
 * members and plan their groups. Shown only when the course shares its members.
 */
export function RosterPanel({ view, token }: { view: WorkshopView; token: string }) {
  const w = catalogue(view.language).roster;
  const [roster, setRoster] = useState<Roster | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const path = `/api/workshops/${view.id}/lti/roster`;
  const run = async (method: 'GET' | 'POST' | 'PUT', url = path, body?: unknown) => {
    setBusy(true);
    try {
      setRoster(await request<Roster>(method, url, { token, ...(body === undefined ? {} : { body }) }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  useEffect(() => {
    void request<Roster>('GET', path, { token }).then(setRoster, () => setRoster(null));
  }, [path, token]);

  if (!roster?.available) return null;
  return (
    <section className="contributions" aria-label={w.title} data-testid="lti-roster">
      <h2 className="inline-heading">{w.title}</h2>
      <p className="muted small">{w.intro}</p>
      <button className="button secondary small-button" disabled={busy} onClick={() => void run('POST')} data-testid="roster-load">
        {busy ? w.loading : w.load}
      </button>
      {error && <p className="error" role="alert">{error}</p>}
      {roster.members.length === 0 ? (
        <p className="muted">{w.none}</p>
      ) : (
        <div className="table-scroll">
          <table className="contributions__table">
            <tbody>
              {roster.members.map((member) => (
                <tr key={member.key} data-testid="roster-member">
                  <th scope="row">
                    {member.name}
                    {member.facilitator && <span className="muted"> ({w.facilitator})</span>}
                  </th>
                  <td className="muted small">{member.facilitator ? '' : member.joined ? w.joined : w.notJoined}</td>
                  <td>
                    {!member.facilitator && (
                      <select
                        aria-label={w.groupFor(member.name)}
                        value={member.groupId ?? ''}
                        disabled={busy}
                        onChange={(e) => void run('PUT', `${path}/${member.key}`, { groupId: e.target.value || null })}
                      >
                        <option value="">{w.noGroup}</option>
                        {view.groups.map((group) => (
                          <option key={group.id} value={group.id}>
                            {group.name}
                          </option>
                        ))}
                      </select>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
