/** Look-alikes for characters neither face draws. */
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
};

/** Invisible joiners and modifiers that belong to the previous character (emoji sequences, variation selectors, skin tones). */
const INVISIBLE = /[\p{Cf}\uFE00-\uFE0F\u{E0020}-\u{E007F}\u{1F3FB}-\u{1F3FF}]/u;

/**
 * Makes text drawable with fonts that draw only the characters `canDraw` accepts (SPEC F3).
 * Text is NFC-normalised; known look-alikes stand in for missing symbols (`→` becomes `->`),
 * accents a font lacks are dropped, invisible joiners, variation selectors and format characters
 * (bidi controls, soft hyphens) vanish, control characters are dropped (a tab becomes a space),
 * and anything else (emoji, CJK) becomes one "?" per symbol, so pdf-lib never throws on a
 * participant's text.
 */
export function toDrawable(text: string, canDraw: (char: string) => boolean): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    if (char === '\n') {
      out += '\n';
      continue;
    }
    if (char === '\t') {
      out += ' ';
      continue;
    }
    if (/\p{Cc}/u.test(char) || INVISIBLE.test(char)) continue;
    if (canDraw(char)) {
      out += char;
      continue;
    }
    const replacement = REPLACEMENTS[char];
    if (replacement !== undefined && [...replacement].every(canDraw)) {
      out += replacement;
      continue;
    }
    const stripped = char.normalize('NFKD').replace(/\p{M}/gu, '');
    if (stripped !== '' && stripped !== char && [...stripped].every(canDraw)) {
      out += stripped;
      continue;
    }
    out += '?';
  }
  return out;
}
