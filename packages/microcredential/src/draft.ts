import { z } from 'zod';
import {
  ASSESSMENT_TYPES,
  ASSESSORS,
  COUNTRY_ALPHA3,
  DELIVERY_MODES,
  ISCED_F_CODES,
  LANGUAGE_ALPHA3,
  LEARNING_OPPORTUNITY_TYPES,
  LEARNING_SETTINGS,
  QF_EHEA_CYCLE_VALUES,
  QUALITY_ASSURANCE_TYPES,
  STACKABILITY_TYPES,
  SUPERVISION_TYPES,
  WORK_BASED_LEARNING_VALUES,
} from './vocabulary.js';

const Text = z.string().min(1);
const BloomLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]);
const EqfLevel = z.number().int().min(1).max(8);
const Country = z.string().refine((code) => Object.hasOwn(COUNTRY_ALPHA3, code), 'Unsupported country');
const Language = z.string().refine((code) => Object.hasOwn(LANGUAGE_ALPHA3, code), 'Unsupported language');

/** A learning outcome from the C4 canvas, with the Bloom and EQF levels its note carries, if any. */
export const LearningOutcome = z.object({ text: Text, bloomLevel: BloomLevel.optional(), eqfLevel: EqfLevel.optional() });
export type LearningOutcome = z.infer<typeof LearningOutcome>;

/** A competence from the C3 canvas with its levels: supporting information for the outcomes. */
export const Competence = LearningOutcome;
export type Competence = LearningOutcome;

/**
 * An awarding body: its name and, when the canvas gives one ("Example University (AT)"), its
 * country (ISO 3166-1 alpha-2).
 */
export const AwardingBody = z.object({ name: Text, country: Country.optional() });
export type AwardingBody = z.infer<typeof AwardingBody>;

/** A canvas field whose stored value was refused, so that the UI can point at it. */
export const InvalidField = z.object({
  template: z.enum(['c4-substantive', 'awarding']),
  fieldId: z.string(),
  message: z.string(),
});
export type InvalidField = z.infer<typeof InvalidField>;

/**
 * A micro-credential as designed on the canvases: the offer (a specification), not an issued
 * credential, so it has no learner and no date of issuing. Every element the canvases may leave empty
 * is optional or an empty list; the checklist says what is missing, and the exports leave missing
 * elements out. Text lists keep the order of the notes on the canvas.
 */
