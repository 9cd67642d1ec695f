export * from './bus-client.js';
export * from './bus-errors.js';
export * from './derived-stream.js';
export * from './event-consumer.js';
export * from './event-follower.js';
export * from './event-store.js';
export * from './nats-connection.js';
export * from './nest-transport.js';
