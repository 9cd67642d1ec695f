export * from './gws-agent-client.js';
