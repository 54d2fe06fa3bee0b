import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

interface ChecklistItem {
  element: number | string;
  id: string;
  mandatory: boolean;
  label: string;
  status: 'present' | 'missing' | 'at-issuing';
  hint: string;
}

const ICON = { present: '✓', missing: '•', 'at-issuing': '◷' } as const;

/**
 * The EU Council Recommendation's elements for the group's micro-credential, live: refetched a
 * moment after any change on this board, with a plain hint for each gap and the downloads.
 */
export function ChecklistPanel({ workshopId, groupId, token, doc, lang }: { workshopId: string; groupId: string; token: string; doc: Y.Doc; lang: string }) {
  const [items, setItems] = useState<ChecklistItem[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/workshops/${workshopId}/groups/${groupId}/micro-credential`;
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let cancelled = false;
    const load = async () => {
      try {
        const response = await fetch(`${base}?format=checklist&lang=${lang}`, { headers: { authorization: `Bearer ${token}` } });
        const body = await response.json();
        if (cancelled) return;
        if (!response.ok) setError(body.message ?? 'The checklist is not available.');
        else {
          setItems(body.checklist);
          setError(null);
        }
      } catch {
        if (!cancelled) setError('The checklist is not available offline.');
      }
    };
    const schedule = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(load, 1200); // the server stores the edit first; a short pause batches typing
    };
    void load();
    doc.on('update', schedule);
    return () => {
      cancelled = true;
      if (timer) clearTimeout(timer);
      doc.off('update', schedule);
    };
  }, [base, token, doc, lang]);

  const missing = items?.filter((i) => i.mandatory && i.status === 'missing').length ?? 0;
  const link = (format: string) => `${base}?format=${format}&lang=${lang}&token=${encodeURIComponent(token)}`;
  return (
    <section className="checklist-panel" aria-label="Micro-credential checklist" data-testid="checklist">
      <h3>{lang === 'de' ? 'EU-Elemente des Micro-Credentials' : 'EU micro-credential elements'}</h3>
      {error && <p className="muted small">{error}</p>}
      {items && (
        <>
          <p className={`small ${missing ? 'warn-text' : 'ok-text'}`}>{lang === 'de'
            ? missing
              ? `${missing} Pflichtelement${missing > 1 ? 'e fehlen' : ' fehlt'}`
              : 'Alle Pflichtelemente vorhanden'
            : missing
              ? `${missing} mandatory element${missing > 1 ? 's' : ''} missing`
              : 'All mandatory elements present'}</p>
          <ol className="checklist">
            {items.map((item) => (
              <li key={item.id} className={`check-${item.status}`} title={item.hint}>
                <span className="check-icon" aria-hidden>{ICON[item.status]}</span>
                <span>
                  {item.label}
                  {!item.mandatory && <span className="muted"> ({lang === 'de' ? 'optional' : 'optional'})</span>}
                  {item.status !== 'present' && <span className="check-hint">{item.hint}</span>}
                </span>
              </li>
            ))}
          </ol>
          <div className="downloads">
            <a className="button secondary small-button" href={link('ob3')} download>Open Badges 3.0</a>
            <a className="button secondary small-button" href={link('elm')} download>Europass ELM</a>
            <a className="button secondary small-button" href={link('pdf')} download>{lang === 'de' ? 'Beschreibung (PDF)' : 'Description (PDF)'}</a>
            <a className="button secondary small-button" href={link('html')} target="_blank" rel="noreferrer">{lang === 'de' ? 'Beschreibung (Webseite)' : 'Description (web page)'}</a>
          </div>
        </>
      )}
    </section>
  );
}
