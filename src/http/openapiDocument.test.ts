import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import { beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, type OpenApiDocument } from './openapiDocument.js';

const methods = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** Every operation as `METHOD /path`, with its operationId. */
function operations(doc: OpenApiDocument) {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item)
      .filter(([method]) => methods.includes(method))
      .map(([method, op]) => ({ route: `${method.toUpperCase()} ${path}`, operationId: op.operationId })),
  );
}

/**
 * The OpenAPI document the API serves is one a client generator can trust: valid OpenAPI 3.1,
 * its licence named by SPDX identifier, and every operation named.
 */
describe('the OpenAPI document', () => {
  let doc: OpenApiDocument;
  beforeAll(async () => {
    doc = await openApiDocument();
  });

  it('is valid OpenAPI 3.1', async () => {
    const validator = new Validator();
    const result = await validator.validate(doc);
    expect(result.errors ?? [], 'validation errors').toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it("names the package's licence by its SPDX identifier", async () => {
    const license = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).license;
    expect(doc.info.license).toMatchObject({ identifier: license });
  });

  it('gives every operation an operationId of its own', async () => {
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(40);
    const unnamed = ops.filter((op) => !op.operationId).map((op) => op.route);
    expect(unnamed, `routes without an operationId (add \`operationId: 'verbNoun'\` to the route's schema): ${unnamed.join(', ')}`).toEqual([]);
    const seen = new Map<string, string>();
    const twice = ops.flatMap((op) => {
      const first = seen.get(op.operationId!);
      seen.set(op.operationId!, op.route);
      return first ? [`${op.operationId} (${first} and ${op.route})`] : [];
    });
    expect(twice, `operationIds used twice: ${twice.join(', ')}`).toEqual([]);
    for (const op of ops) expect(op.operationId, op.route).toMatch(/^[a-z][A-Za-z]+$/);
  });
});
