export * from './common.js';
export * from './workshop.js';
export * from './issuing.js';
export * from './room.js';
export * from './agenda.js';
export * from './polls.js';
export * from './contributions.js';
