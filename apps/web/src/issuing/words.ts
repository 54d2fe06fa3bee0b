import { browserLanguage as appBrowserLanguage } from '../lib/i18n';
/**
 * The words of issuing, claiming and verifying, in English, German, French and Spanish (French and
 * Spanish await a native speaker's review). The verifier's report comes from the server in English
 * or German, so the public verify page offers those two.
 * The console section speaks the workshop's language; the claim page the workshop's; the public
 * verify page the browser's, with a switch.
 */
const en = {
  sectionTitle: 'Signed credentials (Open Badges 3.0)',
  refresh: 'Refresh',
  issuerLine: (name: string, did: string) => `Issued by ${name} (${did}).`,
  issuerHint: 'The server’s administrator sets the issuer’s name, web site and e-mail address.',
  participationTitle: 'Proof of participation',
  participationHelp: 'One signed credential per participant: the workshop and the activities they wrote on.',
  issueParticipation: (n: number) => `Issue to ${n} participant${n === 1 ? '' : 's'}`,
  noParticipants: 'Nobody has joined yet.',
  allHoldOne: 'Everyone holds one',
  validUntil: 'Valid until (optional)',
  microTitle: (group: string) => `Micro-credential of ${group}`,
  untitled: '(no title yet)',
  notReady: 'Not ready to issue: these mandatory elements are missing:',
  csvHelp: 'Learners as CSV: a first line "name,email" (or "name,identifier"), then one learner per line.',
  csvFile: 'CSV file',
  csvText: 'or paste the list',
  csvExample: 'name,email\nAna Muster,ana@example.org',
  issueToList: 'Issue to this list',
  issuing: 'Signing…',
  issuedCount: (n: number) => `${n} credential${n === 1 ? '' : 's'} issued. Pass each claim link on to its recipient.`,
  listProblems: 'The list was not issued. Fix these lines and try again:',
  listProblem: (line: number, column: string | undefined, code: string): string => {
    const at = line > 0 ? `Line ${line}: ` : '';
    const col = column === 'email' ? 'the e-mail address' : column === 'identifier' ? 'the identifier' : 'the name';
    switch (code) {
      case 'too_large': return 'The list is larger than 512 KiB. Split it into smaller lists.';
      case 'too_many_rows': return 'The list has more than 1,000 learners. Split it into smaller lists.';
      case 'record_too_long': return `${at}the line is longer than 4,096 characters.`;
      case 'invalid_csv': return `${at}this is not readable as CSV; check the quotation marks.`;
      case 'missing_columns': return 'The first line must name the columns "name" and "email" (or "identifier").';
      case 'empty': return 'The list has no learners.';
      case 'empty_cell': return `${at}${col} is empty.`;
      case 'too_long': return `${at}${col} is too long.`;
      case 'formula': return `${at}${col} starts like a spreadsheet formula (=, +, -, @); remove that character.`;
      case 'unsafe_characters': return `${at}${col} contains invisible control or text-direction characters.`;
      case 'not_email': return `${at}${col} is not an e-mail address.`;
      case 'no_identity': return `${at}give an e-mail address or an identifier.`;
      case 'duplicate': return `${at}the same learner as on an earlier line.`;
      default: return `${at}${col} cannot be used.`;
    }
  },
  issuedTitle: (n: number) => `Issued (${n})`,
  noneIssued: 'Nothing issued yet.',
  downloadLinks: 'Claim links as CSV',
  copyLink: 'Copy claim link',
  revoke: 'Revoke',
  revokeConfirm: (name: string) => `Revoke the credential of ${name}? Anyone who verifies it will see it as revoked. This cannot be undone.`,
  revoked: 'revoked',
  participation: 'participation',
  deletionNote: 'Deleting the workshop deletes these credentials and claim links from this server; credentials already downloaded stay valid unless revoked first.',
  // Claim page
  claimEyebrow: 'Your signed credential',
  issuedTo: (name: string) => `Issued to ${name}`,
  issuedBy: (name: string) => `by ${name}`,
  issuedOn: (date: string) => `on ${date}`,
  revokedNotice: 'The issuer has revoked this credential.',
  downloadJson: 'Download credential (JSON)',
  downloadPng: 'Download badge image (PNG)',
  claimHelp: 'Keep both files. The image carries the credential inside it (Open Badges 3.0 baking): wallets and verifiers read it from the picture.',
  checkHere: 'Check it now',
  openVerifier: 'Open the verifier',
  claimNotFound: 'This claim link is not known here. It may be mistyped, or its workshop was deleted.',
  loading: 'Loading…',
  // Verify page
  verifyTitle: 'Verify an Open Badge',
  verifyIntro:
    'Check an Open Badges 3.0 credential: its signature, issuer, dates, revocation and data model. Everything is checked on this server; nothing named in the credential is fetched from elsewhere.',
  chooseFile: 'Credential file (JSON) or badge image (PNG)',
  orPaste: 'or paste the credential (JSON)',
  verify: 'Verify',
  verifying: 'Checking…',
  notJson: 'This is not JSON. Paste the whole credential, from { to }.',
  nothingGiven: 'Choose a file or paste a credential first.',
  check: { format: 'Format', issuer: 'Issuer', signature: 'Signature', dates: 'Validity', revocation: 'Revocation', schema: 'Data model' },
  outcome: { passed: 'passed', failed: 'failed', 'not-checked': 'not checked' },
  details: 'Technical details',
  language: 'Language',
};

