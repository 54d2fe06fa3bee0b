import { levelsLabel, readNoteLevels, type Lang } from '@canvas/templates';
import { useEditor, useValue, type TLNoteShape } from 'tldraw';
import { LightNoteShapeUtil } from '../board/LightNoteShapeUtil.js';
import { levelWords } from './words';

/**
 * tldraw's note with a badge for its Bloom and EQF levels (`meta.bloomLevel`, `meta.eqfLevel`).
 * The badge is part of the shape's rendering, so every client that shows the note shows it, live,
 * whoever set the level. Same type and props as tldraw's note: stored boards are unchanged. Its
 * geometry and off-screen rendering come from `LightNoteShapeUtil`.
 */
export class LevelledNoteShapeUtil extends LightNoteShapeUtil {
  override component(shape: TLNoteShape) {
    return (
      <>
        {super.component(shape)}
        <LevelBadge shape={shape} />
      </>
    );
  }
}

function LevelBadge({ shape }: { shape: TLNoteShape }) {
  const editor = useEditor();
  const locale = useValue('locale', () => editor.user.getLocale(), [editor]);
  const lang: Lang = locale.startsWith('de') ? 'de' : 'en';
  const label = levelsLabel(readNoteLevels(shape.meta), lang);
  if (label === '') return null;
  const scale = shape.props.scale || 1;
  return (
    <div
      className="cs-level-badge"
      data-testid="level-badge"
      aria-label={levelWords(lang).badge(label)}
      style={{ transform: `scale(${scale})`, transformOrigin: 'top left' }}
    >
      {label}
    </div>
  );
}
