/**
 * `@canvas/templates`: canvas worksheet templates for micro-credential design workshops, the rules
 * that sort sticky notes into template areas, and board exports (JSON, Markdown, CSV).
 */
export { LANGUAGES, LocalizedTextSchema, localize, type Lang, type LocalizedText } from './localized.js';
export {
  AREA_ACCEPTS,
  FIELD_KINDS,
  FieldOptionSchema,
  FrameSchema,
  NOTE_COLORS,
  RectSchema,
  SolutionNoteSchema,
  SolutionSchema,
  TEMPLATE_KINDS,
  TEMPLATE_SCHEMA_VERSION,
  TemplateAreaSchema,
  TemplateFieldSchema,
  TemplateSchema,
  type FieldKind,
  type FieldOption,
  type NoteColor,
  type Rect,
  type Template,
  type TemplateArea,
  type TemplateField,
} from './schema.js';
export { getTemplate, listTemplates } from './catalog/index.js';
export {
  AgendaItemSchema,
  AgendaSchema,
  MAX_AGENDA_ITEMS,
  agendaMinutes,
  getAgenda,
  listAgendas,
  unknownAgendaTemplates,
  type Agenda,
  type AgendaItem,
  type AgendaProblem,
} from './agendas/index.js';
export { EQF_LEVELS, eqfLevelUri, getEqfLevel, type EqfLevel } from './reference/eqf.js';
export { BLOOM_LEVELS, getBloomLevel, type BloomLevel, type WordLists } from './reference/bloom.js';
export { ANNEX_I_ELEMENTS, annexIElement, type AnnexIElement } from './reference/annexI.js';
export { ISCED_F_FIELDS, iscedFUri, type IscedField } from './reference/isced.js';
export {
  ASSESSMENT_METHODS,
  ASSESSORS,
  EUROPASS_SCHEMES,
  LEARNING_OPPORTUNITY_TYPES,
  PEER_ASSESSMENT_URI,
  QF_EHEA_CYCLES,
  WORK_BASED_LEARNING,
  WORK_BASED_MODE_URI,
  type QfEheaCycle,
  type VocabularyEntry,
} from './reference/europass.js';
export { COUNTRY_ALPHA3, LANGUAGE_ALPHA3, countryLabel, languageLabel } from './reference/places.js';
export { migrateFieldValues, type MigratedFields } from './fieldMigrations.js';
export { richTextToPlain, type RichTextNode } from './richText.js';
export {
  NOTE_SIZE,
  areaAt,
  assignNotesToAreas,
  isNoteRecord,
  noteCentre,
  noteSize,
  type AreaNotes,
  type MembershipOptions,
  type NoteAssignment,
  type NoteRecord,
  type Point,
} from './areaMembership.js';
export { layoutSolutionNotes, type PlacedSolutionNote } from './solutionLayout.js';
export { compileFieldPattern, fieldPatternProblem, FIELD_PATTERN_LIMITS, type FieldPattern } from './fieldPattern.js';
export { validateFieldValues, type ExportIssue, type FieldValue, type ValidatedField } from './fieldValues.js';
export {
  BoardExportSchema,
  EXPORT_FORMAT_VERSION,
  ExportIssueSchema,
  ExportedAreaSchema,
  ExportedFieldSchema,
  ExportedNoteSchema,
  WorkshopExportSchema,
  type BoardExport,
  type ExportedArea,
  type ExportedField,
  type ExportedNote,
  type WorkshopExport,
} from './export/schema.js';
export { buildBoardExport, type BoardExportInput } from './export/boardExport.js';
export { workshopExport, type WorkshopExportInput } from './export/workshop.js';
export { toJson } from './export/json.js';
export { toMarkdown } from './export/markdown.js';
export { CSV_COLUMNS, toCsv, pollsToCsv, contributionsToCsv, type PollResult, type ContributionCsvRow } from './export/csv.js';
export {
  parseTemplateJson,
  templateToJson,
  type TemplateImportError,
  type TemplateImportOptions,
  type TemplateImportResult,
} from './importTemplate.js';
export {
  BloomLevelValue,
  EqfLevelValue,
  NoteLevelsMetaSchema,
  areaTakesLevels,
  levelAreaIds,
  levelsLabel,
  noteLevelProblems,
  readNoteLevels,
  suggestBloomLevel,
  type BloomLevelNumber,
  type BloomSuggestion,
  type EqfLevelNumber,
  type NoteLevels,
} from './levels/index.js';
