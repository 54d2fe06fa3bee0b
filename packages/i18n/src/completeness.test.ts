import { describe, expect, it } from 'vitest';
import { CATALOGUES, LANGUAGES, catalogue, negotiateLanguage, annexIName } from './index.js';

/** Every leaf of a catalogue as [path, value]. */
function leaves(node: unknown, path = ''): Array<[string, unknown]> {
  if (node !== null && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => leaves(value, path ? `${path}.${key}` : key));
  }
  return [[path, node]];
}

/** Sample arguments for a message function: numbers for counts, words for names. */
function sample(fn: (...args: never[]) => unknown): string {
  const args = Array.from({ length: fn.length }, (_, i) => (i % 2 === 0 ? 3 : 'Grüne Gruppe'));
  return String((fn as (...a: unknown[]) => unknown)(...args));
}

const reference = new Map(leaves(CATALOGUES.en));

describe('I1: every language has every key of English, and no other', () => {
  for (const lang of LANGUAGES) {
    it(lang, () => {
      const own = new Map(leaves(CATALOGUES[lang]));
      const missing = [...reference.keys()].filter((key) => !own.has(key));
      const extra = [...own.keys()].filter((key) => !reference.has(key));
      expect({ missing, extra }).toEqual({ missing: [], extra: [] });
    });
  }
});

describe('I2: every value is a non-blank text or a message function with English’s parameters', () => {
  for (const lang of LANGUAGES) {
    it(lang, () => {
      const problems: string[] = [];
      for (const [key, value] of leaves(CATALOGUES[lang])) {
        const english = reference.get(key);
        if (typeof value !== typeof english) problems.push(`${key}: ${typeof value}, English has ${typeof english}`);
        else if (typeof value === 'string' && !/\S/.test(value)) problems.push(`${key}: blank`);
        else if (typeof value === 'function') {
          const fn = value as (...args: never[]) => unknown;
          if (fn.length !== (english as (...args: never[]) => unknown).length) problems.push(`${key}: ${fn.length} parameters`);
          const out = sample(fn);
          if (!/\S/.test(out) || /undefined|NaN|\[object/.test(out)) problems.push(`${key}: renders "${out}"`);
        }
      }
      expect(problems).toEqual([]);
    });
  }
});

describe('I3: a language states its code, name and review state', () => {
  for (const lang of LANGUAGES) {
    it(lang, () => {
      const meta = CATALOGUES[lang].meta;
      expect(meta.code).toBe(lang);
      expect(meta.locale.toLowerCase().startsWith(lang)).toBe(true);
      expect(['reviewed', 'awaiting-native-review']).toContain(meta.review);
    });
  }
  it('French and Spanish await a native speaker’s review', () => {
    expect(CATALOGUES.fr.meta.review).toBe('awaiting-native-review');
    expect(CATALOGUES.es.meta.review).toBe('awaiting-native-review');
  });
});

describe('I4: one register per language', () => {
  const german = leaves(CATALOGUES.de).map(([key, value]) => [key, typeof value === 'function' ? sample(value as never) : String(value)] as const);
  it('German addresses participants with "ihr", never with "Sie"/"Ihnen" or "du"/"dein"', () => {
    const formal = german.filter(([, text]) => /\b(Ihnen|Ihr(e|en|em|er)?\s+[a-zäöü]*[A-ZÄÖÜ])|(?<![.:!?]\s|^)\bSie\b/.test(text));
    const singular = german.filter(([, text]) => /(?<!\p{L})(du|dich|dir|dein(e|en|em|er)?|Du|Dein(e|en|em|er)?)(?!\p{L})/u.test(text));
    expect({ formal, singular }).toEqual({ formal: [], singular: [] });
  });
  it('Spanish uses "vosotros", never "usted"', () => {
    const spanish = leaves(CATALOGUES.es).map(([, value]) => (typeof value === 'function' ? sample(value as never) : String(value)));
    expect(spanish.filter((text) => /(?<!\p{L})usted(es)?(?!\p{L})/iu.test(text))).toEqual([]);
  });
  it('French uses "vous", never "tu"', () => {
    const french = leaves(CATALOGUES.fr).map(([, value]) => (typeof value === 'function' ? sample(value as never) : String(value)));
    expect(french.filter((text) => /(?<!\p{L})(tu|ton|ta|tes|toi)(?!\p{L})/iu.test(text))).toEqual([]);
  });
});

describe('I5: lookups', () => {
  it('falls back to English for an unknown code', () => {
    expect(catalogue('xx')).toBe(CATALOGUES.en);
    expect(catalogue(undefined)).toBe(CATALOGUES.en);
    expect(catalogue('de').workshop.yourGroup).toBe('Eure Gruppe');
  });
  it('negotiates a browser’s preferences on the primary subtag, in order', () => {
    expect(negotiateLanguage(['de-AT', 'en'])).toBe('de');
    expect(negotiateLanguage(['pl', 'es-MX', 'fr'])).toBe('es');
    expect(negotiateLanguage(['pl'])).toBe('en');
    expect(negotiateLanguage(undefined)).toBe('en');
  });
  it('names an Annex I element in every language from the glossaries', () => {
    expect(annexIName('level', 'short')).toEqual({
      en: CATALOGUES.en.glossary.annexI.level.short,
      de: CATALOGUES.de.glossary.annexI.level.short,
      fr: CATALOGUES.fr.glossary.annexI.level.short,
      es: CATALOGUES.es.glossary.annexI.level.short,
    });
  });
});
