/** @module Every shape banradius exchanges, as zod schemas and the types inferred from them. */
export * from './account-index.js';
export * from './catalog.js';
export * from './impact.js';
export * from './import.js';
export * from './issue.js';
export * from './map.js';
export * from './risk.js';
export * from './stored.js';
export * from './takeover.js';
export * from './timeline.js';
