/** Bloom and EQF levels on notes: the meta schema, reading, labels and verb-based suggestions (SPEC L). */
export {
  BloomLevelValue,
  EqfLevelValue,
  NoteLevelsMetaSchema,
  areaTakesLevels,
  levelAreaIds,
  levelsLabel,
  noteLevelProblems,
  readNoteLevels,
  type BloomLevelNumber,
  type EqfLevelNumber,
  type NoteLevels,
} from './noteLevels.js';
export { suggestBloomLevel, type BloomSuggestion } from './suggestBloom.js';
