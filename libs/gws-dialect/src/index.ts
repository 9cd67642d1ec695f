export * from './interaction-resource.js';
