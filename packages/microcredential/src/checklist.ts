import { ANNEX_I_ELEMENTS, type AnnexIElement } from '@canvas/templates';
import type { FieldId } from './canvasContent.js';
import { issuerCountriesOf, type MicroCredentialDraft } from './draft.js';
import { t } from './labels.js';
import { awardingBodyNames, formatNumber, issuerPlace, workloadItems } from './sections.js';
import {
  ASSESSMENT_TYPE_LABELS,
  ASSESSOR_LABELS,
  DELIVERY_MODE_LABELS,
  QF_EHEA_CYCLE_LABELS,
  QUALITY_ASSURANCE_LABELS,
  STACKABILITY_LABELS,
  SUPERVISION_LABELS,
  WORK_BASED_LEARNING_LABELS,
  eqfLevelOfCycle,
  languageNameIn,
  say,
  screenLanguageFor,
  uiLanguageFor,
  type Label,
  type ScreenLanguage,
  type UiLanguage,
} from './vocabulary.js';

/**
 * Whether an Annex I element is in the draft (`present`), missing from it (`missing`, mandatory
 * elements only), not filled but needed only where the Recommendation says "if applicable" / "where
 * relevant" (`if-applicable`), or only exists once a credential is issued (`at-issuing`).
 */
export type ChecklistStatus = 'present' | 'missing' | 'if-applicable' | 'at-issuing';

/** One Annex I element checked against a draft. */
export interface ChecklistItem {
  /** 1–11 for the mandatory elements (Annex I numbering), `O1`–`O5` for the optional ones. */
  element: number | string;
  /** Stable id for the UI, e.g. `level` (the glossary id). */
  id: string;
  mandatory: boolean;
  /** The element as Annex I words it, in the checklist language. */
  label: string;
  status: ChecklistStatus;
  /** What to do on which canvas; empty when nothing is to be done. */
  hint: string;
  /** What the draft says for a present element, in short, e.g. "EQF level 6 · NQF: RQF Level 6". */
  value?: string;
  /** A present element whose values do not fit together (e.g. ECTS against hours). */
  warning?: string;
}

interface ElementRule {
  /** Fields whose refused value explains a gap. */
  fields: readonly FieldId[];
  check: (draft: MicroCredentialDraft) => ChecklistStatus;
  /** Hint when the element is not filled (or, for at-issuing elements, what happens then). */
  hint: Label;
  /** Hint for a present element that could still be better, if any. */
  advice?: (draft: MicroCredentialDraft, lang: UiLanguage) => string | undefined;
  /** A plausibility warning for a present element, if any. */
  warning?: (draft: MicroCredentialDraft, lang: UiLanguage) => string | undefined;
  /** The element's value in short, for a present element (SPEC C9). */
  value?: (draft: MicroCredentialDraft, lang: UiLanguage) => string | undefined;
}

const atIssuing = (): ChecklistStatus => 'at-issuing';

/** ECTS: 25–30 hours of notional workload per credit (ECTS Users' Guide 2015). */
const HOURS_PER_CREDIT = { min: 25, max: 30 } as const;

/** A warning when ECTS and hours do not fit 25–30 hours per credit (SPEC C6). */
function workloadWarning(draft: MicroCredentialDraft, lang: UiLanguage): string | undefined {
  if (draft.ects === undefined || draft.workloadHours === undefined) return undefined;
  const perCredit = draft.workloadHours / draft.ects;
  if (perCredit >= HOURS_PER_CREDIT.min && perCredit <= HOURS_PER_CREDIT.max) return undefined;
  const n = (value: number) => formatNumber(value, lang);
  const low = n(draft.ects * HOURS_PER_CREDIT.min);
  const high = n(draft.ects * HOURS_PER_CREDIT.max);
  return lang === 'de'
    ? `${n(draft.ects)} ECTS entsprechen ${low}–${high} Stunden fiktiver Arbeitsbelastung, auf Canvas C4 stehen ${n(draft.workloadHours)} Stunden (${n(perCredit)} Stunden je Punkt). Ein ECTS-Punkt steht für 25–30 Stunden.`
    : `${n(draft.ects)} ECTS stand for ${low}–${high} hours of notional workload, but canvas C4 says ${n(draft.workloadHours)} hours (${n(perCredit)} hours per credit). One ECTS credit is 25–30 hours.`;
}

