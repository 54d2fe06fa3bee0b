import type { MicroCredentialDraft } from './draft.js';
import { draftUuid } from './ids.js';
import { t } from './labels.js';
import { bloomSuffix } from './sections.js';
import {
  ASSESSMENT_TYPE_LABELS,
  ELM_ECTS_CONCEPT,
  ELM_LEARNING_SETTING_CONCEPTS,
  ELM_MODE_CONCEPTS,
  ELM_SCHEMES,
  QUALITY_ASSURANCE_LABELS,
  STACKABILITY_LABELS,
  SUPERVISION_LABELS,
  countryName,
  countryUri,
  eqfLevelUri,
  languageName,
  languageUri,
  uiLanguageFor,
  type ElmConceptRef,
} from './vocabulary.js';

/** The EDC application profile's JSON-LD context. */
export const ELM_CONTEXT = 'http://data.europa.eu/snb/model/context/edc-ap';

/** A language-tagged text as ELM writes it: `{ "en": "…" }`. */
export type LangString = Record<string, string>;

/** A SKOS concept from a Europass or EU authority vocabulary. */
export interface ElmConcept {
  id: string;
  type: 'Concept';
  inScheme: { id: string; type: 'ConceptScheme' };
  prefLabel: LangString;
}

/** An ELM `Note`. */
export interface ElmNote {
  id: string;
  type: 'Note';
  noteLiteral: LangString;
}

/** An ELM `Organisation`, reduced to what the awarding canvas knows. */
export interface ElmOrganisation {
  id: string;
  type: 'Organisation';
  legalName: LangString;
  location?: {
    id: string;
    type: 'Location';
    address: { id: string; type: 'Address'; countryCode: ElmConcept };
  };
  homepage?: { id: string; type: 'WebResource'; contentURL: string };
}

/** The specification node; see {@link ElmExportOptions.specificationType}. */
export interface ElmSpecification {
  id: string;
  type: 'LearningAchievementSpecification' | 'Qualification';
  title: LangString;
  description: LangString;
  language: ElmConcept[];
  learningOutcome?: { id: string; type: 'LearningOutcome'; title: LangString }[];
  eqfLevel?: ElmConcept;
  creditPoint?: { id: string; type: 'CreditPoint'; framework: ElmConcept; point: string }[];
  volumeOfLearning?: string;
  mode?: ElmConcept[];
  learningSetting?: ElmConcept;
  entryRequirement?: ElmNote;
  influencedBy?: {
    id: string;
    type: 'LearningActivitySpecification';
    title: LangString;
    description: LangString;
    mode?: ElmConcept[];
  }[];
  provenBy?: {
    id: string;
    type: 'LearningAssessmentSpecification';
    title: LangString;
    description?: LangString;
    additionalNote?: ElmNote[];
  }[];
  awardingOpportunity?: { id: string; type: 'AwardingOpportunity'; awardingBody: ElmOrganisation[] }[];
  additionalNote?: ElmNote[];
}

/** An ELM v3 `LearningOpportunity` (the published offer) as a JSON-LD document. */
export interface ElmLearningOpportunity {
  '@context': typeof ELM_CONTEXT;
  id: string;
  type: 'LearningOpportunity';
  title: LangString;
  description: LangString;
  defaultLanguage: ElmConcept;
  mode?: ElmConcept[];
  providedBy?: ElmOrganisation[];
  learningAchievementSpecification: ElmSpecification;
}

/** Options of {@link toElmLearningOpportunity}. */
export interface ElmExportOptions {
  /**
   * ELM declares `eqfLevel` (and `accreditation`) on `Qualification`, a subclass of
   * `LearningAchievementSpecification`; the Commission's own Annex-I sample types its micro-credential
   * as a Qualification. The default keeps the general specification class; pass `'Qualification'`
   * when the target validator insists on the stricter domain (SPEC E3).
   */
  specificationType?: 'LearningAchievementSpecification' | 'Qualification';
}

