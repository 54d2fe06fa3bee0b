/** A TipTap / ProseMirror JSON node as tldraw stores it in `props.richText`. */
export interface RichTextNode {
  type?: string;
  text?: string;
  content?: RichTextNode[];
  [key: string]: unknown;
}

/** Inline nodes contribute characters to the current line; everything else is a block. */
const INLINE_TYPES = new Set(['text', 'hardBreak']);

function isNode(value: unknown): value is RichTextNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function nodeText(node: RichTextNode): string {
  if (node.type === 'text') return typeof node.text === 'string' ? node.text : '';
  if (node.type === 'hardBreak') return '\n';
  const children = Array.isArray(node.content) ? node.content.filter(isNode) : [];
  // A node whose children are inline (a paragraph, a heading) is one line; a node whose children are
  // blocks (the doc, a list, a list item) puts each child on its own line (SPEC T3.7).
  const inline = children.length > 0 && children.every((c) => INLINE_TYPES.has(c.type ?? '') || !Array.isArray(c.content));
  return children.map(nodeText).join(inline ? '' : '\n');
}

/**
 * Extracts plain text from tldraw's rich text (TipTap JSON). Paragraphs and other blocks become
 * lines, hard breaks become line breaks, marks are dropped, and blank lines at the start and end are
 * removed. A plain string (tldraw's pre-rich-text `text` prop) is returned unchanged; anything that
 * is not a node yields `''` rather than throwing, because board data comes from clients.
 */
export function richTextToPlain(richText: unknown): string {
  if (typeof richText === 'string') return richText;
  if (!isNode(richText)) return '';
  return nodeText(richText).replace(/^(?:[ \t]*\n)+/, '').replace(/(?:\n[ \t]*)+$/, '');
}