/** EQF, NQF and QF-EHEA in short: "EQF level 6 · NQF: RQF Level 6 · QF-EHEA: First cycle (bachelor)". */
function levelValue(draft: MicroCredentialDraft, lang: UiLanguage): string {
  return [
    ...(draft.eqfLevel === undefined ? [] : [`${t('eqfLevel', lang)} ${draft.eqfLevel}`]),
    ...(draft.nqfLevel === undefined ? [] : [`${t('nqfLevel', lang)}: ${draft.nqfLevel}`]),
    ...(draft.qfEheaCycle === undefined ? [] : [`${t('qfEheaCycle', lang)}: ${QF_EHEA_CYCLE_LABELS[draft.qfEheaCycle][lang]}`]),
  ].join(' · ');
}

/** A warning when the QF-EHEA cycle and the EQF level disagree (SPEC C7). */
function levelWarning(draft: MicroCredentialDraft, lang: UiLanguage): string | undefined {
  if (draft.eqfLevel === undefined || draft.qfEheaCycle === undefined) return undefined;
  const expected = eqfLevelOfCycle(draft.qfEheaCycle);
  if (expected === draft.eqfLevel) return undefined;
  const cycle = QF_EHEA_CYCLE_LABELS[draft.qfEheaCycle][lang];
  return lang === 'de'
    ? `Der QR-EHR-Zyklus „${cycle}“ entspricht EQR-Niveau ${expected}, nicht ${draft.eqfLevel}.`
    : `The QF-EHEA cycle "${cycle}" corresponds to EQF level ${expected}, not ${draft.eqfLevel}.`;
}

/** A warning when only the learners themselves assess (SPEC C8). */
function assessmentWarning(draft: MicroCredentialDraft, lang: UiLanguage): string | undefined {
  if (draft.assessors.length === 0 || draft.assessors.some((who) => who !== 'self')) return undefined;
  return lang === 'de'
    ? 'Nur Selbsteinschätzung: Ein Microcredential bescheinigt bewertete Lernergebnisse; wählt auf Canvas C4 auch, wer sonst bewertet.'
    : 'Self-assessment only: a micro-credential certifies assessed learning outcomes; choose on canvas C4 who else assesses.';
}

