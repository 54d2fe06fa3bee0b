import { AREA_TINT } from '@canvas/board-render/palette';
import { localize, type Lang, type Template } from '@canvas/templates';
import { catalogue } from '../lib/i18n';

/**
 * The canvas worksheet drawn behind the post-its: frame, title, labelled areas with their guiding
 * questions. It is rendered from the template, never stored in the board's document, so no
 * participant (or crafted update) can move, change or delete it.
 * Coordinates: the frame's top-left corner is the page origin (0, 0).
 */
export function TemplateScaffold({ template, lang }: { template: Template; lang: Lang }) {
  return (
    <div
      className="scaffold"
      style={{ position: 'absolute', left: 0, top: 0, width: template.frame.w, height: template.frame.h, pointerEvents: 'none' }}
      data-testid="template-scaffold"
    >
      <div className="scaffold-header">
        <div className="scaffold-unit">{catalogue(lang).glossary.unit} {template.unit}</div>
        <div className="scaffold-title">{localize(template.title, lang)}</div>
        <div className="scaffold-instructions">{localize(template.instructions, lang)}</div>
      </div>
      {template.areas.map((area) => (
        <div
          key={area.id}
          className="scaffold-area"
          data-area={area.id}
          style={{
            left: area.rect.x,
            top: area.rect.y,
            width: area.rect.w,
            height: area.rect.h,
            ...(area.color ? { background: areaTint(area.color) } : {}),
          }}
        >
          <div className="scaffold-area-label">{localize(area.label, lang)}</div>
          <ul className="scaffold-questions">
            {area.questions.map((question, i) => (
              <li key={i}>{localize(question, lang)}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}

/** The same pale tints the PDF/SVG exports use, so the screen and the print match. */
function areaTint(color: string): string {
  return AREA_TINT[color] ?? '#f8f9fa';
}
