import type { AgendaItemInput } from '@canvas/api';
import { useState } from 'react';
import { api, ApiError } from '../lib/api';
import type { Lang } from '../lib/i18n';
import { agendaWords } from './agendaWords';
import { rememberAgenda } from './savedAgendaKeys';

/** Saves the ticked built-in activities, with their canvases' minutes, as the facilitator's own agenda. */
export function SaveAgendaForm({ language, items, onSaved }: { language: Lang; items: AgendaItemInput[]; onSaved: () => void }) {
  const w = agendaWords(language);
  const [title, setTitle] = useState('');
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const save = async () => {
    setMessage(null);
    try {
      const { agenda, key } = await api.saveAgenda({ title, language, items });
      rememberAgenda({ id: agenda.id, key });
      setTitle('');
      setMessage({ text: w.saved(agenda.title), error: false });
      onSaved();
    } catch (e) {
      setMessage({ text: e instanceof ApiError ? e.message : String(e), error: true });
    }
  };
  return (
    <div className="save-agenda">
      <span className="small">{w.saveHeading}</span>
      <div className="row">
        <label className="field">
          <span className="sr-only">{w.saveName}</span>
          <input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={w.saveName} maxLength={120} data-testid="agenda-name" />
        </label>
        <button type="button" className="button secondary" disabled={!title.trim() || items.length === 0} onClick={() => void save()}>
          {w.save}
        </button>
      </div>
      {message && (
        <p className={message.error ? 'error' : 'muted small'} role={message.error ? 'alert' : 'status'}>
          {message.text}
        </p>
      )}
    </div>
  );
}
