/**
 * `@canvas/microcredential`: turns a group's workshop canvases (C3 competences, C4 substantive
 * elements, awarding) into a micro-credential draft, checks it against Annex I of the EU Council
 * Recommendation on micro-credentials, and exports it as an Open Badges 3.0 Achievement, a Europass
 * ELM v3 LearningOpportunity, and a printable description (HTML, PDF). Mapping rules: SPEC.md.
 */
export {
  CanvasContent,
  CanvasNote,
  FIELD_SCHEMAS,
  FIELD_TEMPLATE,
  TemplateContent,
  isFieldId,
  validateField,
  type FieldId,
  type FieldValidation,
  type FieldValue,
} from './canvasContent.js';
export {
  AwardingBody,
  Competence,
  InvalidField,
  LearningOutcome,
  MicroCredentialDraft,
  issuerCountriesOf,
  issuerOf,
  parseAwardingBody,
} from './draft.js';
export { draftFromCanvas, type DraftOptions } from './fromCanvas.js';
export { summaryOf } from './summary.js';
export {
  OB3_CONTEXT,
  achievementId,
  toOpenBadgesAchievement,
  type Ob3Achievement,
  type Ob3Alignment,
  type Ob3Profile,
  type Ob3ResultDescription,
} from './openBadges.js';
export { OB3_ASSESSMENT_CONTEXT, type Ob3AssessmentResultDescription } from './ob3Assessment.js';
export {
  ELM_CONTEXT,
  ELM_DEFAULT_LANGUAGE,
  toElm,
  type ElmAgent,
  type ElmDocument,
  type ElmSpecificationDocument,
  type ElmAssessmentSpecification,
  type ElmConcept,
  type ElmLearningOpportunity,
  type ElmLearningOutcome,
  type ElmLocation,
  type ElmNote,
  type ElmOrganisation,
  type ElmSpecification,
  type ElmWebResource,
  type LangString,
} from './elm.js';
export { checkEuropassPublishing, type EuropassCheck, type EuropassStatus } from './europass.js';
export {
  checkAgainstCouncilRecommendation,
  missingMandatoryElements,
  type ChecklistItem,
  type ChecklistStatus,
} from './checklist.js';
export { describeDraft, type DescriptionModel, type Fact } from './description/model.js';
export { escapeHtml, toDescriptionHtml } from './description/html.js';
export { toDescriptionPdf } from './description/pdf.js';
export { draftUuid, uuidV5 } from './ids.js';
export * from './vocabulary.js';
export { canvasContentFromBoards, canvasContentFromExampleBoard, EXAMPLE_REVIEW_TEMPLATE, type BoardContentInput } from './fromBoards.js';
