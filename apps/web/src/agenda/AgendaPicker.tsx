import type { AgendaItemInput, PresetAgenda, SavedAgenda } from '@canvas/api';
import { useEffect, useState } from 'react';
import { api, ApiError } from '../lib/api';
import { agendaWords } from './agendaWords';
import { forgetAgenda, savedAgendaKeys } from './savedAgendaKeys';

// Agendas carry English and German texts; French and Spanish read English.
import type { Lang } from '../lib/i18n';

/**
 * One-click workshops: the built-in agendas (the whole MicroQuest workshop, each unit, the HE course)
 * and the agendas this browser saved. "Create" hands the agenda's activities and minutes to `onCreate`.
 */
export function AgendaPicker({
  language,
  busy,
  revision,
  onCreate,
}: {
  language: Lang;
  busy: boolean;
  /** Bumped when an agenda was saved, so the list reloads. */
  revision: number;
  onCreate: (items: AgendaItemInput[], title: string) => void;
}) {
  const w = agendaWords(language);
  const [presets, setPresets] = useState<PresetAgenda[]>([]);
  const [mine, setMine] = useState<Array<SavedAgenda & { key: string }>>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    api
      .agendas()
      .then(({ presets }) => setPresets(presets))
      .catch(() => setError(w.loadFailed));
  }, [w]);

  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      savedAgendaKeys().map(async ({ id, key }) => {
        try {
          return { ...(await api.savedAgenda(id)).agenda, key };
        } catch (e) {
          if (e instanceof ApiError && e.status === 404) forgetAgenda(id); // deleted elsewhere
          return null;
        }
      }),
    ).then((list) => {
      if (!cancelled) setMine(list.filter((a): a is SavedAgenda & { key: string } => a !== null));
    });
    return () => {
      cancelled = true;
    };
  }, [revision]);

  const remove = async (agenda: SavedAgenda & { key: string }) => {
    try {
      await api.deleteAgenda(agenda.id, agenda.key);
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 404)) {
        setError(e instanceof Error ? e.message : String(e));
        return;
      }
    }
    forgetAgenda(agenda.id);
    setMine((list) => list.filter((a) => a.id !== agenda.id));
  };

  const row = (key: string, title: string, detail: string, items: AgendaItemInput[], extra?: React.ReactNode) => (
    <li key={key} className="agenda-row" data-testid={`agenda-${key}`}>
      <span className="agenda-text">
        <span className="activity-title">{title}</span>
        <span className="muted small">{detail}</span>
      </span>
      <span className="agenda-actions">
        {extra}
        <button type="button" className="button primary small-button" disabled={busy} onClick={() => onCreate(items, title)}>
          {busy ? w.creating : w.create}
        </button>
      </span>
    </li>
  );

  return (
    <section className="agendas" aria-label={w.heading}>
      <h3>{w.heading}</h3>
      <p className="muted small">{w.intro}</p>
      {error && <p className="error" role="alert">{error}</p>}
      <ul className="agenda-list">
        {presets.map((agenda) =>
          row(
            agenda.id,
            (agenda.title as Partial<Record<Lang, string>>)[language] ?? agenda.title.en,
            `${w.activities(agenda.items.length)} · ${w.minutes(agenda.totalMinutes)} · ${(agenda.description as Partial<Record<Lang, string>>)[language] ?? agenda.description.en}`,
            agenda.items.map(({ templateId, durationMinutes }) => ({ templateId, durationMinutes })),
          ),
        )}
      </ul>
      {mine.length > 0 && (
        <>
          <h4>{w.mine}</h4>
          <ul className="agenda-list">
            {mine.map((agenda) =>
              row(
                `saved-${agenda.id}`,
                agenda.title,
                `${w.activities(agenda.items.length)} · ${w.minutes(agenda.totalMinutes)}`,
                agenda.items,
                <button type="button" className="button secondary small-button" onClick={() => void remove(agenda)}>
                  {w.remove}
                </button>,
              ),
            )}
          </ul>
        </>
      )}
    </section>
  );
}
