import type { FieldId } from './canvasContent.js';
import type { MicroCredentialDraft } from './draft.js';
import { uiLanguageFor, type Label, type UiLanguage } from './vocabulary.js';

/** Whether an Annex I element is in the draft, missing from it, or only exists once a credential is issued. */
export type ChecklistStatus = 'present' | 'missing' | 'at-issuing';

/** One Annex I element checked against a draft. */
export interface ChecklistItem {
  /** 1–11 for the mandatory elements (Annex I numbering), `O1`–`O5` for the optional ones. */
  element: number | string;
  /** Stable id for the UI, e.g. `level`. */
  id: string;
  mandatory: boolean;
  label: string;
  status: ChecklistStatus;
  /** What to do on which canvas; empty when nothing is to be done. */
  hint: string;
}

interface ElementRule {
  element: number | string;
  id: string;
  mandatory: boolean;
  label: Label;
  /** Fields whose refused value explains a gap. */
  fields: readonly FieldId[];
  check: (draft: MicroCredentialDraft) => ChecklistStatus;
  /** Hint when the element is missing (or, for at-issuing elements, what happens then). */
  hint: Label;
  /** Hint for a present element that could still be better, if any. */
  advice?: (draft: MicroCredentialDraft) => Label | undefined;
}

const present = (ok: boolean): ChecklistStatus => (ok ? 'present' : 'missing');
const atIssuing = (): ChecklistStatus => 'at-issuing';

/**
 * Annex I of the Council Recommendation of 16 June 2022 (2022/C 243/02): the eleven mandatory
 * elements in their numbering, then the optional ones in the order Annex I lists them (SPEC C1–C4).
 */
