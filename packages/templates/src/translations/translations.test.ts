import { describe, expect, it } from 'vitest';
import { listAgendas, getAgenda } from '../agendas/index.js';
import { listTemplates } from '../catalog/index.js';
import { BUILT_IN_SOLUTIONS } from '../catalog/solutions.js';
import { localize, type LocalizedText } from '../localized.js';
import { ANNEX_I_ELEMENTS } from '../reference/annexI.js';
import { BLOOM_LEVELS } from '../reference/bloom.js';
import { EQF_LEVELS } from '../reference/eqf.js';
import * as europass from '../reference/europass.js';
import { ISCED_F_FIELDS } from '../reference/isced.js';
import { CANVAS_TRANSLATIONS } from './index.js';

const isText = (value: unknown): value is LocalizedText =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && typeof (value as { en?: unknown }).en === 'string' && Object.keys(value).every((k) => ['en', 'de', 'fr', 'es'].includes(k));

/** Every localized text reachable from `value`. */
function texts(value: unknown, found: LocalizedText[] = [], depth = 0): LocalizedText[] {
  if (depth > 40) return found;
  if (Array.isArray(value)) value.forEach((v) => texts(v, found, depth + 1));
  else if (isText(value)) found.push(value);
  else if (typeof value === 'object' && value !== null) Object.values(value).forEach((v) => texts(v, found, depth + 1));
  return found;
}

const everything = () => texts([listTemplates(), listAgendas().map((a) => getAgenda(a.id)), BUILT_IN_SOLUTIONS, ANNEX_I_ELEMENTS, BLOOM_LEVELS, EQF_LEVELS, ISCED_F_FIELDS, europass]);

describe('canvas texts in every language (issue 12: a new language is one file)', () => {
  it.each(['de', 'fr', 'es'])('every text of the built-in canvases, agendas, solutions and reference lists has a %s translation', (lang) => {
    const missing = everything()
      .filter((text) => text.en !== 'en' && (text as Record<string, string | undefined>)[lang] === undefined && CANVAS_TRANSLATIONS[lang]?.[text.en] === undefined)
      .map((text) => text.en);
    expect([...new Set(missing)]).toEqual([]);
  });

  it('localize picks the own translation, then the language file, then English', () => {
    expect(localize({ en: 'Key words', de: 'Schlüsselwörter' }, 'fr')).toBe('Mots-clés');
    expect(localize({ en: 'Key words', de: 'Schlüsselwörter', fr: 'Mots importants' }, 'fr')).toBe('Mots importants');
    expect(localize({ en: 'Key words' }, 'es')).toBe('Palabras clave');
    expect(localize({ en: 'A text only an imported canvas has' }, 'fr')).toBe('A text only an imported canvas has');
  });

  it('translations carry no entry for a text no canvas has (a renamed English text leaves its old key behind)', () => {
    const english = new Set(everything().map((text) => text.en));
    for (const [lang, entries] of Object.entries(CANVAS_TRANSLATIONS)) {
      expect({ lang, stale: Object.keys(entries).filter((key) => !english.has(key)) }).toEqual({ lang, stale: [] });
    }
  });

  it('French and Spanish Bloom verb lists suggest levels', async () => {
    const { suggestBloomLevel } = await import('../levels/suggestBloom.js');
    expect(suggestBloomLevel("L'apprenant peut analyser les besoins du marché", 'fr')).toMatchObject({ level: 4, lang: 'fr' });
    expect(suggestBloomLevel('Décrit les étapes de la délivrance', 'fr')).toMatchObject({ level: 2, verb: 'décrire' });
    expect(suggestBloomLevel('Los participantes pueden diseñar un itinerario', 'es')).toMatchObject({ level: 6, lang: 'es' });
    expect(suggestBloomLevel('Evalúa los resultados', 'es')).toMatchObject({ level: 5, lang: 'es' });
  });
});
