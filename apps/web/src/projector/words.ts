/** Words of the projector view and the "phones cannot reach this link" warning (EN, DE). */
const en = {
  title: 'Projector view',
  opening: 'Opening the projector view…',
  needsConsole: 'Open the projector view from the facilitator console on this computer: it uses the console’s key.',
  join: 'Join with your phone',
  scan: 'Scan the code, or open',
  andEnter: 'and enter the code',
  currentActivity: 'Now',
  noActivity: 'The workshop has not started an activity yet.',
  minutes: (n: number) => `${n} minutes`,
  presenting: (group: string) => `${group} is presenting`,
  ended: 'The workshop has ended. Thank you!',
  localOnlyTitle: 'Phones in the room cannot open this link',
  localOnly: (host: string) =>
    `It points to ${host}, which on a phone means the phone itself. Start the server with HOST=0.0.0.0 and PUBLIC_URL set to this computer’s address in the room’s network (for example PUBLIC_URL=http://192.168.1.20:3000), then open the console at that address.`,
  projectorLink: 'Projector view',
};

const de: typeof en = {
  title: 'Beamer-Ansicht',
  opening: 'Beamer-Ansicht wird geöffnet…',
  needsConsole: 'Öffnet die Beamer-Ansicht aus der Moderationskonsole auf diesem Rechner: sie nutzt deren Schlüssel.',
  join: 'Mit dem Handy teilnehmen',
  scan: 'Code scannen oder',
  andEnter: 'öffnen und diesen Code eingeben',
  currentActivity: 'Jetzt',
  noActivity: 'Der Workshop hat noch keine Aktivität begonnen.',
  minutes: (n) => `${n} Minuten`,
  presenting: (group) => `${group} präsentiert`,
  ended: 'Der Workshop ist beendet. Vielen Dank!',
  localOnlyTitle: 'Handys im Raum können diesen Link nicht öffnen',
  localOnly: (host) =>
    `Er zeigt auf ${host}, und das ist auf einem Handy das Handy selbst. Startet den Server mit HOST=0.0.0.0 und setzt PUBLIC_URL auf die Adresse dieses Rechners im Netz des Raums (zum Beispiel PUBLIC_URL=http://192.168.1.20:3000); öffnet die Konsole dann unter dieser Adresse.`,
  projectorLink: 'Beamer-Ansicht',
};

export type ProjectorWords = typeof en;

export function projectorWords(language: string | undefined): ProjectorWords {
  return language === 'de' ? de : en;
}
