import { describe, expect, it } from 'vitest';
import { blankBoard, c4, EMOJI_TEXT, filledC4, LONG_TEXT, note, SCRIPT_TEXT } from './__fixtures__/boards.js';
import { escapeXml, renderBoardSvg } from './svg.js';

/**
 * A small well-formedness check: every tag is closed in order, attributes are quoted, no raw "<"
 * or "&" in text, and the only entities are the five XML ones. Enough to catch escaping bugs
 * without a DOM.
 */
function checkXml(xml: string): string[] {
  const errors: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const token = /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|([^<]+)|(<)/g;
  let match: RegExpExecArray | null;
  while ((match = token.exec(body))) {
    const [, closing, name, , selfClosing, text, stray] = match;
    if (stray) errors.push(`stray "<" at ${match.index}: ${body.slice(match.index, match.index + 40)}`);
    else if (text !== undefined) {
      for (const entity of text.match(/&[^;\s]*;?/g) ?? []) {
        if (!/^&(amp|lt|gt|quot|apos);$/.test(entity)) errors.push(`bad entity ${entity}`);
      }
      if (text.includes('>')) errors.push(`raw ">" in text`);
    } else if (closing) {
      if (stack.pop() !== name) errors.push(`unbalanced </${name}>`);
    } else if (!selfClosing) stack.push(name!);
  }
  if (stack.length > 0) errors.push(`unclosed ${stack.join(', ')}`);
  return errors;
}

