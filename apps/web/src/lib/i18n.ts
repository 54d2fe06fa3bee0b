/**
 * The participant-facing words of the app in the workshop's language (English, German). The
 * canvases carry their own translations (@canvas/templates) and tldraw translates its own UI.
 */
const en = {
  openingWorkshop: 'Opening the workshop…',
  ended: 'The workshop has ended. Boards are read-only; you can still look at them.',
  locked: 'Writing time is over: the facilitator locked the boards.',
  presenting: (group: string) => `${group} is presenting. You are looking at their board (read-only).`,
  ourSpotlight: 'Your group is in the spotlight: everyone sees your board now.',
  solutionShown: 'The facilitator is showing the solution for this activity.',
  earlierActivity: 'You are looking at an earlier activity. The group is now on another one.',
  noBoard: 'No board for this activity.',
  noGroup: 'You are not in a group yet. The facilitator will place you.',
  yourGroup: 'Your group',
  you: '(you)',
  showSolution: 'Show the solution on my screen',
  aboutCanvas: 'About this canvas',
  canvasHint: (minutes: number | null) => `${minutes ? `${minutes} minutes. ` : ''}Add post-its (press N) into the areas.`,
  now: 'now',
  joining: 'Joining',
  yourName: 'Your name, as your group will see it',
  yourGroupPick: 'Your group (at most 4 people)',
  placeMe: 'Place me in a group with room',
  full: 'full',
  join: 'Join',
  joiningBusy: 'Joining…',
  joinGroup: (group: string, count: string) => `Join ${group} (${count})`,
  workshopEnded: 'This workshop has ended.',
  showPanel: 'Group & details',
  hidePanel: 'Back to the board',
  repairBoard: 'Repair',
  repairBoardHint: 'Remove items that break this board (e.g. a post-it the editor cannot display). Everything else stays.',
  repairConfirm: 'Remove every item of this board that the editor cannot display? Everything else stays.',
  repairing: 'Repairing…',
  repaired: (count: number) => (count === 0 ? 'Nothing to repair' : count === 1 ? '1 broken item removed' : `${count} broken items removed`),
};

const de: typeof en = {
  openingWorkshop: 'Workshop wird geöffnet…',
  ended: 'Der Workshop ist beendet. Die Boards sind schreibgeschützt; ihr könnt sie weiter ansehen.',
  locked: 'Die Schreibzeit ist vorbei: die Moderation hat die Boards gesperrt.',
  presenting: (group) => `${group} präsentiert. Ihr seht deren Board (nur lesen).`,
  ourSpotlight: 'Eure Gruppe ist im Rampenlicht: alle sehen jetzt euer Board.',
  solutionShown: 'Die Moderation zeigt die Lösung zu dieser Aktivität.',
  earlierActivity: 'Ihr seht eine frühere Aktivität. Die Gruppe ist schon bei einer anderen.',
  noBoard: 'Für diese Aktivität gibt es kein Board.',
  noGroup: 'Ihr seid noch in keiner Gruppe. Die Moderation teilt euch ein.',
  yourGroup: 'Eure Gruppe',
  you: '(du)',
  showSolution: 'Lösung auf meinem Bildschirm zeigen',
  aboutCanvas: 'Zu diesem Canvas',
  canvasHint: (minutes) => `${minutes ? `${minutes} Minuten. ` : ''}Klebt Post-its (Taste N) in die Felder.`,
  now: 'jetzt',
  joining: 'Beitreten',
  yourName: 'Dein Name, wie ihn deine Gruppe sieht',
  yourGroupPick: 'Deine Gruppe (höchstens 4 Personen)',
  placeMe: 'Mich in eine Gruppe mit freiem Platz setzen',
  full: 'voll',
  join: 'Beitreten',
  joiningBusy: 'Trete bei…',
  joinGroup: (group, count) => `${group} beitreten (${count})`,
  workshopEnded: 'Dieser Workshop ist beendet.',
  showPanel: 'Gruppe & Angaben',
  hidePanel: 'Zurück zum Board',
  repairBoard: 'Reparieren',
  repairBoardHint: 'Entfernt Elemente, die dieses Board stören (z. B. ein Post-it, das der Editor nicht anzeigen kann). Alles andere bleibt.',
  repairConfirm: 'Alle Elemente dieses Boards entfernen, die der Editor nicht anzeigen kann? Alles andere bleibt.',
  repairing: 'Wird repariert…',
  repaired: (count) => (count === 0 ? 'Nichts zu reparieren' : count === 1 ? '1 defektes Element entfernt' : `${count} defekte Elemente entfernt`),
};

export type Words = typeof en;

export function words(language: string | undefined): Words {
  return language === 'de' ? de : en;
}
