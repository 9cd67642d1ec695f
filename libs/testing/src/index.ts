export * from './nats-harness.js';
export * from './poll-until.js';
