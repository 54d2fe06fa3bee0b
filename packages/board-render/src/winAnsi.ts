/** Look-alikes for common characters outside WinAnsi (the character set of the PDF standard fonts). */
const REPLACEMENTS: Readonly<Record<string, string>> = {
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '–',
  '\u2015': '—',
  '\u2212': '-',
  '\u2190': '<-',
  '\u2192': '->',
  '\u2194': '<->',
  '\u21D2': '=>',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2260': '!=',
  '\u2248': '~',
  '\u2713': 'v',
  '\u2714': 'v',
  '\u2717': 'x',
  '\u2718': 'x',
  '\u2022': '•',
  '\u25CF': '•',
  '\u25E6': '•',
  '\u2023': '•',
  '\u201F': '"',
  '\u201B': "'",
  '\u2032': "'",
  '\u2033': '"',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ħ: 'h',
  ı: 'i',
};

/** Invisible joiners and modifiers that belong to the previous character (emoji sequences, variation selectors). */
const INVISIBLE = /[\u200B-\u200D\u2060\uFE00-\uFE0F\u{E0020}-\u{E007F}\u{1F3FB}-\u{1F3FF}]/u;

/**
 * Makes text drawable with a font that encodes only `characters` (pdf-lib's standard fonts: WinAnsi).
 * Known look-alikes are substituted (`→` becomes `->`), accents that the font lacks are dropped
 * (`ő` becomes `o`), invisible joiners and variation selectors vanish, and anything else (emoji, CJK)
 * becomes one "?" per symbol, so pdf-lib never throws on a participant's text.
 */
export function toEncodable(text: string, characters: ReadonlySet<number>): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (characters.has(char.codePointAt(0)!)) {
      out += char;
      continue;
    }
    if (char === '\n') {
      out += '\n';
      continue;
    }
    if (char === '\t') {
      out += ' ';
      continue;
    }
    if (INVISIBLE.test(char)) continue;
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined && [...replacement].every((c) => characters.has(c.codePointAt(0)!))) {
      out += replacement;
      continue;
    }
    const stripped = char.normalize('NFKD').replace(/\p{M}/gu, '');
    if (stripped !== '' && stripped !== char && [...stripped].every((c) => characters.has(c.codePointAt(0)!))) {
      out += stripped;
      continue;
    }
    // Control characters are dropped; every other symbol is shown as one "?".
    if (/\p{Cc}/u.test(char)) continue;
    out += '?';
  }
  return out;
}
