import { useEffect, useState } from 'react';
import { DownloadButton } from '../components/DownloadButton';
import type * as Y from 'yjs';
import { catalogue } from '../lib/i18n';
import { checklistWords } from './checklist/checklistWords';
import { EuropassChecks, type EuropassCheck } from './checklist/EuropassChecks';

/** One Annex I element as the server reports it (`checkAgainstCouncilRecommendation`). */
interface ChecklistItem {
  element: number | string;
  id: string;
  mandatory: boolean;
  label: string;
  status: 'present' | 'missing' | 'if-applicable' | 'at-issuing';
  hint: string;
  value?: string;
  warning?: string;
}

const ICON = { present: '✓', missing: '•', 'if-applicable': '○', 'at-issuing': '◷' } as const;

/**
 * The EU Council Recommendation's elements for the group's micro-credential, live: refetched a
 * moment after any change on this board, worded as Annex I words them, with the value each element
 * has, a plain hint for each gap, plausibility warnings, what Europass still needs, and the downloads.
 */
export function ChecklistPanel({
  workshopId,
  groupId,
  token,
  doc,
  lang,
  activityId,
}: {
  workshopId: string;
  groupId: string;
  token: string;
  doc: Y.Doc;
  lang: string;
  /** Set for the 6.3 example review: the checklist of the example recorded on that board alone. */
  activityId?: string;
}) {
  const w = checklistWords(lang);
  const [items, setItems] = useState<ChecklistItem[] | null>(null);
  const [europass, setEuropass] = useState<EuropassCheck[]>([]);
  const [error, setError] = useState<string | null>(null);
  const base = `/api/workshops/${workshopId}/groups/${groupId}/micro-credential`;
  const only = activityId ? `&activityId=${encodeURIComponent(activityId)}` : '';
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    let cancelled = false;
    const load = async () => {
      try {
        const response = await fetch(`${base}?format=checklist&lang=${lang}${only}`, { headers: { authorization: `Bearer ${token}` } });
        const body = await response.json();
        if (cancelled) return;
        if (!response.ok) setError(body.message ?? w.unavailable);
        else {
          setItems(body.checklist);
          setEuropass(body.europass ?? []);
          setError(null);
        }
      } catch {
        if (!cancelled) setError(w.offline);
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
  }, [base, only, token, doc, lang, w]);

  const missing = items?.filter((i) => i.mandatory && i.status === 'missing').length ?? 0;
  // Element names from the workshop language's glossary (every language); hints come in English or German.
  const annexI = catalogue(lang).glossary.annexI as Record<string, { label: string } | undefined>;
  const link = (format: string) => `${base}?format=${format}&lang=${lang}${only}`;
  return (
    <section className="checklist-panel" aria-label={w.heading} data-testid="checklist">
      <h3>{w.heading}</h3>
      {error && <p className="muted small">{error}</p>}
      {items && (
        <>
          <p className={`small ${missing ? 'warn-text' : 'ok-text'}`}>{missing ? w.missing(missing) : w.complete}</p>
          <ol className="checklist">
            {items.map((item) => (
              <li key={item.id} className={`check-${item.status}`} data-element={item.id} title={item.hint || undefined}>
                <span className="check-icon" aria-hidden>{ICON[item.status]}</span>
                <span>
                  {annexI[item.id]?.label ?? item.label}
                  {!item.mandatory && <span className="muted"> ({w.optional})</span>}
                  {item.value && <span className="check-value">{item.value}</span>}
                  {item.warning && <span className="check-warning" role="note">⚠ {item.warning}</span>}
                  {item.status !== 'present' && <span className="check-hint">{item.hint}</span>}
                  {item.status === 'present' && item.hint && <span className="check-hint">{item.hint}</span>}
                </span>
              </li>
            ))}
          </ol>
          <EuropassChecks checks={europass} lang={lang} />
          <div className="downloads">
            <DownloadButton path={link('ob3')} token={token} fileName="micro-credential-ob3.json" label="Open Badges 3.0" />
            <DownloadButton path={link('elm')} token={token} fileName="micro-credential-elm.jsonld" label="Europass ELM" />
            <DownloadButton path={link('pdf')} token={token} fileName="micro-credential.pdf" label={w.descriptionPdf} />
            <DownloadButton path={link('html')} token={token} fileName="micro-credential.html" label={w.descriptionHtml} open />
          </div>
        </>
      )}
    </section>
  );
}
