export * from './interaction-resource.js';
export * from './media-channels.js';
