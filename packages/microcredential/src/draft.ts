import { z } from 'zod';
import {
  ASSESSMENT_TYPES,
  COUNTRY_ALPHA3,
  DELIVERY_MODES,
  LANGUAGE_ALPHA3,
  LEARNING_SETTINGS,
  QUALITY_ASSURANCE_TYPES,
  STACKABILITY_TYPES,
  SUPERVISION_TYPES,
} from './vocabulary.js';

const Text = z.string().min(1);
const BloomLevel = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5), z.literal(6)]);

/** A learning outcome from the C4 canvas; a Bloom level when the note carried one. */
export const LearningOutcome = z.object({ text: Text, bloomLevel: BloomLevel.optional() });
export type LearningOutcome = z.infer<typeof LearningOutcome>;

/** A competence from the C3 canvas with its Bloom level: supporting information for the outcomes. */
export const Competence = z.object({ text: Text, bloomLevel: BloomLevel.optional() });
export type Competence = z.infer<typeof Competence>;

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
 * is optional; the checklist says what is missing, and the exports leave missing elements out.
 * Text lists keep the order of the notes on the canvas.
 */
export const MicroCredentialDraft = z.object({
  /** The app's id for this design (e.g. the group's board id); names all exported ids. */
  id: z.string().min(1),
  /** ISO 639-1 code of the language the group wrote in. */
  language: z.string().refine((code) => code in LANGUAGE_ALPHA3, 'Unsupported content language'),
  /** Where the issuer's profile lives, used as its OB 3.0 `id` and ELM homepage. */
  issuerUrl: z.url().optional(),

  /** Annex I element 2. */
  title: Text.optional(),
  /** A generated one-paragraph description in the draft's language (OB 3.0 `description`). */
  summary: Text,
  /** Annex I element 6. */
  learningOutcomes: z.array(LearningOutcome),
  competences: z.array(Competence),
  /** Annex I element 8. */
  eqfLevel: z.number().int().min(1).max(8).optional(),
  /** Annex I element 7, in ECTS. */
  ects: z.number().min(0).max(60).optional(),
  /** Annex I element 7, in hours of notional workload. */
  workloadHours: z.number().min(1).optional(),
  /** Notes from the C4 "duration / workload" area. */
  workloadNotes: z.array(Text),
  /** Annex I element 10. */
  deliveryMode: z.enum(DELIVERY_MODES).optional(),
  /** Notes from the C4 "delivery mode" area. */
  deliveryNotes: z.array(Text),
  learningSetting: z.enum(LEARNING_SETTINGS).optional(),
  /** Annex I element 9. */
  assessmentTypes: z.array(z.enum(ASSESSMENT_TYPES)),
  /** Notes from the C4 "assessment" area. */
  assessmentNarrative: z.array(Text),
  /** Optional element: supervision and identity verification during assessment. */
  supervision: z.enum(SUPERVISION_TYPES).optional(),
  supervisionNotes: z.array(Text),
  /** Optional element: prerequisites needed to enrol (field first, then notes). */
  prerequisites: z.array(Text),
  /** Didactic methods (C4) and teaching methods (C3). */
  didacticMethods: z.array(Text),
  /** Annex I element 4. */
  awardingBody: Text.optional(),
  /** Annex I element 3, ISO 3166-1 alpha-2. */
  country: z.string().refine((code) => code in COUNTRY_ALPHA3, 'Unsupported country').optional(),
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
