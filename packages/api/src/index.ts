export * from './common.js';
export * from './workshop.js';