const de: typeof en = {
  sectionTitle: 'Signierte Nachweise (Open Badges 3.0)',
  refresh: 'Aktualisieren',
  issuerLine: (name, did) => `Ausgestellt von ${name} (${did}).`,
  issuerHint: 'Name, Website und E-Mail-Adresse der ausstellenden Stelle legt die Server-Administration fest.',
  participationTitle: 'Teilnahmenachweis',
  participationHelp: 'Ein signierter Nachweis pro teilnehmender Person: der Workshop und die Aktivitäten, an denen sie mitgeschrieben hat.',
  issueParticipation: (n) => `An ${n} ${n === 1 ? 'Person' : 'Personen'} ausstellen`,
  noParticipants: 'Noch niemand ist beigetreten.',
  allHoldOne: 'Alle haben bereits einen',
  validUntil: 'Gültig bis (optional)',
  microTitle: (group) => `Microcredential von ${group}`,
  untitled: '(noch ohne Titel)',
  notReady: 'Noch nicht ausstellbar: diese Pflichtangaben fehlen:',
  csvHelp: 'Lernende als CSV: eine erste Zeile „name,email“ (oder „name,identifier“), dann eine Person pro Zeile.',
  csvFile: 'CSV-Datei',
  csvText: 'oder Liste einfügen',
  csvExample: 'name,email\nAna Muster,ana@example.org',
  issueToList: 'An diese Liste ausstellen',
  issuing: 'Signiere…',
  issuedCount: (n) => `${n} ${n === 1 ? 'Nachweis' : 'Nachweise'} ausgestellt. Geben Sie jeden Abruf-Link an die jeweilige Person weiter.`,
  listProblems: 'Die Liste wurde nicht ausgestellt. Korrigieren Sie diese Zeilen und versuchen Sie es erneut:',
  listProblem: (line, column, code) => {
    const at = line > 0 ? `Zeile ${line}: ` : '';
    const col = column === 'email' ? 'die E-Mail-Adresse' : column === 'identifier' ? 'die Kennung' : 'der Name';
    const Col = col.charAt(0).toUpperCase() + col.slice(1);
    const lead = at ? `${at}${col}` : Col;
    switch (code) {
      case 'too_large': return 'Die Liste ist größer als 512 KiB. Teilen Sie sie in kleinere Listen auf.';
      case 'too_many_rows': return 'Die Liste hat mehr als 1.000 Lernende. Teilen Sie sie in kleinere Listen auf.';
      case 'record_too_long': return `${at}die Zeile ist länger als 4.096 Zeichen.`;
      case 'invalid_csv': return `${at}das ist kein lesbares CSV; prüfen Sie die Anführungszeichen.`;
      case 'missing_columns': return 'Die erste Zeile muss die Spalten „name“ und „email“ (oder „identifier“) benennen.';
      case 'empty': return 'Die Liste enthält keine Lernenden.';
      case 'empty_cell': return `${lead} ist leer.`;
      case 'too_long': return `${lead} ist zu lang.`;
      case 'formula': return `${lead} beginnt wie eine Tabellenformel (=, +, -, @); entfernen Sie dieses Zeichen.`;
      case 'unsafe_characters': return `${lead} enthält unsichtbare Steuer- oder Schreibrichtungszeichen.`;
      case 'not_email': return `${lead} ist keine E-Mail-Adresse.`;
      case 'no_identity': return `${at}geben Sie eine E-Mail-Adresse oder eine Kennung an.`;
      case 'duplicate': return `${at}dieselbe Person wie in einer früheren Zeile.`;
      default: return `${lead} ist nicht verwendbar.`;
    }
  },
  issuedTitle: (n) => `Ausgestellt (${n})`,
  noneIssued: 'Noch nichts ausgestellt.',
  downloadLinks: 'Abruf-Links als CSV',
  copyLink: 'Abruf-Link kopieren',
  revoke: 'Widerrufen',
  revokeConfirm: (name) => `Den Nachweis von ${name} widerrufen? Wer ihn prüft, sieht ihn dann als widerrufen. Das lässt sich nicht rückgängig machen.`,
  revoked: 'widerrufen',
  participation: 'Teilnahme',
  deletionNote: 'Wird der Workshop gelöscht, löscht der Server auch diese Nachweise und Abruf-Links; bereits heruntergeladene Nachweise bleiben gültig, sofern sie nicht vorher widerrufen werden.',
  claimEyebrow: 'Ihr signierter Nachweis',
  issuedTo: (name) => `Ausgestellt für ${name}`,
  issuedBy: (name) => `von ${name}`,
  issuedOn: (date) => `am ${date}`,
  revokedNotice: 'Die ausstellende Stelle hat diesen Nachweis widerrufen.',
  downloadJson: 'Nachweis herunterladen (JSON)',
  downloadPng: 'Badge-Bild herunterladen (PNG)',
  claimHelp: 'Bewahren Sie beide Dateien auf. Das Bild trägt den Nachweis in sich (Open-Badges-3.0-„Baking“): Wallets und Prüfdienste lesen ihn aus dem Bild.',
  checkHere: 'Jetzt prüfen',
  openVerifier: 'Prüfseite öffnen',
  claimNotFound: 'Dieser Abruf-Link ist hier nicht bekannt. Vielleicht ist er falsch kopiert, oder sein Workshop wurde gelöscht.',
  loading: 'Wird geladen…',
  verifyTitle: 'Open Badge prüfen',
  verifyIntro:
    'Prüfen Sie einen Open-Badges-3.0-Nachweis: Signatur, ausstellende Stelle, Gültigkeit, Widerruf und Datenmodell. Alles wird auf diesem Server geprüft; nichts, was im Nachweis genannt ist, wird von anderswo geladen.',
  chooseFile: 'Nachweis-Datei (JSON) oder Badge-Bild (PNG)',
  orPaste: 'oder Nachweis einfügen (JSON)',
  verify: 'Prüfen',
  verifying: 'Prüfe…',
  notJson: 'Das ist kein JSON. Fügen Sie den ganzen Nachweis ein, von { bis }.',
  nothingGiven: 'Wählen Sie zuerst eine Datei oder fügen Sie einen Nachweis ein.',
  check: { format: 'Format', issuer: 'Ausstellende Stelle', signature: 'Signatur', dates: 'Gültigkeit', revocation: 'Widerruf', schema: 'Datenmodell' },
  outcome: { passed: 'bestanden', failed: 'nicht bestanden', 'not-checked': 'nicht geprüft' },
  details: 'Technische Einzelheiten',
  language: 'Sprache',
};

