/** The words of the administrator's LTI page, in English, German, French and Spanish (the pattern of lib/i18n.ts). */
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

const fr: typeof en = {
  title: 'Plateformes LTI',
  intro: 'Enregistrez une plateforme d’apprentissage (Moodle, Canvas LMS…) pour qu’elle puisse lancer Canvas Sessions. Étapes dans docs/lti.md.',
  token: 'Jeton d’administration (ADMIN_TOKEN du serveur)',
  open: 'Ouvrir',
  toolUrls: 'Indiquez ces adresses à la plateforme',
  login: 'URL d’initiation de connexion',
  launch: 'URL de l’outil et URI de redirection',
  jwks: 'URL du jeu de clés publiques',
  registered: 'Plateformes enregistrées',
  none: 'Aucune plateforme n’est encore enregistrée.',
  deployments: 'Déploiements',
  remove: 'Retirer',
  add: 'Enregistrer une plateforme',
  name: 'Nom',
  issuer: 'ID de la plateforme (issuer)',
  clientId: 'ID client',
  authUrl: 'URL des demandes d’authentification',
  tokenUrl: 'URL des jetons d’accès',
  jwksUrl: 'URL du jeu de clés publiques de la plateforme',
  deploymentIds: 'ID de déploiement (séparés par des virgules)',
  save: 'Enregistrer',
  saved: 'Enregistrée.',
  language: 'Langue',
};

const es: typeof en = {
  title: 'Plataformas LTI',
  intro: 'Registrad una plataforma de aprendizaje (Moodle, Canvas LMS…) para que pueda abrir Canvas Sessions. Pasos en docs/lti.md.',
  token: 'Token de administración (ADMIN_TOKEN del servidor)',
  open: 'Abrir',
  toolUrls: 'Dad estas direcciones a la plataforma',
  login: 'URL de inicio de sesión',
  launch: 'URL de la herramienta y URI de redirección',
  jwks: 'URL del conjunto de claves públicas',
  registered: 'Plataformas registradas',
  none: 'Todavía no hay ninguna plataforma registrada.',
  deployments: 'Despliegues',
  remove: 'Quitar',
  add: 'Registrar una plataforma',
  name: 'Nombre',
  issuer: 'ID de la plataforma (issuer)',
  clientId: 'ID de cliente',
  authUrl: 'URL de solicitudes de autenticación',
  tokenUrl: 'URL de tokens de acceso',
  jwksUrl: 'URL del conjunto de claves públicas de la plataforma',
  deploymentIds: 'ID de despliegue (separados por comas)',
  save: 'Registrar',
  saved: 'Registrada.',
  language: 'Idioma',
};

const ADMIN_WORDS = { en, de, fr, es } as const;

export type AdminWords = typeof en;
export type AdminLang = keyof typeof ADMIN_WORDS;
export const ADMIN_LANGUAGES = Object.keys(ADMIN_WORDS) as AdminLang[];

export function adminWords(lang: AdminLang): AdminWords {
  return ADMIN_WORDS[lang];
}
