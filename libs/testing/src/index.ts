export * from './failed-start.js';
export * from './generated-tenant.js';
export * from './nats-harness.js';
export * from './platform.js';
export * from './poll-until.js';
export * from './raw-connection.js';
export * from './server-sent-event-reader.js';
