import type { LocalizedText } from '../localized.js';

/**
 * Countries the canvases offer: ISO 3166-1 alpha-2 → the EU authority table's code (alpha-3). Europe
 * plus a few frequent partners, because the Recommendation addresses European providers; extend the
 * table to offer more.
 */
export const COUNTRY_ALPHA3: Readonly<Record<string, string>> = Object.freeze({
  AL: 'ALB', AD: 'AND', AM: 'ARM', AT: 'AUT', AZ: 'AZE', BA: 'BIH', BE: 'BEL', BG: 'BGR', BY: 'BLR',
  CH: 'CHE', CY: 'CYP', CZ: 'CZE', DE: 'DEU', DK: 'DNK', EE: 'EST', ES: 'ESP', FI: 'FIN', FR: 'FRA',
  GB: 'GBR', GE: 'GEO', GR: 'GRC', HR: 'HRV', HU: 'HUN', IE: 'IRL', IS: 'ISL', IT: 'ITA', LI: 'LIE',
  LT: 'LTU', LU: 'LUX', LV: 'LVA', MC: 'MCO', MD: 'MDA', ME: 'MNE', MK: 'MKD', MT: 'MLT', NL: 'NLD',
  NO: 'NOR', PL: 'POL', PT: 'PRT', RO: 'ROU', RS: 'SRB', SE: 'SWE', SI: 'SVN', SK: 'SVK', SM: 'SMR',
  TR: 'TUR', UA: 'UKR', VA: 'VAT', XK: 'XKX', US: 'USA', CA: 'CAN', AU: 'AUS', NZ: 'NZL', JP: 'JPN',
});

/**
 * Languages of instruction and content: ISO 639-1 → EU authority language code. The 24 official EU
 * languages plus Norwegian, Icelandic and Turkish.
 */
export const LANGUAGE_ALPHA3: Readonly<Record<string, string>> = Object.freeze({
  bg: 'BUL', cs: 'CES', da: 'DAN', de: 'DEU', el: 'ELL', en: 'ENG', es: 'SPA', et: 'EST', fi: 'FIN',
  fr: 'FRA', ga: 'GLE', hr: 'HRV', hu: 'HUN', it: 'ITA', lt: 'LIT', lv: 'LAV', mt: 'MLT', nl: 'NLD',
  pl: 'POL', pt: 'POR', ro: 'RON', sk: 'SLK', sl: 'SLV', sv: 'SWE', no: 'NOR', is: 'ISL', tr: 'TUR',
});

/** A name from the runtime's CLDR data (no table to keep up to date); the code when unknown. */
function displayName(code: string, lang: 'en' | 'de', type: 'region' | 'language'): string {
  try {
    return new Intl.DisplayNames([lang], { type }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A country's name in English and German, e.g. `DE` → Germany / Deutschland. */
export function countryLabel(alpha2: string): LocalizedText {
  return { en: displayName(alpha2, 'en', 'region'), de: displayName(alpha2, 'de', 'region') };
}

/** A language's name in English and German, e.g. `fr` → French / Französisch. */
export function languageLabel(code: string): LocalizedText {
  return { en: displayName(code, 'en', 'language'), de: displayName(code, 'de', 'language') };
}