function concept(ref: ElmConceptRef): ElmConcept {
  return {
    id: ref.id,
    type: 'Concept',
    inScheme: { id: ref.scheme, type: 'ConceptScheme' },
    prefLabel: { en: ref.prefLabel },
  };
}

/**
 * Maps a draft to a Europass ELM v3 `LearningOpportunity` with its specification (rules E1–E12 in
 * SPEC.md). All ids are `urn:epass:<class>:<uuid>` from the draft id, so re-exports are identical.
 */
export function toElmLearningOpportunity(
  draft: MicroCredentialDraft,
  options: ElmExportOptions = {},
): ElmLearningOpportunity {
  const lang = uiLanguageFor(draft.language);
  const key = draftUuid(draft.id);
  const text = (value: string): LangString => ({ [draft.language]: value });
  const note = (name: string, value: string): ElmNote => ({
    id: `urn:epass:note:${key}:${name}`,
    type: 'Note',
    noteLiteral: text(value),
  });
  const titled = (heading: string, lines: readonly string[]) => [heading, ...lines].join('\n');

  const languageConcept = concept({
    id: languageUri(draft.language) ?? `${ELM_SCHEMES.language}/MUL`,
    scheme: ELM_SCHEMES.language,
    prefLabel: languageName(draft.language),
  });
  const mode = draft.deliveryMode === undefined ? undefined : [concept(ELM_MODE_CONCEPTS[draft.deliveryMode])];
  const title = text(draft.title ?? t('untitled', lang));
  const description = text(draft.summary);

  let organisation: ElmOrganisation | undefined;
  if (draft.awardingBody !== undefined) {
    organisation = { id: `urn:epass:org:${key}`, type: 'Organisation', legalName: text(draft.awardingBody) };
    const country = draft.country === undefined ? undefined : countryUri(draft.country);
    if (draft.country !== undefined && country !== undefined) {
      organisation.location = {
        id: `urn:epass:location:${key}`,
        type: 'Location',
        address: {
          id: `urn:epass:address:${key}`,
          type: 'Address',
          countryCode: concept({ id: country, scheme: ELM_SCHEMES.country, prefLabel: countryName(draft.country, 'en') }),
        },
      };
    }
    if (draft.issuerUrl !== undefined) {
      organisation.homepage = { id: `urn:epass:webResource:${key}`, type: 'WebResource', contentURL: draft.issuerUrl };
    }
  }

  const spec: ElmSpecification = {
    id: `urn:epass:learningAchievementSpec:${key}`,
    type: options.specificationType ?? 'LearningAchievementSpecification',
    title,
    description,
    language: [languageConcept],
  };
  if (draft.learningOutcomes.length > 0) {
    spec.learningOutcome = draft.learningOutcomes.map((outcome, index) => ({
      id: `urn:epass:learningOutcome:${key}:${index + 1}`,
      type: 'LearningOutcome',
      title: text(outcome.text),
    }));
  }
  if (draft.eqfLevel !== undefined) {
    spec.eqfLevel = concept({ id: eqfLevelUri(draft.eqfLevel), scheme: ELM_SCHEMES.eqf, prefLabel: `Level ${draft.eqfLevel}` });
  }
  if (draft.ects !== undefined) {
    // ELM writes credit points as a string, as in the Commission's samples.
    spec.creditPoint = [
      { id: `urn:epass:creditPoint:${key}`, type: 'CreditPoint', framework: concept(ELM_ECTS_CONCEPT), point: String(draft.ects) },
    ];
  }
  if (draft.workloadHours !== undefined) spec.volumeOfLearning = `PT${draft.workloadHours}H`;
  if (mode !== undefined) spec.mode = mode;
  if (draft.learningSetting !== undefined) spec.learningSetting = concept(ELM_LEARNING_SETTING_CONCEPTS[draft.learningSetting]);
  if (draft.prerequisites.length > 0) spec.entryRequirement = note('entryRequirement', draft.prerequisites.join('\n'));
  if (draft.didacticMethods.length > 0) {
    spec.influencedBy = [
      {
        id: `urn:epass:learningActivitySpec:${key}`,
        type: 'LearningActivitySpecification',
        title: text(t('learningActivities', lang)),
        description: text(draft.didacticMethods.join('\n')),
        ...(mode === undefined ? {} : { mode }),
      },
    ];
  }
  if (draft.assessmentTypes.length > 0 || draft.assessmentNarrative.length > 0 || draft.supervision !== undefined) {
    const typeLabels = draft.assessmentTypes.map((type) => ASSESSMENT_TYPE_LABELS[type][lang]).join(', ');
    const assessment: NonNullable<ElmSpecification['provenBy']>[number] = {
      id: `urn:epass:learningAssessmentSpec:${key}`,
      type: 'LearningAssessmentSpecification',
      title: text(typeLabels === '' ? t('assessment', lang) : `${t('assessment', lang)}: ${typeLabels}`),
    };
    if (draft.assessmentNarrative.length > 0) assessment.description = text(draft.assessmentNarrative.join('\n'));
    if (draft.supervision !== undefined) {
      // `idVerification` belongs to an issued LearningAssessment; a specification can only say it in a note.
      assessment.additionalNote = [
        note(
          'supervision',
          titled(t('supervision', lang), [SUPERVISION_LABELS[draft.supervision][lang], ...draft.supervisionNotes]),
        ),
      ];
    }
    spec.provenBy = [assessment];
  }
  if (organisation !== undefined) {
    spec.awardingOpportunity = [
      { id: `urn:epass:awardingOpportunity:${key}`, type: 'AwardingOpportunity', awardingBody: [organisation] },
    ];
  }

  const notes: ElmNote[] = [];
  if (draft.competences.length > 0) {
    notes.push(
      note(
        'competences',
        titled(
          t('competences', lang),
          draft.competences.map((competence) => competence.text + bloomSuffix(competence.bloomLevel, lang)),
        ),
      ),
    );
  }
  if (draft.deliveryNotes.length > 0) notes.push(note('participation', titled(t('participation', lang), draft.deliveryNotes)));
  if (draft.workloadNotes.length > 0) notes.push(note('workload', titled(t('workload', lang), draft.workloadNotes)));
  if (draft.qualityAssurance !== undefined || draft.qualityAssuranceNotes.length > 0) {
    notes.push(
      note(
        'qualityAssurance',
        titled(t('qualityAssurance', lang), [
          ...(draft.qualityAssurance === undefined ? [] : [QUALITY_ASSURANCE_LABELS[draft.qualityAssurance][lang]]),
          ...draft.qualityAssuranceNotes,
        ]),
      ),
    );
  }
  if (draft.stackability !== undefined || draft.stackableTowards.length > 0) {
    notes.push(
      note(
        'stackability',
        titled(t('stackability', lang), [
          ...(draft.stackability === undefined ? [] : [STACKABILITY_LABELS[draft.stackability][lang]]),
          ...draft.stackableTowards.map((target) => `${t('stackableTowards', lang)}: ${target}`),
        ]),
      ),
    );
  }
  if (draft.furtherInformation.length > 0) {
    notes.push(note('furtherInformation', titled(t('furtherInformation', lang), draft.furtherInformation)));
  }
  if (notes.length > 0) spec.additionalNote = notes;

  const opportunity: ElmLearningOpportunity = {
    '@context': ELM_CONTEXT,
    id: `urn:epass:learningOpportunity:${key}`,
    type: 'LearningOpportunity',
    title,
    description,
    defaultLanguage: languageConcept,
    learningAchievementSpecification: spec,
  };
  if (mode !== undefined) opportunity.mode = mode;
  if (organisation !== undefined) opportunity.providedBy = [organisation];
  return opportunity;
}
