import { es } from './es.js';
import { fr } from './fr.js';

/**
 * Canvas texts of the languages whose translations are kept apart from the canvases (French,
 * Spanish): English text → translation. English and German are written inline in each canvas, which
 * is where an author edits them; a further language is one more file here (docs/i18n.md).
 */
export const CANVAS_TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = { fr, es };
