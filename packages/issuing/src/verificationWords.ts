/** A sentence in each language the product speaks. */
export interface Words {
  en: string;
  de: string;
}

type Params = Record<string, string>;
type Phrase = (p: Params) => Words;

const W = (en: (p: Params) => string, de: (p: Params) => string): Phrase => (p) => ({ en: en(p), de: de(p) });

/** Every reason a check can give, in plain words (SPEC V3). Keys are `<check>.<reason>`. */
const PHRASES: Record<string, Phrase> = {
  'format.ok': W(() => 'This is an Open Badges 3.0 credential with a digital signature.', () => 'Dies ist ein Open-Badges-3.0-Nachweis mit digitaler Signatur.'),
  'format.too_deep': W(() => 'The file is nested too deeply to be a credential; it was not read further.', () => 'Die Datei ist zu tief verschachtelt für einen Nachweis; sie wurde nicht weiter gelesen.'),
  'format.too_many_values': W(() => 'The file holds too many values to be a credential; it was not read further.', () => 'Die Datei enthält zu viele Werte für einen Nachweis; sie wurde nicht weiter gelesen.'),
  'format.not_object': W(() => 'This is not a credential: a credential is a JSON object.', () => 'Das ist kein Nachweis: ein Nachweis ist ein JSON-Objekt.'),
  'format.not_vc2': W(
    () => 'This is not a Verifiable Credential 2.0: its first context must be https://www.w3.org/ns/credentials/v2.',
    () => 'Das ist kein Verifiable Credential 2.0: sein erster Kontext muss https://www.w3.org/ns/credentials/v2 sein.',
  ),
  'format.not_open_badge': W(() => 'This credential is not an Open Badge (type OpenBadgeCredential).', () => 'Dieser Nachweis ist kein Open Badge (Typ OpenBadgeCredential).'),
  'format.no_proof': W(() => 'This credential has no digital signature, so nothing in it can be trusted.', () => 'Dieser Nachweis hat keine digitale Signatur; nichts darin ist überprüfbar.'),
  'format.unsupported_proof': W(
    () => 'This credential is signed with a method this verifier does not check (only eddsa-rdfc-2022 Data Integrity proofs).',
    () => 'Dieser Nachweis ist mit einem Verfahren signiert, das hier nicht geprüft wird (nur Data-Integrity-Signaturen eddsa-rdfc-2022).',
  ),

  'signature.ok': W(() => 'The signature is valid: nothing in the credential was changed after signing.', () => 'Die Signatur ist gültig: am Nachweis wurde nach dem Signieren nichts verändert.'),
  'signature.invalid': W(
    () => 'The signature does not match: the credential was changed after signing, or it was signed with another key.',
    () => 'Die Signatur passt nicht: der Nachweis wurde nach dem Signieren verändert oder mit einem anderen Schlüssel signiert.',
  ),
  'signature.key_not_offline': W(
    (p) => `Not checked: the signing key is published at ${p.url}, and this verifier fetches nothing from other servers.`,
    (p) => `Nicht geprüft: der Signaturschlüssel liegt unter ${p.url}, und diese Prüfung lädt nichts von anderen Servern.`,
  ),
  'signature.context_not_offline': W(
    (p) => `Not checked: the credential uses a vocabulary (${p.url}) this verifier does not hold, and it fetches nothing.`,
    (p) => `Nicht geprüft: der Nachweis verwendet ein Vokabular (${p.url}), das hier nicht vorliegt; geladen wird nichts.`,
  ),

  'issuer.this_server': W((p) => `Issued by ${p.issuer}, the issuer of this server.`, (p) => `Ausgestellt von ${p.issuer}, der ausstellenden Stelle dieses Servers.`),
  'issuer.key_holder': W(
    (p) => `Signed by the key of the issuer it names (${p.issuer}). Whether that issuer is who it claims to be is not known to this server.`,
    (p) => `Signiert mit dem Schlüssel der genannten ausstellenden Stelle (${p.issuer}). Ob sie ist, wer sie zu sein angibt, weiß dieser Server nicht.`,
  ),
  'issuer.key_not_issuers': W(
    (p) => `Signed with a key that does not belong to the issuer it names (${p.issuer}).`,
    (p) => `Mit einem Schlüssel signiert, der nicht zur genannten ausstellenden Stelle gehört (${p.issuer}).`,
  ),
  'issuer.not_resolvable': W(
    (p) => `Not checked: the issuer ${p.issuer} publishes its key on the web, and this verifier fetches nothing from other servers.`,
    (p) => `Nicht geprüft: die ausstellende Stelle ${p.issuer} veröffentlicht ihren Schlüssel im Web, und diese Prüfung lädt nichts von anderen Servern.`,
  ),

  'dates.ok': W((p) => `Valid since ${p.from}, with no end date.`, (p) => `Gültig seit ${p.from}, ohne Enddatum.`),
  'dates.valid_until': W((p) => `Valid from ${p.from} until ${p.until}.`, (p) => `Gültig vom ${p.from} bis zum ${p.until}.`),
  'dates.not_yet_valid': W((p) => `Not valid yet: it becomes valid on ${p.from}.`, (p) => `Noch nicht gültig: gültig ab ${p.from}.`),
  'dates.expired': W((p) => `Expired on ${p.until}.`, (p) => `Abgelaufen am ${p.until}.`),
  'dates.unreadable': W(() => 'The validity dates cannot be read.', () => 'Die Gültigkeitsdaten sind nicht lesbar.'),

  'revocation.ok': W(() => 'Not revoked: the issuer’s status list shows it as valid.', () => 'Nicht widerrufen: die Statusliste der ausstellenden Stelle führt ihn als gültig.'),
  'revocation.revoked': W(() => 'Revoked by the issuer.', () => 'Von der ausstellenden Stelle widerrufen.'),
  'revocation.no_status': W(() => 'The credential names no status list, so it cannot be revoked.', () => 'Der Nachweis nennt keine Statusliste und kann daher nicht widerrufen werden.'),
  'revocation.foreign_list': W(
    (p) => `Not checked: the status list is at ${p.url}, on another server, and this verifier fetches nothing.`,
    (p) => `Nicht geprüft: die Statusliste liegt unter ${p.url} auf einem anderen Server, und diese Prüfung lädt nichts.`,
  ),
  'revocation.unknown_status_type': W(() => 'Not checked: the credential uses a status method this verifier does not know.', () => 'Nicht geprüft: der Nachweis nutzt ein unbekanntes Statusverfahren.'),
  'revocation.list_invalid': W(() => 'The issuer’s status list could not be trusted (its signature or issuer does not match).', () => 'Der Statusliste der ausstellenden Stelle ist nicht zu trauen (Signatur oder Aussteller passen nicht).'),

  'schema.ok': W(() => 'The credential follows the Open Badges 3.0 data model (1EdTech JSON Schema).', () => 'Der Nachweis folgt dem Datenmodell von Open Badges 3.0 (JSON-Schema von 1EdTech).'),
  'schema.invalid': W(
    (p) => `The credential does not follow the Open Badges 3.0 data model (first problem at ${p.path}).`,
    (p) => `Der Nachweis folgt nicht dem Datenmodell von Open Badges 3.0 (erstes Problem bei ${p.path}).`,
  ),
};

export function describeCheck(id: string, reason: string, params: Params): Words {
  const phrase = PHRASES[`${id}.${reason}`];
  if (!phrase) throw new Error(`no words for ${id}.${reason}`);
  return phrase(params);
}

export function describeVerdict(verdict: 'valid' | 'invalid' | 'incomplete'): Words {
  switch (verdict) {
    case 'valid':
      return { en: 'This credential is genuine and valid.', de: 'Dieser Nachweis ist echt und gültig.' };
    case 'invalid':
      return { en: 'This credential is not valid. See the failed check below.', de: 'Dieser Nachweis ist nicht gültig. Siehe die fehlgeschlagene Prüfung unten.' };
    case 'incomplete':
      return {
        en: 'Nothing failed, but some checks could not be made offline. See below.',
        de: 'Nichts ist fehlgeschlagen, aber einige Prüfungen waren offline nicht möglich. Siehe unten.',
      };
  }
}

/** Every `<check>.<reason>` with words, for the tests that make sure each has both languages. */
export const PHRASE_KEYS = Object.keys(PHRASES);
