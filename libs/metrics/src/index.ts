export * from './bus-request-metrics.js';
export * from './exposition.js';
export * from './metrics-registry.js';
export * from './metrics.controller.js';
