/** The words of the micro-credential checklist panel, in the workshop language (EN, DE). */
const en = {
  heading: 'EU micro-credential elements',
  missing: (n: number) => `${n} mandatory element${n > 1 ? 's' : ''} missing`,
  complete: 'All mandatory elements present',
  optional: 'optional',
  europass: 'Publishing on Europass',
  europassReady: 'Ready for the Europass profile for learning opportunities (LOQ)',
  europassGaps: (n: number) => `${n} requirement${n > 1 ? 's' : ''} of the Europass profile not met`,
  unavailable: 'The checklist is not available.',
  offline: 'The checklist is not available offline.',
  description: { pdf: 'Description (PDF)', html: 'Description (web page)' },
};

const de: typeof en = {
  heading: 'EU-Elemente des Microcredentials',
  missing: (n) => `${n} Pflichtelement${n > 1 ? 'e fehlen' : ' fehlt'}`,
  complete: 'Alle Pflichtelemente vorhanden',
  optional: 'optional',
  europass: 'Veröffentlichen in Europass',
  europassReady: 'Bereit für das Europass-Profil für Lernangebote (LOQ)',
  europassGaps: (n) => `${n} Anforderung${n > 1 ? 'en' : ''} des Europass-Profils nicht erfüllt`,
  unavailable: 'Die Checkliste ist nicht verfügbar.',
  offline: 'Die Checkliste ist offline nicht verfügbar.',
  description: { pdf: 'Beschreibung (PDF)', html: 'Beschreibung (Webseite)' },
};

export type ChecklistWords = typeof en;

export function checklistWords(lang: string): ChecklistWords {
  return lang === 'de' ? de : en;
}