const fr: typeof en = {
  sectionTitle: 'Certifications signées (Open Badges 3.0)',
  refresh: 'Actualiser',
  issuerLine: (name, did) => `Émises par ${name} (${did}).`,
  issuerHint: 'L’administrateur du serveur définit le nom, le site web et l’adresse e-mail de l’émetteur.',
  participationTitle: 'Attestation de participation',
  participationHelp: 'Une certification signée par participant : l’atelier et les activités sur lesquelles il a écrit.',
  issueParticipation: (n) => `Délivrer à ${n} participant${n === 1 ? '' : 's'}`,
  noParticipants: 'Personne n’a encore rejoint l’atelier.',
  allHoldOne: 'Tout le monde en détient une',
  validUntil: 'Valable jusqu’au (facultatif)',
  microTitle: (group) => `Microcertification de ${group}`,
  untitled: '(pas encore d’intitulé)',
  notReady: 'Pas encore prête à être délivrée : ces éléments obligatoires manquent :',
  csvHelp: 'Apprenants en CSV : une première ligne « name,email » (ou « name,identifier »), puis un apprenant par ligne.',
  csvFile: 'Fichier CSV',
  csvText: 'ou collez la liste',
  csvExample: 'name,email\nAna Muster,ana@example.org',
  issueToList: 'Délivrer à cette liste',
  issuing: 'Signature…',
  issuedCount: (n) => `${n} certification${n === 1 ? ' délivrée' : 's délivrées'}. Transmettez chaque lien de récupération à son destinataire.`,
  listProblems: 'La liste n’a pas été délivrée. Corrigez ces lignes et réessayez :',
  listProblem: (line, column, code) => {
    const at = line > 0 ? `Ligne ${line} : ` : '';
    const col = column === 'email' ? 'l’adresse e-mail' : column === 'identifier' ? 'l’identifiant' : 'le nom';
    switch (code) {
      case 'too_large': return 'La liste dépasse 512 Kio. Divisez-la en listes plus petites.';
      case 'too_many_rows': return 'La liste compte plus de 1 000 apprenants. Divisez-la en listes plus petites.';
      case 'record_too_long': return `${at}la ligne dépasse 4 096 caractères.`;
      case 'invalid_csv': return `${at}illisible en CSV ; vérifiez les guillemets.`;
      case 'missing_columns': return 'La première ligne doit nommer les colonnes « name » et « email » (ou « identifier »).';
      case 'empty': return 'La liste ne contient aucun apprenant.';
      case 'empty_cell': return `${at}${col} est vide.`;
      case 'too_long': return `${at}${col} est trop long.`;
      case 'formula': return `${at}${col} commence comme une formule de tableur (=, +, -, @) ; supprimez ce caractère.`;
      case 'unsafe_characters': return `${at}${col} contient des caractères de contrôle ou de sens d’écriture invisibles.`;
      case 'not_email': return `${at}${col} n’est pas une adresse e-mail.`;
      case 'no_identity': return `${at}indiquez une adresse e-mail ou un identifiant.`;
      case 'duplicate': return `${at}le même apprenant que sur une ligne précédente.`;
      default: return `${at}${col} ne peut pas être utilisé.`;
    }
  },
  issuedTitle: (n) => `Délivrées (${n})`,
  noneIssued: 'Rien n’a encore été délivré.',
  downloadLinks: 'Liens de récupération en CSV',
  copyLink: 'Copier le lien de récupération',
  revoke: 'Révoquer',
  revokeConfirm: (name) => `Révoquer la certification de ${name} ? Quiconque la vérifie la verra révoquée. C’est irréversible.`,
  revoked: 'révoquée',
  participation: 'participation',
  deletionNote: 'Supprimer l’atelier supprime ces certifications et liens de récupération de ce serveur ; les certifications déjà téléchargées restent valables, sauf si elles ont été révoquées avant.',
  claimEyebrow: 'Votre certification signée',
  issuedTo: (name) => `Délivrée à ${name}`,
  issuedBy: (name) => `par ${name}`,
  issuedOn: (date) => `le ${date}`,
  revokedNotice: 'L’émetteur a révoqué cette certification.',
  downloadJson: 'Télécharger la certification (JSON)',
  downloadPng: 'Télécharger l’image du badge (PNG)',
  claimHelp: 'Gardez les deux fichiers. L’image contient la certification (« baking » Open Badges 3.0) : portefeuilles et vérificateurs la lisent dans l’image.',
  checkHere: 'La vérifier maintenant',
  openVerifier: 'Ouvrir le vérificateur',
  claimNotFound: 'Ce lien de récupération est inconnu ici. Il est peut-être mal saisi, ou son atelier a été supprimé.',
  loading: 'Chargement…',
  verifyTitle: 'Vérifier un Open Badge',
  verifyIntro:
    'Vérifiez une certification Open Badges 3.0 : sa signature, son émetteur, ses dates, sa révocation et son modèle de données. Tout est vérifié sur ce serveur ; rien de ce que nomme la certification n’est chargé d’ailleurs.',
  chooseFile: 'Fichier de certification (JSON) ou image de badge (PNG)',
  orPaste: 'ou collez la certification (JSON)',
  verify: 'Vérifier',
  verifying: 'Vérification…',
  notJson: 'Ce n’est pas du JSON. Collez la certification entière, de { à }.',
  nothingGiven: 'Choisissez d’abord un fichier ou collez une certification.',
  check: { format: 'Format', issuer: 'Émetteur', signature: 'Signature', dates: 'Validité', revocation: 'Révocation', schema: 'Modèle de données' },
  outcome: { passed: 'réussi', failed: 'échoué', 'not-checked': 'non vérifié' },
  details: 'Détails techniques',
  language: 'Langue',
};

