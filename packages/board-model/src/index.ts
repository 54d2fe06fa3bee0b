export { BOARD_DOC } from './layout.js';
export { readRecords, readFields, type StoredRecord } from './readBoard.js';
export { withServerAuthors } from './authorship.js';
