import type { GroupSummary, WorkshopLookup } from '@canvas/api';
import { useEffect, useState, type FormEvent } from 'react';
import { api, ApiError } from '../lib/api';
import { saveName, savedName, savedToken, saveToken } from '../lib/credentials';
import { browserLanguage, useDocumentLanguage, words } from '../lib/i18n';
import { navigate } from '../lib/navigation';

/** `/join/:code` — give a name, pick a group (or be placed), land on the group's board. */
export function JoinScreen({ code }: { code: string }) {
  const [workshop, setWorkshop] = useState<WorkshopLookup | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [name, setName] = useState(savedName());
  const [groupId, setGroupId] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [offer, setOffer] = useState<GroupSummary[] | null>(null);
  const [busy, setBusy] = useState(false);
  // Until the workshop is found, the browser's language; then the workshop's.
  const early = words(browserLanguage());
  useDocumentLanguage(workshop?.language ?? browserLanguage());

  const load = () =>
    api
      .lookup(code)
      .then((found) => {
        setWorkshop(found);
        // Rejoining from the same browser: the same identity and group come back.
        if (savedToken('participant', found.workshopId)) navigate(`/w/${found.workshopId}`, { replace: true });
      })
      .catch((e) => setLoadError(e instanceof ApiError ? e.message : String(e)));

  useEffect(() => {
    void load();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [code]);

  const submit = async (event?: FormEvent, chosenGroupId: string | null = groupId) => {
    event?.preventDefault();
    if (!workshop) return;
    setError(null);
    setOffer(null);
    setBusy(true);
    try {
      const joined = await api.join(workshop.workshopId, {
        displayName: name,
        groupId: chosenGroupId,
        rejoinToken: savedToken('participant', workshop.workshopId) ?? undefined,
      });
      saveToken('participant', workshop.workshopId, joined.token);
      saveName(name.trim());
      navigate(`/w/${workshop.workshopId}`);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'group_full') {
        setError(e.message);
        setOffer(e.details?.groupsWithRoom ?? []);
        setGroupId(null);
        void api.lookup(code).then(setWorkshop);
      } else {
        setError(e instanceof ApiError ? e.message : String(e));
      }
    } finally {
      setBusy(false);
    }
  };

  if (loadError) {
    return (
      <main className="page narrow-page">
        <section className="card">
          <h1>{early.cannotJoin}</h1>
          <p className="error" role="alert">{loadError}</p>
          <button className="button secondary" onClick={() => navigate('/')}>{early.anotherCode}</button>
        </section>
      </main>
    );
  }
  if (!workshop) return <main className="page narrow-page"><p className="muted">{early.lookingUp}</p></main>;
  if (workshop.status === 'ended') {
    return (
      <main className="page narrow-page">
        <section className="card"><h1>{workshop.title}</h1><p>{words(workshop.language).workshopEnded}</p></section>
      </main>
    );
  }
  const w = words(workshop.language);
  return (
    <main className="page narrow-page">
      <section className="card">
        <p className="eyebrow">{w.joining}</p>
        <h1>{workshop.title}</h1>
        <form onSubmit={submit} className="stack">
          <label className="field">
            <span>{w.yourName}</span>
            <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={40} autoFocus data-testid="display-name" />
          </label>
          <fieldset className="groups-picker">
            <legend>{w.yourGroupPick}</legend>
            <label className={`group-option ${groupId === null ? 'selected' : ''}`}>
              <input type="radio" name="group" checked={groupId === null} onChange={() => setGroupId(null)} />
              <span>{w.placeMe}</span>
            </label>
            {workshop.groups.map((group) => {
              const full = group.memberCount >= group.capacity;
              return (
                <label key={group.id} className={`group-option ${groupId === group.id ? 'selected' : ''} ${full ? 'full' : ''}`}>
                  <input type="radio" name="group" disabled={full} checked={groupId === group.id} onChange={() => setGroupId(group.id)} />
                  <span className="swatch" style={{ background: group.color }} />
                  <span>{group.name}</span>
                  <span className="muted">{full ? w.full : `${group.memberCount}/${group.capacity}`}</span>
                </label>
              );
            })}
          </fieldset>
          {error && (
            <div className="error" role="alert" data-testid="join-error">
              <p>{error}</p>
              {offer && offer.length > 0 && (
                <div className="row">
                  {offer.map((group) => (
                    <button
                      type="button"
                      key={group.id}
                      className="button secondary"
                      onClick={() => {
                        setGroupId(group.id);
                        void submit(undefined, group.id);
                      }}
                    >
                      {w.joinGroup(group.name, `${group.memberCount}/${group.capacity}`)}
                    </button>
                  ))}
                </div>
              )}
            </div>
          )}
          <button className="button primary" type="submit" disabled={busy}>{busy ? w.joiningBusy : w.join}</button>
        </form>
      </section>
    </main>
  );
}
