/**
 * All SQL over incidents and the rows that hang from them, by concept: the rows themselves,
 * their children, the rollup, filters and pages, stats, the extent and usage counts. Every
 * read takes the caller's scope (src/access/): no query can skip the door.
 */
export * from './types.js';
export * from './rows.js';
export * from './children.js';
export * from './rollup.js';
export * from './query.js';
export * from './stats.js';
export * from './extent.js';
export * from './usage.js';
export * from './bulk.js';
export * from './searchVector.js';
export * from './dedup.js';
export * from './verification.js';
