import { isFieldId, validateField } from '@canvas/microcredential';
import { localize, type Lang, type Template, type TemplateField } from '@canvas/templates';
import { BOARD_DOC } from '@canvas/board-model';
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';

/**
 * The canvas's structured fields (EQF level, ECTS, mode…) next to the post-its, written into the
 * board's shared `fields` map so the whole group sees them live. A value the standards would
 * refuse is refused here, where it is entered, with a message.
 */
export function FieldsPanel({ template, doc, lang, readOnly }: { template: Template; doc: Y.Doc; lang: Lang; readOnly: boolean }) {
  const fields = template.fields ?? [];
  const map = doc.getMap<unknown>(BOARD_DOC.fields);
  const [values, setValues] = useState<Record<string, unknown>>(() => map.toJSON());
  useEffect(() => {
    const update = () => setValues(map.toJSON());
    map.observe(update);
    update();
    return () => map.unobserve(update);
  }, [map]);
  if (fields.length === 0) return null;
  return (
    <section className="fields-panel" aria-label="Structured fields" data-testid="fields-panel">
      <h3>{lang === 'de' ? 'Angaben' : 'Details'}</h3>
      {fields.map((field) => (
        <FieldInput key={field.id} field={field} value={values[field.id]} lang={lang} readOnly={readOnly} onCommit={(value) => map.set(field.id, value)} onClear={() => map.delete(field.id)} />
      ))}
    </section>
  );
}

function check(field: TemplateField, raw: unknown): { ok: true; value: unknown } | { ok: false; message: string } {
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

function FieldInput({ field, value, lang, readOnly, onCommit, onClear }: { field: TemplateField; value: unknown; lang: Lang; readOnly: boolean; onCommit: (value: unknown) => void; onClear: () => void }) {
  const [draft, setDraft] = useState<string>(value === undefined || value === null ? '' : String(value));
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setDraft(value === undefined || value === null ? '' : String(value));
    setError(null);
  }, [value]);
  const label = localize(field.label, lang);
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
        <option value="">—</option>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>{localize(option.label, lang)}</option>
        ))}
      </select>
    );
  } else if (field.kind === 'multiselect') {
    const selected = Array.isArray(value) ? (value as string[]) : [];
    input = (
      <div className="multiselect" id={id}>
        {field.options?.map((option) => (
          <label key={option.value} className="check">
            <input
              type="checkbox"
              disabled={readOnly}
              checked={selected.includes(option.value)}
              onChange={() => commit(selected.includes(option.value) ? selected.filter((v) => v !== option.value) : [...selected, option.value])}
            />
            {localize(option.label, lang)}
          </label>
        ))}
      </div>
    );
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
    <div className="field-row">
      <label htmlFor={id}>
        {label}
        {field.unit ? <span className="muted"> ({localize(field.unit, lang)})</span> : null}
      </label>
      {input}
      {error && <p className="field-error" id={`${id}-error`} role="alert">{error}</p>}
    </div>
  );
}
