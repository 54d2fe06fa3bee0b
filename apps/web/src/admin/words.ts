/** The words of the administrator's LTI page, in English and German (the pattern of lib/i18n.ts). */
const en = {
  title: 'LTI platforms',
  intro: 'Register a learning platform (Moodle, Canvas LMS…) so that it can launch Canvas Sessions. Steps in docs/lti.md.',
  token: 'Admin token (ADMIN_TOKEN of the server)',
  open: 'Open',
  toolUrls: 'Give the platform these URLs',
  login: 'Initiate login URL',
  launch: 'Tool URL and redirection URI',
  jwks: 'Public keyset URL',
  registered: 'Registered platforms',
  none: 'No platform is registered yet.',
  deployments: 'Deployments',
  remove: 'Remove',
  add: 'Register a platform',
  name: 'Name',
  issuer: 'Platform ID (issuer)',
  clientId: 'Client ID',
  authUrl: 'Authentication request URL',
  tokenUrl: 'Access token URL',
  jwksUrl: 'Public keyset URL of the platform',
  deploymentIds: 'Deployment IDs (separated by commas)',
  save: 'Register',
  saved: 'Registered.',
  language: 'Language',
};

const de: typeof en = {
  title: 'LTI-Plattformen',
  intro: 'Registrieren Sie eine Lernplattform (Moodle, Canvas LMS …), damit sie Canvas Sessions starten kann. Schritte in docs/lti.md.',
  token: 'Admin-Token (ADMIN_TOKEN des Servers)',
  open: 'Öffnen',
  toolUrls: 'Diese Adressen bei der Plattform eintragen',
  login: 'Login-URL',
  launch: 'Tool-URL und Weiterleitungs-URI',
  jwks: 'URL des öffentlichen Schlüsselsatzes',
  registered: 'Registrierte Plattformen',
  none: 'Noch keine Plattform registriert.',
  deployments: 'Deployments',
  remove: 'Entfernen',
  add: 'Plattform registrieren',
  name: 'Name',
  issuer: 'Plattform-ID (Issuer)',
  clientId: 'Client-ID',
  authUrl: 'URL für Authentifizierungsanfragen',
  tokenUrl: 'URL für Zugriffstoken',
  jwksUrl: 'URL des öffentlichen Schlüsselsatzes der Plattform',
  deploymentIds: 'Deployment-IDs (durch Kommas getrennt)',
  save: 'Registrieren',
  saved: 'Registriert.',
  language: 'Sprache',
};

export type AdminWords = typeof en;
export type AdminLang = 'en' | 'de';

export function adminWords(lang: AdminLang): AdminWords {
  return lang === 'de' ? de : en;
}
