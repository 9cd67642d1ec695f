export * from './icws-errors.js';
export * from './icws-messages.js';
export * from './interaction-attributes.js';