const RULES: readonly ElementRule[] = [
  {
    element: 1,
    id: 'learner',
    mandatory: true,
    label: { en: 'Identification of the learner', de: 'Identifikation der lernenden Person' },
    fields: [],
    check: atIssuing,
    hint: { en: 'Added when the credential is issued to a learner.', de: 'Wird bei der Ausstellung an eine lernende Person ergänzt.' },
  },
  {
    element: 2,
    id: 'title',
    mandatory: true,
    label: { en: 'Title of the micro-credential', de: 'Titel des Microcredentials' },
    fields: ['title'],
    check: (d) => present(d.title !== undefined),
    hint: { en: 'Enter the title on canvas C4.', de: 'Tragen Sie den Titel auf Canvas C4 ein.' },
  },
  {
    element: 3,
    id: 'country',
    mandatory: true,
    label: { en: 'Country or region of the issuer', de: 'Land oder Region der ausstellenden Stelle' },
    fields: ['country'],
    check: (d) => present(d.country !== undefined),
    hint: {
      en: 'Choose the country of the awarding body on the awarding canvas.',
      de: 'Wählen Sie das Land der vergebenden Stelle auf dem Vergabe-Canvas.',
    },
  },
  {
    element: 4,
    id: 'awarding-body',
    mandatory: true,
    label: { en: 'Awarding body', de: 'Vergebende Stelle' },
    fields: ['awardingBody'],
    check: (d) => present(d.awardingBody !== undefined),
    hint: { en: 'Enter the awarding body on the awarding canvas.', de: 'Tragen Sie die vergebende Stelle auf dem Vergabe-Canvas ein.' },
  },
  {
    element: 5,
    id: 'date-of-issuing',
    mandatory: true,
    label: { en: 'Date of issuing', de: 'Ausstellungsdatum' },
    fields: [],
    check: atIssuing,
    hint: { en: 'Set automatically when the credential is issued.', de: 'Wird bei der Ausstellung automatisch gesetzt.' },
  },
  {
    element: 6,
    id: 'learning-outcomes',
    mandatory: true,
    label: { en: 'Learning outcomes', de: 'Lernergebnisse' },
    fields: [],
    check: (d) => present(d.learningOutcomes.length > 0),
    hint: {
      en: 'Add learning outcomes as notes in the "Learning outcomes" area of canvas C4; the competences on canvas C3 are a good starting point.',
      de: 'Ergänzen Sie Lernergebnisse als Notizen im Bereich „Lernergebnisse“ auf Canvas C4; die Kompetenzen auf Canvas C3 sind ein guter Ausgangspunkt.',
    },
  },
  {
    element: 7,
    id: 'workload',
    mandatory: true,
    label: { en: 'Notional workload (in ECTS where possible)', de: 'Fiktiver Arbeitsaufwand (möglichst in ECTS)' },
    fields: ['ects', 'workloadHours'],
    check: (d) => present(d.ects !== undefined || d.workloadHours !== undefined),
    hint: {
      en: 'Enter the ECTS credits or the workload in hours on canvas C4.',
      de: 'Tragen Sie die ECTS-Punkte oder den Arbeitsaufwand in Stunden auf Canvas C4 ein.',
    },
    advice: (d) =>
      d.ects === undefined
        ? { en: 'Add ECTS credits on canvas C4 where possible.', de: 'Ergänzen Sie nach Möglichkeit ECTS-Punkte auf Canvas C4.' }
        : undefined,
  },
  {
    element: 8,
    id: 'level',
    mandatory: true,
    label: { en: 'Level of the learning experience (EQF)', de: 'Niveau der Lernerfahrung (EQR)' },
    fields: ['eqfLevel'],
    check: (d) => present(d.eqfLevel !== undefined),
    hint: { en: 'Set the EQF level on canvas C4.', de: 'Legen Sie das EQR-Niveau auf Canvas C4 fest.' },
  },
  {
    element: 9,
    id: 'assessment-type',
    mandatory: true,
    label: { en: 'Type of assessment', de: 'Art der Prüfung' },
    fields: ['assessmentType'],
    check: (d) => present(d.assessmentTypes.length > 0),
    hint: { en: 'Tick at least one assessment type on canvas C4.', de: 'Wählen Sie auf Canvas C4 mindestens eine Prüfungsart aus.' },
  },
  {
    element: 10,
    id: 'participation',
    mandatory: true,
    label: { en: 'Form of participation in the learning activity', de: 'Form der Teilnahme an der Lernaktivität' },
    fields: ['deliveryMode'],
    check: (d) => present(d.deliveryMode !== undefined),
    hint: {
      en: 'Choose the mode of delivery (online, blended or in person) on canvas C4.',
      de: 'Wählen Sie die Durchführungsform (online, Blended Learning oder Präsenz) auf Canvas C4.',
    },
  },
  {
    element: 11,
    id: 'quality-assurance',
    mandatory: true,
    label: { en: 'Type of quality assurance', de: 'Art der Qualitätssicherung' },
    fields: ['qualityAssurance'],
    check: (d) => present(d.qualityAssurance !== undefined),
    hint: {
      en: 'Choose the type of quality assurance on the awarding canvas.',
      de: 'Wählen Sie die Art der Qualitätssicherung auf dem Vergabe-Canvas.',
    },
  },
  {
    element: 'O1',
    id: 'prerequisites',
    mandatory: false,
    label: { en: 'Prerequisites needed to enrol', de: 'Zugangsvoraussetzungen' },
    fields: ['prerequisites'],
    check: (d) => present(d.prerequisites.length > 0),
    hint: { en: 'Optional: enter the prerequisites on canvas C4.', de: 'Optional: Tragen Sie die Zugangsvoraussetzungen auf Canvas C4 ein.' },
  },
  {
    element: 'O2',
    id: 'supervision',
    mandatory: false,
    label: {
      en: 'Supervision and identity verification during assessment',
      de: 'Aufsicht und Identitätsprüfung bei der Prüfung',
    },
    fields: ['supervision'],
    check: (d) => present(d.supervision !== undefined),
    hint: {
      en: 'Optional: choose the supervision and identity verification on the awarding canvas.',
      de: 'Optional: Wählen Sie Aufsicht und Identitätsprüfung auf dem Vergabe-Canvas.',
    },
  },
  {
    element: 'O3',
    id: 'grade',
    mandatory: false,
    label: { en: 'Grade achieved', de: 'Erzielte Note' },
    fields: [],
    check: atIssuing,
    hint: { en: 'Recorded when the credential is issued, if it is graded.', de: 'Wird bei der Ausstellung erfasst, falls benotet wird.' },
  },
  {
    element: 'O4',
    id: 'stackability',
    mandatory: false,
    label: { en: 'Integration and stackability options', de: 'Integrations- und Kombinationsmöglichkeiten' },
    fields: ['stackability', 'stackableTowards'],
    check: (d) => present(d.stackability !== undefined),
    hint: {
      en: 'Optional: choose stand-alone or stackable on the awarding canvas.',
      de: 'Optional: Wählen Sie auf dem Vergabe-Canvas „eigenständig“ oder „kombinierbar“.',
    },
  },
  {
    element: 'O5',
    id: 'further-information',
    mandatory: false,
    label: { en: 'Further information', de: 'Weitere Informationen' },
    fields: ['furtherInformation'],
    check: (d) => present(d.furtherInformation.length > 0),
    hint: { en: 'Optional: add further information on the awarding canvas.', de: 'Optional: Ergänzen Sie weitere Informationen auf dem Vergabe-Canvas.' },
  },
];

const REFUSED: Label = { en: 'The value on the canvas was refused:', de: 'Der Wert auf dem Canvas wurde abgelehnt:' };

/**
 * Checks a draft against Annex I of the Council Recommendation on micro-credentials: every mandatory
 * and optional element with its status and, for a gap, a hint naming the canvas and field that fills
 * it. The learner, the date of issuing and the grade are `at-issuing`: a design describes the offer,
 * not an issued credential. Labels and hints come in English or German.
 */
export function checkAgainstCouncilRecommendation(
  draft: MicroCredentialDraft,
  lang: UiLanguage = uiLanguageFor(draft.language),
): ChecklistItem[] {
  return RULES.map((rule) => {
    const status = rule.check(draft);
    let hint = '';
    if (status === 'missing') {
      const refused = draft.invalidFields.find((invalid) => rule.fields.includes(invalid.fieldId as FieldId));
      hint = refused === undefined ? rule.hint[lang] : `${REFUSED[lang]} ${refused.message}. ${rule.hint[lang]}`;
    } else if (status === 'at-issuing') {
      hint = rule.hint[lang];
    } else {
      hint = rule.advice?.(draft)?.[lang] ?? '';
    }
    return { element: rule.element, id: rule.id, mandatory: rule.mandatory, label: rule.label[lang], status, hint };
  });
}

/** The mandatory elements still missing; empty when the design covers everything it can before issuing. */
export function missingMandatoryElements(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.filter((item) => item.mandatory && item.status === 'missing');
}
