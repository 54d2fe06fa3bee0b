import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { toEncodable } from './winAnsi.js';

const doc = await PDFDocument.create();
const font = await doc.embedFont(StandardFonts.Helvetica);
const characters = new Set(font.getCharacterSet());

describe('toEncodable', () => {
  it('keeps WinAnsi text (German, French, typographic quotes, dashes, euro, ellipsis)', () => {
    const text = 'Größe – „Prüfung“ … 5 € — café';
    expect(toEncodable(text, characters)).toBe(text);
  });

  it('substitutes look-alikes and strips accents the font lacks', () => {
    expect(toEncodable('a → b ≥ 3, Łódź, ő', characters)).toBe('a -> b >= 3, Lódz, o');
  });

  it('turns each emoji (with modifiers and joiners) into one "?" and CJK into "?"', () => {
    expect(toEncodable('ok 👍🏽 🎉 👩‍💻 中', characters)).toBe('ok ? ? ?? ?');
  });

  it('produces text pdf-lib can encode', () => {
    const out = toEncodable('🙂 ∑ ✓ \u0007 Zoë', characters);
    expect(() => font.encodeText(out)).not.toThrow();
  });
});
