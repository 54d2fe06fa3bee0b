import type * as Fontkit from '@pdf-lib/fontkit';
import { createRequire } from 'node:module';
import { faceBytes, type FaceName } from './faces.js';

const require = createRequire(import.meta.url);

/**
 * fontkit, loaded on first use: the server's event loop imports this package (through its
 * barrels) but never measures text, so it need not pay fontkit's start-up (a few hundred ms).
 */
export function loadFontkit(): typeof Fontkit {
  return require('@pdf-lib/fontkit') as typeof Fontkit;
}

/** Which face draws a character: the text face, the symbols face, or neither (`null`). */
export type Coverage = 'text' | 'symbols' | null;

interface Face {
  unitsPerEm: number;
  has(codePoint: number): boolean;
  /** Advance width in font units. */
  advance(codePoint: number): number;
}

function openFace(name: FaceName): Face {
  const font = loadFontkit().create(faceBytes(name) as Buffer);
  return {
    unitsPerEm: font.unitsPerEm,
    has: (codePoint) => font.hasGlyphForCodePoint(codePoint),
    advance: (codePoint) => font.glyphForCodePoint(codePoint).advanceWidth,
  };
}

/** Wide East Asian ranges: a viewer's fallback font draws them about 1 em wide. */
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6]/u;
const ZERO_WIDTH = /[\p{M}\p{Cc}\p{Cf}]/u;

/**
 * Advance widths of the typeface, in em, for one character at a time (SPEC F2). Widths are looked
 * up once per distinct character and weight and kept, so measuring is linear in the text length.
 */
export class TypefaceMetrics {
  private readonly faces: Record<FaceName, Face>;
  private readonly widths = [new Map<string, number>(), new Map<string, number>()];
  private readonly coverage = new Map<string, Coverage>();

  constructor() {
    this.faces = { text: openFace('text'), textBold: openFace('textBold'), symbols: openFace('symbols'), symbolsBold: openFace('symbolsBold') };
  }

  /** Which face draws `char` (one code point, NFC). Both weights of a face cover the same characters. */
  coverageOf(char: string): Coverage {
    let known = this.coverage.get(char);
    if (known === undefined) {
      const codePoint = char.codePointAt(0) ?? 0;
      known = this.faces.text.has(codePoint) ? 'text' : this.faces.symbols.has(codePoint) ? 'symbols' : null;
      this.coverage.set(char, known);
    }
    return known;
  }

  /** Advance of one character in em. Characters no face has get the width a viewer's fallback font would give them. */
  advance(char: string, bold: boolean): number {
    const cache = this.widths[bold ? 1 : 0]!;
    let width = cache.get(char);
    if (width === undefined) {
      const coverage = this.coverageOf(char);
      const codePoint = char.codePointAt(0) ?? 0;
      if (coverage !== null) {
        const face = this.faces[coverage === 'text' ? (bold ? 'textBold' : 'text') : bold ? 'symbolsBold' : 'symbols'];
        width = face.advance(codePoint) / face.unitsPerEm;
      } else if (ZERO_WIDTH.test(char)) {
        width = 0;
      } else {
        width = codePoint > 0xffff || WIDE.test(char) ? 1 : 0.6;
      }
      cache.set(char, width);
    }
    return width;
  }

  /** Width of `text` at font size `size` (sum of the characters' advances; no kerning, SPEC F2.1). */
  measure(text: string, size: number, bold: boolean): number {
    let em = 0;
    for (const char of text) em += this.advance(char, bold);
    return em * size;
  }
}

let shared: TypefaceMetrics | null = null;

/** The process's (or worker's) metrics, loaded on first use (about 20 ms). */
export function typefaceMetrics(): TypefaceMetrics {
  shared ??= new TypefaceMetrics();
  return shared;
}

/** Width of `text` in the typeface, the layout's measure for SVG and PDF alike. */
export const typefaceWidth = (text: string, size: number, bold: boolean): number => typefaceMetrics().measure(text, size, bold);
