export * from './eligibility.js';
export * from './longest-waiting.js';
export * from './model.js';
