export * from './interaction-attributes.js';
