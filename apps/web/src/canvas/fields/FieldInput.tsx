import { isFieldId, validateField } from '@canvas/microcredential';
import { localize, type Lang, type TemplateField } from '@canvas/templates';
import { useEffect, useState } from 'react';
import { ChoiceList } from './ChoiceList';
import { fieldWords } from './fieldWords';
import { ListInput } from './ListInput';

type Check = { ok: true; value: unknown } | { ok: false; message: string };

/** The micro-credential fields are checked by the same validators the exports use; other templates' numbers by their bounds. */
function check(field: TemplateField, raw: unknown): Check {
  if (isFieldId(field.id)) return validateField(field.id, raw);
  if (field.kind === 'number') {
    const n = Number(raw);
    if (!Number.isFinite(n)) return { ok: false, message: `${field.id} must be a number` };
    if (field.min !== undefined && n < field.min) return { ok: false, message: `must be at least ${field.min}` };
    if (field.max !== undefined && n > field.max) return { ok: false, message: `must be at most ${field.max}` };
    return { ok: true, value: n };
  }
  return { ok: true, value: raw };
}

const asText = (value: unknown) => (value === undefined || value === null ? '' : String(value));
const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : typeof value === 'string' && value !== '' ? [value] : []);

/**
 * One structured field: label, help, the input for its kind, and the validator's message when a
 * value is refused (the value is then not stored). An empty value clears the field.
 */
export function FieldInput({ field, value, lang, readOnly, onCommit, onClear }: {
  field: TemplateField;
  value: unknown;
  lang: Lang;
  readOnly: boolean;
  onCommit: (value: unknown) => void;
  onClear: () => void;
}) {
  const w = fieldWords(lang);
  const [draft, setDraft] = useState<string>(asText(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(asText(value));
    setError(null);
  }, [value]);
  const commit = (raw: unknown) => {
    if (raw === '' || (Array.isArray(raw) && raw.length === 0)) {
      setError(null);
      onClear();
      return;
    }
    const result = check(field, raw);
    if (!result.ok) {
      setError(result.message);
      return;
    }
    setError(null);
    onCommit(result.value);
  };
  const id = `field-${field.id}`;
  let input: React.ReactNode;
  if (field.kind === 'select') {
    input = (
      <select id={id} value={draft} disabled={readOnly} onChange={(e) => { setDraft(e.target.value); commit(field.id === 'eqfLevel' && e.target.value ? Number(e.target.value) : e.target.value); }}>
        <option value="">{w.none}</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>{localize(option.label, lang)}</option>
        ))}
      </select>
    );
  } else if (field.kind === 'multiselect') {
    input = <ChoiceList field={field} id={id} selected={asList(value)} lang={lang} readOnly={readOnly} onChange={commit} />;
  } else if (field.kind === 'list') {
    input = <ListInput field={field} id={id} entries={asList(value)} lang={lang} readOnly={readOnly} onChange={commit} />;
  } else {
    input = (
      <input
        id={id}
        type={field.kind === 'number' ? 'number' : 'text'}
        inputMode={field.kind === 'number' ? 'decimal' : undefined}
        value={draft}
        disabled={readOnly}
        step={field.kind === 'number' ? 'any' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => commit(draft.trim())}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
      />
    );
  }
  return (
    <div className="field-row" data-field={field.id}>
      <label htmlFor={id}>
        {localize(field.label, lang)}
        {field.unit ? <span className="muted"> ({localize(field.unit, lang)})</span> : null}
      </label>
      {field.help && <span className="field-help">{localize(field.help, lang)}</span>}
      {input}
      {error && <p className="field-error" id={`${id}-error`} role="alert">{error}</p>}
    </div>
  );
}
