export * from './icws-errors.js';
export * from './interaction-attributes.js';
