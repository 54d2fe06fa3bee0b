/** Words of the agenda picker on the start page, in the language chosen for the workshop. */
const en = {
  heading: 'Start from an agenda',
  intro: 'One click creates the workshop with every activity of the agenda, in order, with its minutes on the timer.',
  create: 'Create',
  creating: 'Creating…',
  minutes: (n: number) => (n >= 120 ? `${Math.floor(n / 60)} h ${n % 60 ? `${n % 60} min` : ''}`.trim() : `${n} min`),
  activities: (n: number) => `${n} ${n === 1 ? 'activity' : 'activities'}`,
  mine: 'My agendas (saved on this server)',
  remove: 'Delete',
  saveHeading: 'Save the activities ticked below as my agenda',
  saveName: 'Agenda name',
  save: 'Save agenda',
  saved: (title: string) => `Saved “${title}”. It is listed under “My agendas” in this browser.`,
  gone: 'This saved agenda no longer exists on the server.',
  loadFailed: 'Could not load the agendas from the server.',
  or: 'Or pick the activities yourself',
};

const de: typeof en = {
  heading: 'Mit einem Ablaufplan beginnen',
  intro: 'Ein Klick legt den Workshop mit allen Aktivitäten des Plans an, in ihrer Reihenfolge und mit ihren Minuten für den Timer.',
  create: 'Anlegen',
  creating: 'Wird angelegt…',
  minutes: (n) => (n >= 120 ? `${Math.floor(n / 60)} Std. ${n % 60 ? `${n % 60} Min.` : ''}`.trim() : `${n} Min.`),
  activities: (n) => `${n} ${n === 1 ? 'Aktivität' : 'Aktivitäten'}`,
  mine: 'Meine Ablaufpläne (auf diesem Server gespeichert)',
  remove: 'Löschen',
  saveHeading: 'Die unten angekreuzten Aktivitäten als meinen Ablaufplan speichern',
  saveName: 'Name des Plans',
  save: 'Plan speichern',
  saved: (title) => `„${title}“ gespeichert. Er steht in diesem Browser unter „Meine Ablaufpläne“.`,
  gone: 'Dieser gespeicherte Plan existiert auf dem Server nicht mehr.',
  loadFailed: 'Die Ablaufpläne konnten nicht vom Server geladen werden.',
  or: 'Oder die Aktivitäten selbst auswählen',
};

export function agendaWords(lang: string): typeof en {
  return lang === 'de' ? de : en;
}
