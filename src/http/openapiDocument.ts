import { readConfig } from '../config.js';
import type { Database } from '../db/database.js';
import { EvidenceFiles } from '../evidence/files.js';
import { packageVersion } from '../version.js';
import { buildApp } from './app.js';

/** The OpenAPI document as `app.swagger()` returns it: plain JSON. */
export type OpenApiDocument = {
  openapi: string;
  info: Record<string, unknown>;
  paths: Record<string, Record<string, { operationId?: string } & Record<string, unknown>>>;
} & Record<string, unknown>;

/**
 * The API's OpenAPI document, made without a database or a server: the routes describe
 * themselves when they are registered, and nothing here sends a request. The web app's types
 * are generated from it (web/scripts/api.ts), and the tests validate it.
 */
export async function openApiDocument(version: string = packageVersion): Promise<OpenApiDocument> {
  // The default configuration, not this machine's environment: the document says what a
  // server with no settings says (the upload limit appears in it), wherever it is made.
  const files = new EvidenceFiles('/nonexistent', readConfig({}).maxUploadBytes);
  const app = await buildApp({ db: noDatabase, files, version });
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger())) as OpenApiDocument;
  } finally {
    await app.close();
  }
}

/** Describing the routes reads no data; a query here would be a bug, so it says so. */
const refuse = (): never => {
  throw new Error('the OpenAPI document is made without a database');
};
const noDatabase: Database = { engine: 'pglite', query: refuse, copyFrom: refuse, transaction: refuse, exec: refuse, close: async () => {} };
