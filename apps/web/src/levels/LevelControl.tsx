import {
  BLOOM_LEVELS,
  areaAt,
  areaTakesLevels,
  getBloomLevel,
  localize,
  noteCentre,
  readNoteLevels,
  richTextToPlain,
  suggestBloomLevel,
  type Lang,
  type NoteRecord,
  type Template,
} from '@canvas/templates';
import { useEffect } from 'react';
import { useEditor, useValue, type Editor, type TLNoteShape } from 'tldraw';
import { levelWords } from './words';

const EQF_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8] as const;
type LevelKey = 'bloomLevel' | 'eqfLevel';

/** The one selected note, when it lies in an area whose notes take levels (C3 competences, C4 outcomes). */
function useLevelledNote(template: Template): TLNoteShape | null {
  const editor = useEditor();
  return useValue(
    'levelled note',
    () => {
      const selected = editor.getOnlySelectedShape();
      if (!selected || selected.type !== 'note') return null;
      const area = areaAt(template, noteCentre(selected as unknown as NoteRecord));
      return areaTakesLevels(template, area?.id ?? null) ? (selected as TLNoteShape) : null;
    },
    [editor, template],
  );
}

/** Writes one level into the note's meta; `null` clears it (SPEC L2). Same value again clears too. */
function setLevel(editor: Editor, note: TLNoteShape, key: LevelKey, value: number | null): void {
  const current = editor.getShape<TLNoteShape>(note.id);
  if (!current) return;
  const next = current.meta[key] === value ? null : value;
  editor.markHistoryStoppingPoint('set level');
  editor.updateShape<TLNoteShape>({ id: current.id, type: 'note', meta: { ...current.meta, [key]: next } });
}

/** Typing into the note, a field or a button must not set levels. */
function isTyping(editor: Editor, event: KeyboardEvent): boolean {
  if (editor.getEditingShapeId() !== null) return true;
  const target = event.target as HTMLElement | null;
  return Boolean(target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)));
}

/**
 * Bloom and EQF level buttons beside the selected note (in C3's competences and C4's learning
 * outcomes), the keyboard shortcuts 1–6 (Bloom) and Alt+1–8 (EQF), and a Bloom suggestion when the
 * note starts with a verb from a level's list. The suggestion is only offered: the participant sets it.
 */
export function LevelControl({ template, lang }: { template: Template; lang: Lang }) {
  const editor = useEditor();
  const note = useLevelledNote(template);
  const readOnly = useValue('readonly', () => editor.getIsReadonly(), [editor]);
  const w = levelWords(lang);
  const anchor = useValue(
    'level control anchor',
    () => {
      if (!note) return null;
      const bounds = editor.getShapePageBounds(note.id);
      if (!bounds) return null;
      const viewport = editor.getViewportScreenBounds();
      const topRight = editor.pageToViewport({ x: bounds.maxX, y: bounds.minY });
      const topLeft = editor.pageToViewport({ x: bounds.minX, y: bounds.minY });
      return { right: topRight, left: topLeft, width: viewport.w, height: viewport.h };
    },
    [editor, note?.id],
  );

  useEffect(() => {
    if (!note || readOnly) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.shiftKey || isTyping(editor, event)) return;
      const match = /^(?:Digit|Numpad)(\d)$/.exec(event.code);
      if (!match) return;
      const digit = Number(match[1]);
      const key: LevelKey = event.altKey ? 'eqfLevel' : 'bloomLevel';
      const max = key === 'eqfLevel' ? 8 : 6;
      if (digit > max) return;
      event.preventDefault();
      event.stopPropagation();
      const current = editor.getShape<TLNoteShape>(note.id);
      if (!current) return;
      if (digit === 0) editor.updateShape<TLNoteShape>({ id: current.id, type: 'note', meta: { ...current.meta, [key]: null } });
      else setLevel(editor, current, key, digit);
    };
    // Capture: before tldraw's own key handling, which does not use digits but may in a later version.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [editor, note?.id, readOnly]);

  if (!note || !anchor) return null;
  const levels = readNoteLevels(note.meta);
  const text = richTextToPlain(note.props.richText);
  const suggestion = suggestBloomLevel(text, lang);
  const suggested = suggestion ? getBloomLevel(suggestion.level) : undefined;
  // Beside the note when there is room on the right, else on its left; docked at the bottom on a phone.
  const panelWidth = 268;
  const docked = anchor.width < 600;
  const style = docked
    ? undefined
    : anchor.right.x + 12 + panelWidth <= anchor.width
      ? { left: anchor.right.x + 12, top: Math.max(8, Math.min(anchor.right.y, anchor.height - 260)) }
      : { left: Math.max(8, anchor.left.x - 12 - panelWidth), top: Math.max(8, Math.min(anchor.left.y, anchor.height - 260)) };

  return (
    <div
      className={`cs-levels${docked ? ' cs-levels--docked' : ''}`}
      style={style}
      role="group"
      aria-label={w.controlLabel}
      data-testid="level-control"
      onKeyDown={(event) => event.stopPropagation()}
    >
      <div className="cs-levels__row" role="radiogroup" aria-label={w.bloom}>
        <span className="cs-levels__name">{w.bloom}</span>
        {BLOOM_LEVELS.map((level) => (
          <button
            key={level.level}
            type="button"
            role="radio"
            aria-checked={levels.bloomLevel === level.level}
            className="cs-levels__pick"
            title={w.setBloom(level.level, localize(level.name, lang))}
            aria-label={w.setBloom(level.level, localize(level.name, lang))}
            disabled={readOnly}
            onClick={() => setLevel(editor, note, 'bloomLevel', level.level)}
            data-testid={`bloom-${level.level}`}
          >
            {level.level}
          </button>
        ))}
      </div>
      <div className="cs-levels__row" role="radiogroup" aria-label={w.eqf}>
        <span className="cs-levels__name">{w.eqf}</span>
        {EQF_NUMBERS.map((level) => (
          <button
            key={level}
            type="button"
            role="radio"
            aria-checked={levels.eqfLevel === level}
            className="cs-levels__pick"
            title={w.setEqf(level)}
            aria-label={w.setEqf(level)}
            disabled={readOnly}
            onClick={() => setLevel(editor, note, 'eqfLevel', level)}
            data-testid={`eqf-${level}`}
          >
            {level}
          </button>
        ))}
      </div>
      {suggestion && suggested && levels.bloomLevel !== suggestion.level && !readOnly && (
        <p className="cs-levels__suggestion" data-testid="bloom-suggestion">
          {w.suggestion(suggestion.verb, suggestion.level, localize(suggested.name, lang))}{' '}
          <button type="button" className="cs-levels__use" onClick={() => setLevel(editor, note, 'bloomLevel', suggestion.level)} data-testid="use-suggestion">
            {w.useSuggestion}
          </button>
        </p>
      )}
      <p className="cs-levels__keys">{readOnly ? w.readOnly : w.keys}</p>
    </div>
  );
}
