export { richTextProblem, MAX_RICH_TEXT_DEPTH, MAX_RICH_TEXT_NODES } from './richText.js';
export { recordProblem, richTextIn, tldrawSchema, type SerializedSchema } from './records.js';
export { checkBoardUpdate, recordEntriesIn, boardSchema, type BoardUpdateVerdict, type RecordEntry } from './boardUpdate.js';
export { invalidRecords, removeInvalidRecords, type InvalidRecord } from './repair.js';
export { boardFileId, boardFileUrl, externalContentProblem } from './externalContent.js';
