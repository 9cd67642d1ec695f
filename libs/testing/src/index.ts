export * from './nats-harness.js';
export * from './poll-until.js';
export * from './server-sent-event-reader.js';
