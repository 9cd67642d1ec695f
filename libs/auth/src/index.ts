export * from './secret-hash.js';
export * from './token-signer.js';
