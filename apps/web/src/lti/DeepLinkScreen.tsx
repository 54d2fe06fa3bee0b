import { listAgendas, localize } from '@canvas/templates';
import { useEffect, useState } from 'react';
import { request } from '../lib/api';
import { catalogue } from '../lib/i18n';

interface DeepLinkView {
  courseTitle: string;
  language: string;
  workshops: Array<{ id: string; title: string }>;
}

/** Read once: the ticket travels in the fragment (never sent to a server in a URL) and leaves the address bar. */
function takeTicket(): string {
  const ticket = new URLSearchParams(location.hash.slice(1)).get('ticket') ?? sessionStorage.getItem('canvas-sessions:deep-link') ?? '';
  if (location.hash) history.replaceState(null, '', location.pathname);
  if (ticket) sessionStorage.setItem('canvas-sessions:deep-link', ticket);
  return ticket;
}

/**
 * `/lti/deep-link` — a teacher came from the course's "add activity" (LTI Deep Linking, rule L10): create
 * a workshop (title, agenda) or place one of the course's workshops again. The choice is a plain form
 * post to our server, whose answer posts the signed result back to the platform.
 */
export function DeepLinkScreen() {
  const [ticket] = useState(takeTicket);
  const [view, setView] = useState<DeepLinkView | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    request<DeepLinkView>('GET', '/api/lti/deep-link', { token: ticket }).then(setView, (e) => setError(e instanceof Error ? e.message : String(e)));
  }, [ticket]);
  const lang = view?.language ?? 'en';
  const w = catalogue(lang).deepLink;
  return (
    <main className="page narrow-page" lang={lang}>
      <section className="card stack" data-testid="deep-link">
        <h1>{w.title}</h1>
        {error && <p className="error" role="alert">{error}</p>}
        {!view && !error && <p className="muted">{w.loading}</p>}
        {view && (
          <>
            {view.courseTitle && <p className="muted">{w.course(view.courseTitle)}</p>}
            <form method="post" action="/lti/deep-link/return" className="stack">
              <h2>{w.createTitle}</h2>
              <input type="hidden" name="ticket" value={ticket} />
              <input type="hidden" name="choice" value="new" />
              <label className="field">
                <span>{w.titleLabel}</span>
                <input name="title" defaultValue={view.courseTitle} maxLength={120} required />
              </label>
              <label className="field">
                <span>{w.agendaLabel}</span>
                <select name="agendaId" defaultValue="">
                  <option value="">{w.agendaDefault}</option>
                  {listAgendas().map((agenda) => (
                    <option key={agenda.id} value={agenda.id}>
                      {localize(agenda.title, lang)}
                    </option>
                  ))}
                </select>
              </label>
              <button className="button primary" type="submit" data-testid="deep-link-create">
                {w.create}
              </button>
            </form>
            {view.workshops.length > 0 && (
              <form method="post" action="/lti/deep-link/return" className="stack">
                <h2>{w.existingTitle}</h2>
                <input type="hidden" name="ticket" value={ticket} />
                <input type="hidden" name="choice" value="existing" />
                {view.workshops.map((workshop, i) => (
                  <label key={workshop.id} className="toggle">
                    <input type="radio" name="workshopId" value={workshop.id} defaultChecked={i === 0} /> {workshop.title}
                  </label>
                ))}
                <button className="button secondary" type="submit">
                  {w.place}
                </button>
              </form>
            )}
          </>
        )}
      </section>
    </main>
  );
}