const es: typeof en = {
  sectionTitle: 'Credenciales firmadas (Open Badges 3.0)',
  refresh: 'Actualizar',
  issuerLine: (name, did) => `Emitidas por ${name} (${did}).`,
  issuerHint: 'La administración del servidor define el nombre, el sitio web y el correo electrónico del emisor.',
  participationTitle: 'Constancia de participación',
  participationHelp: 'Una credencial firmada por participante: el taller y las actividades en las que escribió.',
  issueParticipation: (n) => `Conceder a ${n} participante${n === 1 ? '' : 's'}`,
  noParticipants: 'Todavía no se ha unido nadie.',
  allHoldOne: 'Todo el mundo tiene una',
  validUntil: 'Válida hasta (opcional)',
  microTitle: (group) => `Microcredencial de ${group}`,
  untitled: '(aún sin título)',
  notReady: 'Aún no se puede conceder: faltan estos elementos obligatorios:',
  csvHelp: 'Educandos en CSV: una primera línea «name,email» (o «name,identifier») y después un educando por línea.',
  csvFile: 'Archivo CSV',
  csvText: 'o pegad la lista',
  csvExample: 'name,email\nAna Muster,ana@example.org',
  issueToList: 'Conceder a esta lista',
  issuing: 'Firmando…',
  issuedCount: (n) => `${n} credencial${n === 1 ? ' concedida' : 'es concedidas'}. Pasad cada enlace de obtención a su destinatario.`,
  listProblems: 'La lista no se concedió. Corregid estas líneas y volved a intentarlo:',
  listProblem: (line, column, code) => {
    const at = line > 0 ? `Línea ${line}: ` : '';
    const col = column === 'email' ? 'el correo electrónico' : column === 'identifier' ? 'el identificador' : 'el nombre';
    switch (code) {
      case 'too_large': return 'La lista supera 512 KiB. Divididla en listas más pequeñas.';
      case 'too_many_rows': return 'La lista tiene más de 1000 educandos. Divididla en listas más pequeñas.';
      case 'record_too_long': return `${at}la línea supera 4096 caracteres.`;
      case 'invalid_csv': return `${at}no se puede leer como CSV; revisad las comillas.`;
      case 'missing_columns': return 'La primera línea debe nombrar las columnas «name» y «email» (o «identifier»).';
      case 'empty': return 'La lista no tiene educandos.';
      case 'empty_cell': return `${at}${col} está vacío.`;
      case 'too_long': return `${at}${col} es demasiado largo.`;
      case 'formula': return `${at}${col} empieza como una fórmula de hoja de cálculo (=, +, -, @); quitad ese carácter.`;
      case 'unsafe_characters': return `${at}${col} contiene caracteres de control o de dirección del texto invisibles.`;
      case 'not_email': return `${at}${col} no es un correo electrónico.`;
      case 'no_identity': return `${at}indicad un correo electrónico o un identificador.`;
      case 'duplicate': return `${at}el mismo educando que en una línea anterior.`;
      default: return `${at}${col} no se puede usar.`;
    }
  },
  issuedTitle: (n) => `Concedidas (${n})`,
  noneIssued: 'Todavía no se ha concedido nada.',
  downloadLinks: 'Enlaces de obtención en CSV',
  copyLink: 'Copiar el enlace de obtención',
  revoke: 'Revocar',
  revokeConfirm: (name) => `¿Revocar la credencial de ${name}? Quien la verifique la verá revocada. No se puede deshacer.`,
  revoked: 'revocada',
  participation: 'participación',
  deletionNote: 'Borrar el taller borra de este servidor estas credenciales y enlaces de obtención; las credenciales ya descargadas siguen siendo válidas salvo que se revoquen antes.',
  claimEyebrow: 'Tu credencial firmada',
  issuedTo: (name) => `Concedida a ${name}`,
  issuedBy: (name) => `por ${name}`,
  issuedOn: (date) => `el ${date}`,
  revokedNotice: 'El emisor ha revocado esta credencial.',
  downloadJson: 'Descargar la credencial (JSON)',
  downloadPng: 'Descargar la imagen de la insignia (PNG)',
  claimHelp: 'Guarda ambos archivos. La imagen lleva la credencial dentro («baking» de Open Badges 3.0): los monederos y verificadores la leen de la imagen.',
  checkHere: 'Comprobarla ahora',
  openVerifier: 'Abrir el verificador',
  claimNotFound: 'Este enlace de obtención no se conoce aquí. Puede que esté mal escrito o que su taller se haya borrado.',
  loading: 'Cargando…',
  verifyTitle: 'Verificar una Open Badge',
  verifyIntro:
    'Comprueba una credencial Open Badges 3.0: su firma, emisor, fechas, revocación y modelo de datos. Todo se comprueba en este servidor; no se carga de fuera nada de lo que nombra la credencial.',
  chooseFile: 'Archivo de credencial (JSON) o imagen de insignia (PNG)',
  orPaste: 'o pega la credencial (JSON)',
  verify: 'Verificar',
  verifying: 'Comprobando…',
  notJson: 'Esto no es JSON. Pega la credencial entera, de { a }.',
  nothingGiven: 'Elige primero un archivo o pega una credencial.',
  check: { format: 'Formato', issuer: 'Emisor', signature: 'Firma', dates: 'Validez', revocation: 'Revocación', schema: 'Modelo de datos' },
  outcome: { passed: 'superada', failed: 'fallida', 'not-checked': 'no comprobada' },
  details: 'Detalles técnicos',
  language: 'Idioma',
};

export type IssuingWords = typeof en;
export type IssuingLang = 'en' | 'de';

export function issuingWords(language: string | undefined): IssuingWords {
  return language === 'de' ? de : language === 'fr' ? fr : language === 'es' ? es : en;
}

/** The verifier reports in English and German (packages/issuing); other languages read English. */
export function issuingLang(language: string | undefined): IssuingLang {
  return language === 'de' ? 'de' : 'en';
}

export function browserLanguage(): IssuingLang {
  return issuingLang(appBrowserLanguage());
}