/** Text content of the SVG with entities decoded, lines joined by spaces. */
function textOf(svg: string): string {
  const texts = [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/<tspan[^>]*>/g, ' ')
      .replace(/<\/tspan>/g, '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
  return texts.join(' ').replace(/\s+/g, ' ');
}

describe('renderBoardSvg', () => {
  const input = filledC4();
  const svg = renderBoardSvg(input);

  it('R3.1 is well-formed, self-contained SVG with the typeface first in its font family', () => {
    expect(checkXml(svg)).toEqual([]);
    expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg).toContain('font-family="&apos;Noto Sans&apos;, Helvetica, Arial, sans-serif"');
    expect(svg).not.toMatch(/href=|@import|url\(|<image|<script|<style|<foreignObject/i);
  });

  it('draws one group per note, each with its coloured square', () => {
    const notes = [...svg.matchAll(/<g class="note" data-ref="([^"]+)"[^>]*>([\s\S]*?)<\/g>/g)];
    const noteIds = input.records.filter((r: any) => r.type === 'note').map((r: any) => r.id);
    expect(notes.map((m) => m[1])).toEqual(noteIds);
    for (const [, , inner] of notes) expect(inner!.match(/<rect/g)).toHaveLength(2); // shadow + square
    expect(svg).toContain('fill="#FED49A"'); // tldraw's yellow note
    expect(svg).toContain('fill="#9BC4FD"'); // light-blue
  });

  it('contains every note text, escaped: <script> stays text', () => {
    const text = textOf(svg);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;');
    expect(text).toContain(SCRIPT_TEXT);
    expect(text).toContain('Size a heat pump for a family home');
    expect(text).toContain('EQF 3 in a technical trade or two years of work experience');
    expect(text).toContain('Parking lot: ask the chamber about recognition');
    expect(text).toContain('Peer feedback'); // emoji are kept in SVG (viewers draw them)
    expect(svg).toContain('🎉');
    expect(EMOJI_TEXT).toContain('🎉');
  });

  it('cuts a note that cannot fit with an ellipsis', () => {
    const text = textOf(svg);
    expect(text).toContain('A deliberately long sticky note');
    expect(text).not.toContain('start of the course');
    expect(LONG_TEXT).toContain('start of the course');
    expect(text).toMatch(/…/);
  });

  it('renders authors (escaped), Bloom levels, areas with labels and questions, and the fields', () => {
    const text = textOf(svg);
    expect(text).toContain('Ana Lima');
    expect(text).toContain('Mallory <b>');
    expect(text).toContain('Bloom 6');
    for (const area of c4.areas) {
      expect(svg).toContain(`<g class="area" data-ref="${area.id}">`);
      expect(text).toContain(area.label.en);
    }
    expect(text).toContain('Which EQF level do the outcomes reach?');
    expect(text).toContain('Fields');
    expect(text).toContain('Heat-pump installation basics');
    expect(text).toContain('Practical assessment, Portfolio');
    expect(text).toContain('EQF 3 in a technical trade <or> equivalent');
    expect(svg.match(/<g class="field"/g)).toHaveLength(c4.fields!.length);
    expect(text).toContain('2 other shapes (drawings, arrows …) not shown.');
  });

  it('follows the language for template labels, keeps note text', () => {
    const de = renderBoardSvg({ ...input, lang: 'de' });
    const text = textOf(de);
    expect(text).toContain('Lernergebnisse');
    expect(text).toContain('Felder');
    expect(text).toContain('Size a heat pump for a family home');
  });

  it('keeps the whole board in the view box, including notes outside the frame', () => {
    const [x, y, w, h] = /viewBox="([^"]+)"/.exec(svg)![1]!.split(' ').map(Number) as [number, number, number, number];
    expect(x).toBeLessThan(0);
    expect(y).toBeLessThan(0);
    expect(x + w).toBeGreaterThan(1850 + 200);
    expect(y + h).toBeGreaterThan(c4.frame.h);
  });

  it('draws a blank board as its notes only', () => {
    const blank = renderBoardSvg(blankBoard());
    expect(checkXml(blank)).toEqual([]);
    expect(blank.match(/<g class="note"/g)).toHaveLength(3);
    expect(blank).not.toContain('class="area"');
    expect(textOf(blank)).toContain('Idea three');
  });

  it('says so when a board is empty', () => {
    const empty = renderBoardSvg({ template: null, records: [], title: 'Empty & new', lang: 'de' });
    expect(checkXml(empty)).toEqual([]);
    expect(textOf(empty)).toContain('Noch keine Post-its auf diesem Board.');
    expect(empty).toContain('<title>Empty &amp; new</title>');
  });

  it('survives hostile records', () => {
    const records = [
      null,
      42,
      { id: 'shape:x', typeName: 'shape', type: 'note', x: 'a', y: 0, props: {} },
      { id: 'shape:y', typeName: 'shape', type: 'note', x: 0, y: 0, props: { richText: { type: 'doc', content: 'nope' }, scale: -3 }, meta: { authorName: 7 } },
      { id: 'shape:z', typeName: 'shape', type: 'text', x: 0, y: 300, parentId: 'shape:z', props: { richText: 'Self\u0001 parent' } },
      { id: 'shape:g', typeName: 'shape', type: 'geo', x: 0, y: 0, props: { w: -5, h: 10 } },
    ];
    const out = renderBoardSvg({ template: c4, records, title: 'x' });
    expect(checkXml(out)).toEqual([]);
    expect(out.match(/<g class="note"/g)).toHaveLength(1);
    expect(textOf(out)).toContain('Self parent');
  });
});

describe('escapeXml', () => {
  it('escapes the five XML characters and drops characters XML forbids', () => {
    expect(escapeXml(`<a href="x">'&'</a>\u0000\uFFFE`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('limits', () => {
  it('R2.1 a note of one 100,000-character word shows its start and "…"; a 100,000-character name is cut', () => {
    const word = 'Supercalifragilistic'.repeat(5000);
    const out = renderBoardSvg({ template: c4, records: [note('long', { x: 100, y: 300 }, word, { author: 'N'.repeat(100_000) })], title: 'T'.repeat(100_000) });
    expect(checkXml(out)).toEqual([]);
    expect(out.length).toBeLessThan(200_000);
    expect(textOf(out)).toContain('Supercalifragilistic');
    expect(textOf(out)).toMatch(/N…/);
  });
});
