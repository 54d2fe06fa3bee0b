import { localize, type Lang, type TemplateField } from '@canvas/templates';
import { fieldWords } from './fieldWords';

/** Up to this many options show as checkboxes; longer lists (countries, languages) as chips and a picker. */
const CHECKBOX_LIMIT = 12;

/**
 * A multiselect field. Short option lists are checkboxes; long ones show the chosen options as
 * removable chips plus a picker for the rest, so 50 countries do not fill the side panel.
 */
export function ChoiceList({ field, id, selected, lang, readOnly, onChange }: {
  field: TemplateField;
  id: string;
  selected: readonly string[];
  lang: Lang;
  readOnly: boolean;
  onChange: (values: string[]) => void;
}) {
  const w = fieldWords(lang);
  const options = field.options ?? [];
  const toggle = (value: string) => onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  if (options.length <= CHECKBOX_LIMIT) {
    return (
      <div className="multiselect" id={id} role="group">
        {options.map((option) => (
          <label key={option.value} className="check">
            <input type="checkbox" disabled={readOnly} checked={selected.includes(option.value)} onChange={() => toggle(option.value)} />
            {localize(option.label, lang)}
          </label>
        ))}
      </div>
    );
  }
  const labelOf = (value: string) => {
    const option = options.find((o) => o.value === value);
    return option ? localize(option.label, lang) : value;
  };
  const rest = options.filter((option) => !selected.includes(option.value));
  return (
    <div className="choice-list" id={id} role="group">
      {selected.length > 0 && (
        <ul className="chips">
          {selected.map((value) => (
            <li key={value} className="chip">
              <span>{labelOf(value)}</span>
              {!readOnly && (
                <button type="button" className="chip-remove" aria-label={w.remove(labelOf(value))} onClick={() => toggle(value)}>
                  ×
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && rest.length > 0 && (
        <select aria-label={`${localize(field.label, lang)}: ${w.addChoice}`} value="" onChange={(e) => e.target.value && toggle(e.target.value)}>
          <option value="">{w.addChoice}</option>
          {rest.map((option) => (
            <option key={option.value} value={option.value}>
              {localize(option.label, lang)}
            </option>
          ))}
        </select>
      )}
    </div>
  );
}