export const MicroCredentialDraft = z.object({
  /** The app's id for this design (e.g. the group's board id); names all exported ids. */
  id: z.string().min(1),
  /** ISO 639-1 code of the language the group wrote in. */
  language: Language,
  /** Where the issuer's profile lives, used as its OB 3.0 `id` and ELM homepage. */
  issuerUrl: z.url().optional(),

  /** Annex I element 2. */
  title: Text.optional(),
  /** A generated description in the draft's language (OB 3.0 and ELM `description`). */
  summary: Text,
  /** Europass type of learning opportunity. */
  learningOpportunityType: z.enum(LEARNING_OPPORTUNITY_TYPES).optional(),
  /** ISCED-F 2013 narrow field. */
  iscedField: z.enum(ISCED_F_CODES).optional(),
  /** Annex I element 6. */
  learningOutcomes: z.array(LearningOutcome),
  competences: z.array(Competence),
  /** Annex I element 8 (if applicable): EQF level, NQF level, QF-EHEA cycle. */
  eqfLevel: EqfLevel.optional(),
  nqfLevel: Text.optional(),
  /** The NQF level's Europass QDR identifier, when the group knows it. */
  nqfLevelId: z.string().regex(/^http:\/\/data\.europa\.eu\/snb\/qdr\/[A-Za-z0-9_-]+$/u).optional(),
  qfEheaCycle: z.enum(QF_EHEA_CYCLE_VALUES).optional(),
  /** Annex I element 7, in ECTS (more than 0). */
  ects: z.number().gt(0).max(60).optional(),
  /** Annex I element 7, in hours of notional workload. */
  workloadHours: z.number().min(1).optional(),
  /** Notes from the C4 "duration / workload" area. */
  workloadNotes: z.array(Text),
  /** Annex I element 10. */
  deliveryMode: z.enum(DELIVERY_MODES).optional(),
  workBasedLearning: z.enum(WORK_BASED_LEARNING_VALUES).optional(),
  /** Notes from the C4 "delivery mode" area. */
  deliveryNotes: z.array(Text),
  learningSetting: z.enum(LEARNING_SETTINGS).optional(),
  /** Languages of instruction, ISO 639-1. */
  languages: z.array(Language),
  /** Annex I element 9: Europass assessment types. */
  assessmentTypes: z.array(z.enum(ASSESSMENT_TYPES)),
  /** Who assesses (not a type of assessment). */
  assessors: z.array(z.enum(ASSESSORS)),
  gradingScheme: Text.optional(),
  /** Notes from the C4 "assessment" area. */
  assessmentNarrative: z.array(Text),
  /** Optional element: supervision and identity verification during assessment. */
  supervision: z.enum(SUPERVISION_TYPES).optional(),
  supervisionNotes: z.array(Text),
  /** Optional element: prerequisites needed to enrol (field first, then notes). */
  prerequisites: z.array(Text),
  /** Didactic methods (C4) and teaching methods (C3). */
  didacticMethods: z.array(Text),
  /** Annex I element 4: one or more awarding bodies (joint awarding). */
  awardingBodies: z.array(AwardingBody),
  /** The issuing organisation, when it is not the first awarding body. */
  issuer: Text.optional(),
  /** Annex I element 3: the issuer's countries (ISO 3166-1 alpha-2) and region(s). */
  issuerCountries: z.array(Country),
  issuerRegion: Text.optional(),
  /** The web page of the offer (Europass needs one to publish it). */
  homepage: z.url().optional(),
  /** Annex I element 11. */
  qualityAssurance: z.enum(QUALITY_ASSURANCE_TYPES).optional(),
  qualityAssuranceNotes: z.array(Text),
  /** Optional element: integration / stackability. */
  stackability: z.enum(STACKABILITY_TYPES).optional(),
  stackableTowards: z.array(Text),
  /** Optional element: further information. */
  furtherInformation: z.array(Text),
  /** Stored field values that were refused and therefore left out. */
  invalidFields: z.array(InvalidField),
});
/** See {@link MicroCredentialDraft}. */
export type MicroCredentialDraft = z.infer<typeof MicroCredentialDraft>;

/** The organisation that issues the credential: the named issuer, else the first awarding body. */
export function issuerOf(draft: Pick<MicroCredentialDraft, 'issuer' | 'awardingBodies'>): string | undefined {
  return draft.issuer ?? draft.awardingBodies[0]?.name;
}

/**
 * The issuer's countries (Annex I element 3): the awarding canvas's "countries of the issuer"; when
 * that is empty and the first awarding body is the issuer, the country given with its name.
 */
export function issuerCountriesOf(draft: Pick<MicroCredentialDraft, 'issuer' | 'awardingBodies' | 'issuerCountries'>): string[] {
  if (draft.issuerCountries.length > 0) return draft.issuerCountries;
  const first = draft.awardingBodies[0];
  return draft.issuer === undefined && first?.country !== undefined ? [first.country] : [];
}

/** Reads "Example University (AT)" as the name and its country; other brackets stay part of the name. */
export function parseAwardingBody(entry: string): AwardingBody {
  const text = entry.trim().replace(/\s+/gu, ' ');
  const match = /^(.*\S)\s*\(([A-Za-z]{2})\)$/u.exec(text);
  const code = match?.[2]?.toUpperCase();
  if (match !== null && code !== undefined && Object.hasOwn(COUNTRY_ALPHA3, code)) return { name: match[1]!, country: code };
  return { name: text };
}
