/** Words of individual writing, dot-voting and "keep everyone together", in the workshop's language. */
const en = {
  // keep together
  elsewhere: (title: string) => `The group is now on “${title}”.`,
  goThere: 'Go there',
  gather: 'Bring everyone here',
  gatherHint: 'Switches every participant’s screen to the current activity (and to the spotlight when one is on).',
  onlyCurrent: 'Only the current activity is open',
  readOnlyHere: 'This activity is closed: you can look but not write. The group is on the current one.',
  // individual writing
  writingOn: 'Individual writing: write your own notes first. Only you and the facilitator see them until the facilitator reveals them.',
  writingGroupNotes: 'Your group’s notes',
  startWriting: 'Start individual writing',
  reveal: 'Reveal everyone’s notes',
  writingRunning: (n: number) => `Individual writing is on: ${n} private board${n === 1 ? '' : 's'}.`,
  privateNotes: 'Private notes',
  nobodyYet: 'Nobody has written yet.',
  revealed: (notes: number) => `${notes} note${notes === 1 ? '' : 's'} revealed on the groups’ boards.`,
  // voting
  vote: 'Vote',
  voteOpen: (dots: number) => `Dot-vote: you have ${dots} dot${dots === 1 ? '' : 's'}. Put them on the notes your group should carry forward.`,
  dotsLeft: (left: number, of: number) => `${left} of ${of} dots left`,
  addDot: 'Add a dot',
  takeBack: 'Take one back',
  hiddenResults: 'Results are shown when the facilitator closes the vote.',
  voteClosed: 'The vote is closed.',
  winner: 'Chosen',
  dots: (n: number) => `${n} dot${n === 1 ? '' : 's'}`,
  noNotes: 'No notes to vote on yet.',
  startVote: 'Start a dot-vote',
  closeVote: 'Close the vote',
  dotsPer: 'Dots each',
  scope: 'Scope',
  scopeGroup: 'within each group',
  scopeWorkshop: 'across the workshop',
  liveResults: 'Show results live',
  voteRunning: (dots: number, live: boolean) => `Vote open: ${dots} dots each, results ${live ? 'live' : 'hidden until you close it'}.`,
};

const de: typeof en = {
  elsewhere: (title) => `Die Gruppe ist jetzt bei „${title}“.`,
  goThere: 'Dorthin wechseln',
  gather: 'Alle hierher holen',
  gatherHint: 'Schaltet alle Bildschirme auf die aktuelle Aktivität (und auf das Rampenlicht, wenn eines an ist).',
  onlyCurrent: 'Nur die aktuelle Aktivität ist offen',
  readOnlyHere: 'Diese Aktivität ist geschlossen: ihr könnt sie ansehen, aber nicht schreiben. Die Gruppe ist bei der aktuellen.',
  writingOn: 'Einzelarbeit: schreib zuerst deine eigenen Notizen. Nur du und die Moderation seht sie, bis die Moderation sie aufdeckt.',
  writingGroupNotes: 'Notizen eurer Gruppe',
  startWriting: 'Einzelarbeit starten',
  reveal: 'Alle Notizen aufdecken',
  writingRunning: (n) => `Einzelarbeit läuft: ${n} private${n === 1 ? 's Board' : ' Boards'}.`,
  privateNotes: 'Private Notizen',
  nobodyYet: 'Noch hat niemand geschrieben.',
  revealed: (notes) => `${notes} ${notes === 1 ? 'Notiz' : 'Notizen'} auf den Gruppen-Boards aufgedeckt.`,
  vote: 'Abstimmen',
  voteOpen: (dots) => `Punkte-Abstimmung: du hast ${dots} ${dots === 1 ? 'Punkt' : 'Punkte'}. Setz sie auf die Notizen, mit denen eure Gruppe weiterarbeiten soll.`,
  dotsLeft: (left, of) => `${left} von ${of} Punkten übrig`,
  addDot: 'Punkt setzen',
  takeBack: 'Einen zurücknehmen',
  hiddenResults: 'Die Ergebnisse erscheinen, wenn die Moderation die Abstimmung schließt.',
  voteClosed: 'Die Abstimmung ist geschlossen.',
  winner: 'Gewählt',
  dots: (n) => `${n} ${n === 1 ? 'Punkt' : 'Punkte'}`,
  noNotes: 'Noch keine Notizen zum Abstimmen.',
  startVote: 'Punkte-Abstimmung starten',
  closeVote: 'Abstimmung schließen',
  dotsPer: 'Punkte je Person',
  scope: 'Bereich',
  scopeGroup: 'in jeder Gruppe',
  scopeWorkshop: 'im ganzen Workshop',
  liveResults: 'Ergebnisse live zeigen',
  voteRunning: (dots, live) => `Abstimmung offen: ${dots} Punkte je Person, Ergebnisse ${live ? 'live' : 'verborgen bis zum Schließen'}.`,
};

export type RoomWords = typeof en;

export function roomWords(language: string | undefined): RoomWords {
  return language === 'de' ? de : en;
}