/** How each glossary element is checked, keyed by its id (SPEC C1–C8). */
const RULES: Readonly<Record<string, ElementRule>> = {
  learner: {
    fields: [],
    check: atIssuing,
    hint: { en: 'Added when the credential is issued to a learner.', de: 'Wird bei der Ausstellung an eine lernende Person ergänzt.', fr: 'Ajoutée lorsque la certification est délivrée à un apprenant.', es: 'Se añade cuando la credencial se expide a un educando.' },
  },
  title: {
    value: (d) => d.title,
    fields: ['title'],
    check: (d) => (d.title !== undefined ? 'present' : 'missing'),
    hint: { en: 'Enter the title on canvas C4.', de: 'Tragt die Bezeichnung auf Canvas C4 ein.', fr: 'Saisissez l’intitulé sur le canevas C4.', es: 'Introducid el título en el lienzo C4.' },
  },
  country: {
    value: (d, lang) => issuerPlace(d, lang),
    fields: ['issuerCountries', 'issuerRegion'],
    check: (d) => (issuerCountriesOf(d).length > 0 || d.issuerRegion !== undefined ? 'present' : 'missing'),
    hint: {
      en: "Choose the issuer's country or countries on the awarding canvas, and its region where relevant.",
      de: 'Wählt auf dem Vergabe-Canvas das Land oder die Länder des Ausstellers und, falls relevant, die Region.', fr: 'Choisissez le ou les pays de l’émetteur sur le canevas de délivrance, et sa région le cas échéant.', es: 'Elegid el país o los países del emisor en el lienzo de concesión y, si procede, su región.',
    },
  },
  'awarding-body': {
    value: (d, lang) => awardingBodyNames(d, lang) + (d.issuer === undefined || d.issuer === d.awardingBodies[0]?.name ? '' : ` · ${t('issuer', lang)}: ${d.issuer}`),
    fields: ['awardingBodies', 'issuer'],
    check: (d) => (d.awardingBodies.length > 0 ? 'present' : 'missing'),
    hint: {
      en: 'Enter the awarding body on the awarding canvas; add one entry per institution for a joint award.',
      de: 'Tragt die vergebende Stelle auf dem Vergabe-Canvas ein; bei gemeinsamer Vergabe eine Zeile je Einrichtung.', fr: 'Saisissez l’organisme de délivrance sur le canevas de délivrance ; une entrée par établissement pour une délivrance conjointe.', es: 'Introducid el organismo concedente en el lienzo de concesión; una entrada por institución para una concesión conjunta.',
    },
  },
  'date-of-issuing': {
    fields: [],
    check: atIssuing,
    hint: { en: 'Set automatically when the credential is issued.', de: 'Wird bei der Ausstellung automatisch gesetzt.', fr: 'Fixée automatiquement lors de la délivrance de la certification.', es: 'Se fija automáticamente cuando se expide la credencial.' },
  },
  'learning-outcomes': {
    value: (d, lang) => `${d.learningOutcomes.length} ${t('learningOutcomes', lang)}`,
    fields: [],
    check: (d) => (d.learningOutcomes.length > 0 ? 'present' : 'missing'),
    hint: {
      en: 'Add learning outcomes as notes in the "Learning outcomes" area of canvas C4; the competences on canvas C3 are a good starting point.',
      de: 'Ergänzt Lernergebnisse als Notizen im Bereich „Lernergebnisse“ auf Canvas C4; die Kompetenzen auf Canvas C3 sind ein guter Ausgangspunkt.', fr: 'Ajoutez les acquis d’apprentissage en post-it dans la zone « Acquis d’apprentissage » du canevas C4 ; les compétences du canevas C3 sont un bon point de départ.', es: 'Añadid los resultados de aprendizaje como pósits en el área «Resultados de aprendizaje» del lienzo C4; las competencias del lienzo C3 son un buen punto de partida.',
    },
  },
  workload: {
    value: (d, lang) => workloadItems(d, lang).join(' / '),
    fields: ['ects', 'workloadHours'],
    check: (d) => (d.ects !== undefined || d.workloadHours !== undefined ? 'present' : 'missing'),
    hint: {
      en: 'Enter the ECTS credits and the notional workload in hours on canvas C4.',
      de: 'Tragt die ECTS-Punkte und die fiktive Arbeitsbelastung in Stunden auf Canvas C4 ein.', fr: 'Saisissez les crédits ECTS et la charge de travail théorique en heures sur le canevas C4.', es: 'Introducid los créditos ECTS y el volumen de trabajo teórico en horas en el lienzo C4.',
    },
    advice: (d, lang) =>
      d.ects === undefined
        ? lang === 'de'
          ? 'Annex I verlangt ECTS, wann immer möglich: Ergänzt die ECTS-Punkte auf Canvas C4.'
          : 'Annex I asks for ECTS wherever possible: add the ECTS credits on canvas C4.'
        : undefined,
    warning: workloadWarning,
  },
  level: {
    value: levelValue,
    fields: ['eqfLevel', 'nqfLevel', 'nqfLevelId', 'qfEheaCycle'],
    check: (d) =>
      d.eqfLevel !== undefined || d.nqfLevel !== undefined || d.nqfLevelId !== undefined || d.qfEheaCycle !== undefined ? 'present' : 'if-applicable',
    hint: {
      en: 'If applicable: set the EQF level, the NQF level or the QF-EHEA cycle on canvas C4. An offer placed in no qualifications framework leaves this empty.',
      de: 'Falls zutreffend: Legt auf Canvas C4 das EQR-Niveau, das NQR-Niveau oder den QR-EHR-Zyklus fest. Ein Angebot, das keinem Qualifikationsrahmen zugeordnet ist, lässt dies leer.', fr: 'Le cas échéant : indiquez le niveau CEC, le niveau CNC ou le cycle du CC-EEES sur le canevas C4. Une offre classée dans aucun cadre de certification laisse ce champ vide.', es: 'Si procede: indicad el nivel del MEC, el nivel del MNC o el ciclo del MC-EEES en el lienzo C4. Una oferta que no figura en ningún marco de cualificaciones lo deja vacío.',
    },
    warning: levelWarning,
  },
  'assessment-type': {
    value: (d, lang) =>
      [
        d.assessmentTypes.map((type) => ASSESSMENT_TYPE_LABELS[type][lang]).join(', '),
        ...(d.assessors.length === 0 ? [] : [`${t('assessors', lang)}: ${d.assessors.map((who) => ASSESSOR_LABELS[who][lang]).join(', ')}`]),
      ].join(' · '),
    fields: ['assessmentType'],
    check: (d) => (d.assessmentTypes.length > 0 ? 'present' : 'missing'),
    hint: {
      en: 'Tick at least one type of assessment on canvas C4 (who assesses is a separate question).',
      de: 'Wählt auf Canvas C4 mindestens eine Art der Bewertung (wer bewertet, ist eine eigene Frage).', fr: 'Cochez au moins un type d’évaluation sur le canevas C4 (qui évalue est une autre question).', es: 'Marcad al menos un tipo de evaluación en el lienzo C4 (quién evalúa es otra cuestión).',
    },
    warning: assessmentWarning,
  },
  participation: {
    value: (d, lang) =>
      [
        ...(d.deliveryMode === undefined ? [] : [DELIVERY_MODE_LABELS[d.deliveryMode][lang]]),
        ...(d.workBasedLearning === undefined ? [] : [WORK_BASED_LEARNING_LABELS[d.workBasedLearning][lang]]),
        ...(d.languages.length === 0 ? [] : [d.languages.map((code) => languageNameIn(code, lang)).join(', ')]),
      ].join(' · '),
    fields: ['deliveryMode'],
    check: (d) => (d.deliveryMode !== undefined ? 'present' : 'missing'),
    hint: {
      en: 'Choose the form of participation (online, blended or in person) on canvas C4.',
      de: 'Wählt die Form der Teilnahme (online, hybrid oder in Präsenz) auf Canvas C4.', fr: 'Choisissez la forme de participation (en ligne, hybride ou en présentiel) sur le canevas C4.', es: 'Elegid la forma de participación (en línea, mixta o presencial) en el lienzo C4.',
    },
  },
  'quality-assurance': {
    value: (d, lang) => (d.qualityAssurance === undefined ? undefined : QUALITY_ASSURANCE_LABELS[d.qualityAssurance][lang]),
    fields: ['qualityAssurance'],
    check: (d) => (d.qualityAssurance !== undefined ? 'present' : 'missing'),
    hint: {
      en: 'Choose the type of quality assurance on the awarding canvas.',
      de: 'Wählt die Art der Qualitätssicherung auf dem Vergabe-Canvas.', fr: 'Choisissez le type d’assurance de la qualité sur le canevas de délivrance.', es: 'Elegid el tipo de garantía de calidad en el lienzo de concesión.',
    },
  },
  prerequisites: {
    value: (d) => d.prerequisites.join('; '),
    fields: ['prerequisites'],
    check: (d) => (d.prerequisites.length > 0 ? 'present' : 'if-applicable'),
    hint: { en: 'Where relevant: enter the prerequisites on canvas C4.', de: 'Falls relevant: Tragt die Zugangsvoraussetzungen auf Canvas C4 ein.', fr: 'Le cas échéant : saisissez les conditions préalables sur le canevas C4.', es: 'Si procede: introducid los requisitos previos en el lienzo C4.' },
  },
  supervision: {
    value: (d, lang) => (d.supervision === undefined ? undefined : SUPERVISION_LABELS[d.supervision][lang]),
    fields: ['supervision'],
    check: (d) => (d.supervision !== undefined ? 'present' : 'if-applicable'),
    hint: {
      en: 'Where relevant: choose the supervision and identity verification on the awarding canvas.',
      de: 'Falls relevant: Wählt Beaufsichtigung und Identitätsprüfung auf dem Vergabe-Canvas.', fr: 'Le cas échéant : choisissez la surveillance et la vérification de l’identité sur le canevas de délivrance.', es: 'Si procede: elegid la supervisión y la verificación de la identidad en el lienzo de concesión.',
    },
  },
  grade: {
    fields: [],
    check: atIssuing,
    hint: { en: 'Recorded when the credential is issued, if it is graded.', de: 'Wird bei der Ausstellung erfasst, falls benotet wird.', fr: 'Enregistrée lors de la délivrance de la certification, si elle est notée.', es: 'Se registra cuando se expide la credencial, si se califica.' },
  },
  stackability: {
    value: (d, lang) => (d.stackability === undefined ? undefined : [STACKABILITY_LABELS[d.stackability][lang], ...d.stackableTowards].join(' · ')),
    fields: ['stackability', 'stackableTowards'],
    check: (d) => (d.stackability !== undefined ? 'present' : 'if-applicable'),
    hint: {
      en: 'Where relevant: choose stand-alone or stackable on the awarding canvas.',
      de: 'Falls relevant: Wählt auf dem Vergabe-Canvas „eigenständig“ oder „kombinierbar“.', fr: 'Le cas échéant : choisissez autonome ou cumulable sur le canevas de délivrance.', es: 'Si procede: elegid autónoma o acumulable en el lienzo de concesión.',
    },
  },
  'further-information': {
    value: (d) => d.furtherInformation.join('; '),
    fields: ['furtherInformation'],
    check: (d) => (d.furtherInformation.length > 0 ? 'present' : 'if-applicable'),
    hint: { en: 'Where relevant: add further information on the awarding canvas.', de: 'Falls relevant: Ergänzt weitere Informationen auf dem Vergabe-Canvas.', fr: 'Le cas échéant : ajoutez des informations complémentaires sur le canevas de délivrance.', es: 'Si procede: añadid información adicional en el lienzo de concesión.' },
  },
};

