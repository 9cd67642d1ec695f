export * from './capacity.js';
export * from './model.js';
export * from './routing-engine.js';
export { normalizeSkill } from './skills.js';
export * from './engine-snapshot.js';
