import { issuerCountriesOf, issuerOf, type MicroCredentialDraft } from './draft.js';
import { say, screenLanguageFor, type Label, type ScreenLanguage } from './vocabulary.js';

/** `met`, `not-met`, or `info` (how the export is shaped, no gap). */
export type EuropassStatus = 'met' | 'not-met' | 'info';

/** One requirement of the Europass LOQ profile (publishing learning opportunities and qualifications). */
export interface EuropassCheck {
  /** Stable id, e.g. `homepage`. */
  id: string;
  status: EuropassStatus;
  /** The requirement, in the checklist language. */
  label: string;
  /** Why it matters and what to do, naming the LOQ shape; empty when met. */
  reason: string;
}

/** An organisation ELM can describe: the issuer in a known country, or an awarding body with its country. */
function hasProvider(draft: MicroCredentialDraft): boolean {
  return (issuerOf(draft) !== undefined && issuerCountriesOf(draft).length > 0) || draft.awardingBodies.some((body) => body.country !== undefined);
}

interface Requirement {
  id: string;
  label: Label;
  met: (draft: MicroCredentialDraft) => boolean;
  /** Said when the requirement is not met. */
  reason: Label;
  /**
   * Whether the requirement applies to this draft (default: always). LOQ checks a specification only
   * when it is a Qualification (its shape for learning achievement specifications is deactivated), so
   * the qualification's requirements are left out for a draft without an EQF level (SPEC P2).
   */
  applies?: (draft: MicroCredentialDraft) => boolean;
  /** An unmet requirement that does not stop the export from conforming: `info`, not `not-met`. */
  informational?: boolean;
}

const qualification = (draft: MicroCredentialDraft) => draft.eqfLevel !== undefined;

/**
 * The LOQ requirements a design can miss (SPEC P1–P3). Each mirrors a `sh:minCount` of the LOQ
 * shapes the export is validated against in the tests; everything else LOQ asks for (title, default
 * language, the link from the awarding opportunity to the specification) the export always writes.
 */