const REFUSED: Label = { en: 'The value on the canvas was refused:', de: 'Der Wert auf dem Canvas wurde abgelehnt:', fr: 'La valeur du canevas a été refusée :', es: 'Se rechazó el valor del lienzo:' };

function checkElement(element: AnnexIElement, draft: MicroCredentialDraft, screen: ScreenLanguage): ChecklistItem {
  const rule = RULES[element.id]!;
  // Values and warnings are written in English and German; the names and hints in every screen language.
  const lang = uiLanguageFor(screen);
  const status = rule.check(draft);
  let hint = '';
  if (status === 'missing' || status === 'if-applicable') {
    const refused = draft.invalidFields.find((invalid) => rule.fields.includes(invalid.fieldId as FieldId));
    hint = refused === undefined ? say(rule.hint, screen) : `${say(REFUSED, screen)} ${refused.message}. ${say(rule.hint, screen)}`;
  } else if (status === 'at-issuing') {
    hint = say(rule.hint, screen);
  } else {
    hint = rule.advice?.(draft, lang) ?? '';
  }
  const warning = status === 'present' ? rule.warning?.(draft, lang) : undefined;
  const value = status === 'present' ? rule.value?.(draft, lang) : undefined;
  return {
    element: element.element,
    id: element.id,
    mandatory: element.mandatory,
    label: element.label[screen] ?? element.label.en,
    status,
    hint,
    ...(value === undefined || value === '' ? {} : { value }),
    ...(warning === undefined ? {} : { warning }),
  };
}

/**
 * Checks a draft against Annex I of the Council Recommendation on micro-credentials (SPEC C1–C8):
 * every element in the Recommendation's order and wording (from the glossary the canvases share),
 * with its status and, for a gap, a hint naming the canvas and field that fills it. The learner, the
 * date of issuing and the grade are `at-issuing`: a design describes the offer, not an issued
 * credential. Names and hints come in the four screen languages; values and warnings in English or German.
 */
export function checkAgainstCouncilRecommendation(
  draft: MicroCredentialDraft,
  lang: ScreenLanguage = screenLanguageFor(draft.language),
): ChecklistItem[] {
  return ANNEX_I_ELEMENTS.map((element) => checkElement(element, draft, lang));
}

/** The mandatory elements still missing; empty when the design covers everything it can before issuing. */
export function missingMandatoryElements(items: readonly ChecklistItem[]): ChecklistItem[] {
  return items.filter((item) => item.mandatory && item.status === 'missing');
}
