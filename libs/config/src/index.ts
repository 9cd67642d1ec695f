export * from './env.js';
export * from './exit-status.js';
export * from './http-server.js';
export * from './provider-settings.js';
export * from './tenant-config.loader.js';
export * from './tenant-config.schema.js';
