import { unavailableEngine, type ImportEngine } from './engine.js';

/**
 * The real engine: core's pipeline (src/ingest/pipeline.ts), the writer (src/ingest/write/) and
 * the shipped mappings. Until they are on main, imports answer that they are not available.
 */
export const ingestEngine: ImportEngine = unavailableEngine;
