import type { LocalizedText } from '../localized.js';

/** A narrow field of education and training of ISCED-F 2013 (UNESCO Institute for Statistics). */
export interface IscedField {
  /** Three-digit narrow-field code, e.g. `061`; the first two digits are the broad field. */
  readonly code: string;
  readonly label: LocalizedText;
}

/** Europass identifier of an ISCED-F code, e.g. `061` → `http://data.europa.eu/snb/isced-f/061`. */
export function iscedFUri(code: string): string {
  return `http://data.europa.eu/snb/isced-f/${code}`;
}

const inter = (en: string, de: string): LocalizedText => ({
  en: `Inter-disciplinary programmes and qualifications involving ${en}`,
  de: `Interdisziplinäre Programme und Qualifikationen mit Schwerpunkt ${de}`,
});

/**
 * The narrow fields of ISCED-F 2013 (the level the Europass vocabulary `isced-f` offers between the
 * broad and the detailed fields), in code order. English names as published by UNESCO; the German
 * names are our renderings for workshop use.
 */
export const ISCED_F_FIELDS: readonly IscedField[] = Object.freeze([
  { code: '001', label: { en: 'Basic programmes and qualifications', de: 'Grundlegende Bildungsprogramme und Qualifikationen' } },
  { code: '002', label: { en: 'Literacy and numeracy', de: 'Lesen, Schreiben und Rechnen' } },
  { code: '003', label: { en: 'Personal skills and development', de: 'Persönliche Fähigkeiten und Entwicklung' } },
  { code: '011', label: { en: 'Education', de: 'Pädagogik' } },
  { code: '018', label: inter('education', 'Pädagogik') },
  { code: '021', label: { en: 'Arts', de: 'Künste' } },
  { code: '022', label: { en: 'Humanities (except languages)', de: 'Geisteswissenschaften (ohne Sprachen)' } },
  { code: '023', label: { en: 'Languages', de: 'Sprachen' } },
  { code: '028', label: inter('arts and humanities', 'Künste und Geisteswissenschaften') },
  { code: '031', label: { en: 'Social and behavioural sciences', de: 'Sozial- und Verhaltenswissenschaften' } },
  { code: '032', label: { en: 'Journalism and information', de: 'Journalismus und Informationswesen' } },
  { code: '038', label: inter('social sciences, journalism and information', 'Sozialwissenschaften, Journalismus und Informationswesen') },
  { code: '041', label: { en: 'Business and administration', de: 'Wirtschaft und Verwaltung' } },
  { code: '042', label: { en: 'Law', de: 'Recht' } },
  { code: '048', label: inter('business, administration and law', 'Wirtschaft, Verwaltung und Recht') },
  { code: '051', label: { en: 'Biological and related sciences', de: 'Biologie und verwandte Wissenschaften' } },
  { code: '052', label: { en: 'Environment', de: 'Umwelt' } },
  { code: '053', label: { en: 'Physical sciences', de: 'Exakte Naturwissenschaften' } },
  { code: '054', label: { en: 'Mathematics and statistics', de: 'Mathematik und Statistik' } },
  { code: '058', label: inter('natural sciences, mathematics and statistics', 'Naturwissenschaften, Mathematik und Statistik') },
  { code: '061', label: { en: 'Information and Communication Technologies (ICTs)', de: 'Informations- und Kommunikationstechnologien (IKT)' } },
  { code: '068', label: inter('Information and Communication Technologies (ICTs)', 'Informations- und Kommunikationstechnologien (IKT)') },
  { code: '071', label: { en: 'Engineering and engineering trades', de: 'Ingenieurwesen und technische Berufe' } },
  { code: '072', label: { en: 'Manufacturing and processing', de: 'Herstellung und Verarbeitung' } },
  { code: '073', label: { en: 'Architecture and construction', de: 'Architektur und Baugewerbe' } },
  { code: '078', label: inter('engineering, manufacturing and construction', 'Ingenieurwesen, Herstellung und Baugewerbe') },
  { code: '081', label: { en: 'Agriculture', de: 'Landwirtschaft' } },
  { code: '082', label: { en: 'Forestry', de: 'Forstwirtschaft' } },
  { code: '083', label: { en: 'Fisheries', de: 'Fischerei' } },
  { code: '084', label: { en: 'Veterinary', de: 'Tiermedizin' } },
  { code: '088', label: inter('agriculture, forestry, fisheries and veterinary', 'Land- und Forstwirtschaft, Fischerei und Tiermedizin') },
  { code: '091', label: { en: 'Health', de: 'Gesundheit' } },
  { code: '092', label: { en: 'Welfare', de: 'Sozialwesen' } },
  { code: '098', label: inter('health and welfare', 'Gesundheit und Sozialwesen') },
  { code: '101', label: { en: 'Personal services', de: 'Persönliche Dienstleistungen' } },
  { code: '102', label: { en: 'Hygiene and occupational health services', de: 'Hygiene und Arbeitsschutz' } },
  { code: '103', label: { en: 'Security services', de: 'Sicherheitsdienstleistungen' } },
  { code: '104', label: { en: 'Transport services', de: 'Verkehrsdienstleistungen' } },
  { code: '108', label: inter('services', 'Dienstleistungen') },
]);
