import { BOARD_DOC } from '@canvas/board-model';
import { migrateFieldValues, type Lang, type Template } from '@canvas/templates';
import { useEffect, useMemo, useState } from 'react';
import type * as Y from 'yjs';
import { FieldInput } from './fields/FieldInput';
import { fieldWords } from './fields/fieldWords';

/**
 * The canvas's structured fields (EQF level, ECTS, awarding bodies…) next to the post-its, written
 * into the board's shared `fields` map so the whole group sees them live. A value the standards would
 * refuse is refused here, where it is entered, with a message. A board written for an earlier
 * template version shows its values as the current version reads them, and the first edit stores
 * them so (templates SPEC T6).
 */
export function FieldsPanel({ template, doc, lang, readOnly }: { template: Template; doc: Y.Doc; lang: Lang; readOnly: boolean }) {
  const fields = template.fields ?? [];
  const map = doc.getMap<unknown>(BOARD_DOC.fields);
  const [stored, setStored] = useState<Record<string, unknown>>(() => map.toJSON());
  useEffect(() => {
    const update = () => setStored(map.toJSON());
    map.observe(update);
    update();
    return () => map.unobserve(update);
  }, [map]);
  const migration = useMemo(() => migrateFieldValues(template, stored), [template, stored]);
  if (fields.length === 0) return null;

  const write = (fieldId: string, value: unknown) =>
    doc.transact(() => {
      for (const key of migration.changed) if (key !== fieldId) map.set(key, migration.values[key]);
      for (const key of migration.replaced) map.delete(key);
      if (value === undefined) map.delete(fieldId);
      else map.set(fieldId, value);
    });

  return (
    <section className="fields-panel" aria-label={fieldWords(lang).details} data-testid="fields-panel">
      <h3>{fieldWords(lang).details}</h3>
      {fields.map((field) => (
        <FieldInput
          key={field.id}
          field={field}
          value={migration.values[field.id]}
          lang={lang}
          readOnly={readOnly}
          onCommit={(value) => write(field.id, value)}
          onClear={() => write(field.id, undefined)}
        />
      ))}
    </section>
  );
}