const REQUIREMENTS: readonly Requirement[] = [
  {
    id: 'homepage',
    label: { en: 'Web page of the learning opportunity', de: 'Webseite des Lernangebots', fr: 'Page web de l’offre d’apprentissage', es: 'Página web de la oportunidad de aprendizaje' },
    met: (d) => d.homepage !== undefined,
    reason: {
      en: 'Europass publishes a learning opportunity only with its web page (LOQ: LearningOpportunity homepage, at least one). Enter the web page of the offer on the awarding canvas.',
      de: 'Europass veröffentlicht ein Lernangebot nur mit seiner Webseite (LOQ: LearningOpportunity homepage, mindestens eine). Tragt die Webseite des Angebots auf dem Vergabe-Canvas ein.', fr: 'Europass ne publie une offre d’apprentissage qu’avec sa page web (LOQ : LearningOpportunity homepage, au moins une). Saisissez la page web de l’offre sur le canevas de délivrance.', es: 'Europass solo publica una oportunidad de aprendizaje con su página web (LOQ: LearningOpportunity homepage, al menos una). Introducid la página web de la oferta en el lienzo de concesión.',
    },
  },
  {
    id: 'provider',
    label: { en: 'Organisation providing the learning opportunity', de: 'Anbietende Organisation', fr: 'Organisation qui propose l’offre d’apprentissage', es: 'Organización que ofrece la oportunidad de aprendizaje' },
    met: hasProvider,
    reason: {
      en: 'Europass needs the organisation that provides the opportunity, in a known country (LOQ and EDC: LearningOpportunity providedBy, an Organisation with a location). Until then the ELM export is the specification alone. Enter the awarding body and the issuer\'s country on the awarding canvas.',
      de: 'Europass braucht die Organisation, die das Angebot bereitstellt, mit ihrem Land (LOQ und EDC: LearningOpportunity providedBy, eine Organisation mit Standort). Bis dahin enthält der ELM-Export nur die Spezifikation. Tragt auf dem Vergabe-Canvas die vergebende Stelle und das Land des Ausstellers ein.', fr: 'Europass a besoin de l’organisation qui propose l’offre, dans un pays connu (LOQ et EDC : LearningOpportunity providedBy, une Organisation avec un lieu). D’ici là, l’export ELM ne contient que la spécification. Saisissez l’organisme de délivrance et le pays de l’émetteur sur le canevas de délivrance.', es: 'Europass necesita la organización que ofrece la oportunidad, en un país conocido (LOQ y EDC: LearningOpportunity providedBy, una Organisation con ubicación). Hasta entonces, la exportación ELM solo contiene la especificación. Introducid el organismo concedente y el país del emisor en el lienzo de concesión.',
    },
  },
  {
    id: 'learning-outcomes',
    label: { en: 'At least one learning outcome', de: 'Mindestens ein Lernergebnis', fr: 'Au moins un acquis d’apprentissage', es: 'Al menos un resultado de aprendizaje' },
    met: (d) => d.learningOutcomes.length > 0,
    applies: qualification,
    reason: {
      en: 'Europass publishes a specification only with its learning outcomes (LOQ: learningOutcome, at least one). Add them as notes on canvas C4.',
      de: 'Europass veröffentlicht eine Spezifikation nur mit ihren Lernergebnissen (LOQ: learningOutcome, mindestens eines). Ergänzt sie als Notizen auf Canvas C4.', fr: 'Europass ne publie une spécification qu’avec ses acquis d’apprentissage (LOQ : learningOutcome, au moins un). Ajoutez-les en post-it sur le canevas C4.', es: 'Europass solo publica una especificación con sus resultados de aprendizaje (LOQ: learningOutcome, al menos uno). Añadidlos como pósits en el lienzo C4.',
    },
  },
  {
    id: 'isced-field',
    label: { en: 'Field of education (ISCED-F 2013)', de: 'Ausbildungsfeld (ISCED-F 2013)', fr: 'Domaine d’études (CITE-F 2013)', es: 'Campo de educación (CINE-F 2013)' },
    met: (d) => d.iscedField !== undefined,
    applies: qualification,
    reason: {
      en: 'Europass lists every specification under its ISCED-F field of education (LOQ: ISCEDFCode, at least one). Choose the field on canvas C4.',
      de: 'Europass ordnet jede Spezifikation einem ISCED-F-Ausbildungsfeld zu (LOQ: ISCEDFCode, mindestens eines). Wählt das Feld auf Canvas C4.', fr: 'Europass classe chaque spécification sous son domaine d’études CITE-F (LOQ : ISCEDFCode, au moins un). Choisissez le domaine sur le canevas C4.', es: 'Europass clasifica cada especificación en su campo de educación CINE-F (LOQ: ISCEDFCode, al menos uno). Elegid el campo en el lienzo C4.',
    },
  },
  {
    id: 'nqf-level',
    label: { en: 'NQF level from the Europass register (for a qualification)', de: 'NQR-Niveau aus dem Europass-Register (für eine Qualifikation)', fr: 'Niveau CNC du registre Europass (pour une certification)', es: 'Nivel del MNC del registro de Europass (para una cualificación)' },
    met: (d) => d.nqfLevelId !== undefined,
    applies: qualification,
    reason: {
      en: 'With an EQF level the offer is published as a qualification, and Europass publishes a qualification only with its NQF level from the Qualifications Dataset Register (LOQ: Qualification NQFLevel, at least one). Enter the Europass identifier of the NQF level on canvas C4.',
      de: 'Mit EQR-Niveau wird das Angebot als Qualifikation veröffentlicht, und Europass veröffentlicht eine Qualifikation nur mit ihrem NQR-Niveau aus dem Qualifikationsregister (LOQ: Qualification NQFLevel, mindestens eines). Tragt die Europass-Kennung des NQR-Niveaus auf Canvas C4 ein.', fr: 'Avec un niveau CEC, l’offre est publiée comme certification, et Europass ne publie une certification qu’avec son niveau CNC issu du registre des bases de données de certifications (LOQ : Qualification NQFLevel, au moins un). Saisissez l’identifiant Europass du niveau CNC sur le canevas C4.', es: 'Con un nivel del MEC, la oferta se publica como cualificación, y Europass solo publica una cualificación con su nivel del MNC del registro de conjuntos de datos de cualificaciones (LOQ: Qualification NQFLevel, al menos uno). Introducid el identificador de Europass del nivel del MNC en el lienzo C4.',
    },
  },
  {
    id: 'qualification',
    label: { en: 'Published as a qualification (with EQF level)', de: 'Als Qualifikation veröffentlicht (mit EQR-Niveau)', fr: 'Publiée comme certification (avec niveau CEC)', es: 'Publicada como cualificación (con nivel del MEC)' },
    met: qualification,
    informational: true,
    reason: {
      en: 'Without an EQF level the specification is exported as a learning achievement specification, not as a qualification (LOQ: a Qualification has exactly one EQF level). LOQ does not check learning achievement specifications, so Europass can list the opportunity but not the qualification. Set the EQF level on canvas C4 if the offer has one.',
      de: 'Ohne EQR-Niveau wird die Spezifikation als Lernleistungs-Spezifikation exportiert, nicht als Qualifikation (LOQ: eine Qualification hat genau ein EQR-Niveau). LOQ prüft Lernleistungs-Spezifikationen nicht; Europass kann das Lernangebot zeigen, aber keine Qualifikation. Legt das EQR-Niveau auf Canvas C4 fest, falls das Angebot eines hat.', fr: 'Sans niveau CEC, la spécification est exportée comme spécification d’acquis, pas comme certification (LOQ : une Qualification a exactement un niveau CEC). LOQ ne vérifie pas les spécifications d’acquis : Europass peut présenter l’offre, mais pas la certification. Indiquez le niveau CEC sur le canevas C4 si l’offre en a un.', es: 'Sin nivel del MEC, la especificación se exporta como especificación de logro de aprendizaje, no como cualificación (LOQ: una Qualification tiene exactamente un nivel del MEC). LOQ no comprueba las especificaciones de logro, así que Europass puede mostrar la oportunidad, pero no la cualificación. Indicad el nivel del MEC en el lienzo C4 si la oferta lo tiene.',
    },
  },
];

/**
 * What the Europass LOQ profile still needs before the ELM export can be published as a learning
 * opportunity (SPEC P1–P3), in English, German, French or Spanish. `not-met` items name the LOQ requirement and the
 * canvas field that fills it; when none is `not-met`, the export conforms to the LOQ shapes.
 */
export function checkEuropassPublishing(draft: MicroCredentialDraft, lang: ScreenLanguage = screenLanguageFor(draft.language)): EuropassCheck[] {
  return REQUIREMENTS.filter((requirement) => requirement.applies?.(draft) ?? true).map((requirement) => {
    const met = requirement.met(draft);
    return {
      id: requirement.id,
      status: met ? 'met' : requirement.informational ? 'info' : 'not-met',
      label: say(requirement.label, lang),
      reason: met ? '' : say(requirement.reason, lang),
    };
  });
}
