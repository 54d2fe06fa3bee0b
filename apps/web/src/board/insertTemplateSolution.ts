import { layoutSolutionNotes, type Lang, type Template } from '@canvas/templates';
import { createShapeId, toRichText, type Editor } from 'tldraw';

/**
 * Puts the template's solution onto the solution board, laid out inside its areas. Shape ids are
 * derived from the template, so inserting twice does not duplicate anything (a lesson from servers
 * that seeded documents twice).
 */
export function insertTemplateSolution(editor: Editor, template: Template, lang: Lang): void {
  const placed = layoutSolutionNotes(template, lang);
  const shapes = placed
    .map((note, i) => ({ note, id: createShapeId(`solution-${template.id}-${i}`) }))
    .filter(({ id }) => !editor.getShape(id))
    .map(({ note, id }) => ({
      id,
      type: 'note' as const,
      x: note.x,
      y: note.y,
      props: { richText: toRichText(note.text), color: 'violet' as const, scale: note.scale },
    }));
  if (shapes.length > 0) editor.createShapes(shapes);
}

