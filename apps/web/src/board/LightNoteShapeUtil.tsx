import type { ReactNode } from 'react';
import { getDisplayValues, Group2d, NoteShapeUtil, Rectangle2d, track, useEditor, useValue, type TLNoteShape, type TLShapeId } from 'tldraw';

/**
 * tldraw's note, made cheap on big boards (issue 14: a 2,000-note flipchart opens interactive).
 *
 * Opening a board with tldraw's own note cost ~1.3 ms per note twice over
 * (`pnpm --filter @canvas/server bench:bigboard`, docs/performance.md): its geometry renders the
 * rich text to HTML and measures it in the DOM (only to size the label's hit area), and every note
 * renders its label, off-screen ones included (tldraw hides culled shapes but still renders them;
 * each label builds a ProseMirror schema to make its HTML). Here:
 *
 * - geometry comes from what the note stores: its size from `growY`, which the writer's editor
 *   measured when the text was written (tldraw still measures on create/update); the label's hit
 *   area is the whole note, which is filled, so a click anywhere already selects or edits it;
 * - a note outside the viewport (tldraw's culled set: never the selected or edited one) renders
 *   nothing until it scrolls into view.
 *
 * Same type, props and SVG export as tldraw's note: stored boards are unchanged.
 */
export class LightNoteShapeUtil extends NoteShapeUtil {
  override getGeometry(shape: TLNoteShape) {
    const dv = getDisplayValues(this, shape);
    const width = dv.noteWidth * shape.props.scale;
    const height = (dv.noteHeight + shape.props.growY) * shape.props.scale;
    return new Group2d({
      children: [
        new Rectangle2d({ width, height, isFilled: true }),
        new Rectangle2d({ width, height, isFilled: true, isLabel: true, excludeFromShapeBounds: true }),
      ],
    });
  }

  override component(shape: TLNoteShape) {
    return <UnlessCulled id={shape.id} render={() => super.component(shape)} />;
  }
}

function UnlessCulled({ id, render }: { id: TLShapeId; render: () => ReactNode }) {
  const editor = useEditor();
  const culled = useValue('note culled', () => editor.getCulledShapes().has(id), [editor, id]);
  return culled ? null : <Tracked render={render} />;
}

/** tldraw's note reads editor state directly in its render; `track` re-renders it when that state changes. */
const Tracked = track(function Tracked({ render }: { render: () => ReactNode }) {
  return <>{render()}</>;
});
