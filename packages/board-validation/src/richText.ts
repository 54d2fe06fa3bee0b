/**
 * Rich text (tldraw's `richText` prop: TipTap/ProseMirror JSON) checked against the editor's own
 * schema. tldraw's record validator only checks `{ type: string, content: unknown[] }`; anything
 * deeper (an unknown node or mark type, a text node without `text`) passes it and then throws when
 * the note is rendered, for everyone who opens the board (SPEC V2).
 */
import { getSchema } from '@tiptap/core';
import { Highlight } from '@tiptap/extension-highlight';
import type { Schema } from '@tiptap/pm/model';
import { StarterKit } from '@tiptap/starter-kit';

/** Deeper than any list a person nests by hand; deeper still would overflow the renderer's stack. */
export const MAX_RICH_TEXT_DEPTH = 32;
/** Nodes in one rich text: far above a note's text cap, far below what stalls a renderer. */
export const MAX_RICH_TEXT_NODES = 20_000;

let schema: Schema | null = null;

/**
 * The node and mark types tldraw 5.4's editor knows: its default extensions are StarterKit without
 * blockquote, code block and horizontal rule, plus Highlight (tldraw's `getTipTapDefaultExtensions`).
 * Built with TipTap itself, so that what passes here is exactly what the editor can render.
 */
function editorSchema(): Schema {
  schema ??= getSchema([StarterKit.configure({ blockquote: false, codeBlock: false, horizontalRule: false }), Highlight]);
  return schema;
}

/** Why the rich text cannot be rendered, or null when it can. */
export function richTextProblem(value: unknown): string | null {
  const shape = checkShape(value);
  if (shape) return shape;
  try {
    editorSchema().nodeFromJSON(value).check();
  } catch (error) {
    return `rich text: ${(error as Error).message}`;
  }
  return null;
}

/** Depth and size, walked without recursion (a hostile document may be nested thousands deep). */
function checkShape(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'rich text: not an object';
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  let nodes = 0;
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_RICH_TEXT_DEPTH) return `rich text: nested deeper than ${MAX_RICH_TEXT_DEPTH} levels`;
    if (++nodes > MAX_RICH_TEXT_NODES) return `rich text: more than ${MAX_RICH_TEXT_NODES} nodes`;
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return 'rich text: a node is not an object';
    const content = (node as { content?: unknown }).content;
    if (content === undefined) continue;
    if (!Array.isArray(content)) return 'rich text: content is not a list';
    for (const child of content) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}
