export { CATALOGUES, LANGUAGES, catalogue, isLang, toLang, type Catalogue, type Lang } from './catalogue.js';
export { negotiateLanguage } from './negotiate.js';
export { annexIName, glossaryText, type AnnexIId, type Glossary, type InEveryLanguage } from './glossary.js';
