import { localize, type Lang, type TemplateField } from '@canvas/templates';
import { useState } from 'react';
import { fieldWords } from './fieldWords';

/**
 * A list field (e.g. several awarding bodies): one row per entry with a remove button, and an input
 * that adds an entry on Enter or with the button. The caller validates and stores the whole list.
 */
export function ListInput({ field, id, entries, lang, readOnly, onChange }: {
  field: TemplateField;
  id: string;
  entries: readonly string[];
  lang: Lang;
  readOnly: boolean;
  onChange: (entries: string[]) => void;
}) {
  const w = fieldWords(lang);
  const [draft, setDraft] = useState('');
  const full = field.maxItems !== undefined && entries.length >= field.maxItems;
  const add = () => {
    const text = draft.trim();
    if (text === '' || full) return;
    onChange([...entries, text]);
    setDraft('');
  };
  return (
    <div className="list-input" id={id}>
      {entries.length > 0 && (
        <ul className="list-entries">
          {entries.map((entry, index) => (
            <li key={`${index}:${entry}`}>
              <span className="list-entry-text">{entry}</span>
              {!readOnly && (
                <button type="button" className="chip-remove" aria-label={w.remove(entry)} onClick={() => onChange(entries.filter((_, i) => i !== index))}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && !full && (
        <div className="list-add">
          <input
            type="text"
            value={draft}
            maxLength={300}
            aria-label={`${localize(field.label, lang)}: ${w.newEntry}`}
            placeholder={w.newEntry}
            onChange={(e) => setDraft(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
          <button type="button" className="button secondary small-button" onClick={add} disabled={draft.trim() === ''}>
            {w.add}
          </button>
        </div>
      )}
      {full && field.maxItems !== undefined && <p className="muted small">{w.tooMany(field.maxItems)}</p>}
    </div>
  );
}
