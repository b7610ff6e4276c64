import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { registryKinds, RegistryListQuery, type RegistryKindName } from './schema.js';
import { createRecord, getRecord, listRecords, setRecordDeleted, updateRecord } from './service.js';

const IdParams = z.object({ id: z.uuid() });
/** `groups` → `Groups`: operation ids name the kind, e.g. `listGroups`, `getGroup`. */
const pascal = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);
const VersionQuery = z.object({ version: z.coerce.number().int().min(1).meta({ description: 'The version you read; a stale one is refused with 409' }) });

/** The same routes for places, groups, actors and sources. */
export async function registryRoutes(app: App) {
  for (const kind of Object.keys(registryKinds) as RegistryKindName[]) {
    const spec = registryKinds[kind];
    const base = `/api/${spec.plural}`;
    const tags = ['registry'];
    const Output = spec.output as z.ZodType;
    const Input = spec.input as z.ZodType;

    app.get(
      base,
      {
        schema: {
          operationId: `list${pascal(spec.plural)}`,
          tags,
          summary: `List ${spec.plural}, by name`,
          querystring: RegistryListQuery,
          response: { 200: z.object({ items: z.array(Output), nextCursor: z.string().nullable() }), ...problemResponses },
        },
      },
      async (request) => listRecords(request.ctx, kind, request.query as RegistryListQuery),
    );
    app.post(
      base,
      { schema: { operationId: `create${pascal(spec.noun)}`, tags, summary: `Create a ${spec.noun}`, body: Input, response: { 201: Output, ...problemResponses } } },
      async (request, reply) => reply.status(201).send(await createRecord(request.ctx, kind, request.body as never)),
    );
    app.get(
      `${base}/:id`,
      { schema: { operationId: `get${pascal(spec.noun)}`, tags, summary: `Read a ${spec.noun}`, params: IdParams, response: { 200: Output, ...problemResponses } } },
      async (request) => getRecord(request.ctx, kind, request.params.id),
    );
    app.put(
      `${base}/:id`,
      {
        schema: {
          operationId: `update${pascal(spec.noun)}`,
          tags,
          summary: `Replace a ${spec.noun}; send the version you read`,
          params: IdParams,
          body: z.object({ version: z.number().int().min(1) }).and(Input),
          response: { 200: Output, ...problemResponses },
        },
      },
      async (request) => {
        const { version, ...input } = request.body as { version: number };
        return updateRecord(request.ctx, kind, request.params.id, version, input as never);
      },
    );
    app.delete(
      `${base}/:id`,
      { schema: { operationId: `delete${pascal(spec.noun)}`, tags, summary: `Delete a ${spec.noun} (soft: it can be restored)`, params: IdParams, querystring: VersionQuery, response: { 200: Output, ...problemResponses } } },
      async (request) => setRecordDeleted(request.ctx, kind, request.params.id, request.query.version, true),
    );
    app.post(
      `${base}/:id/restore`,
      { schema: { operationId: `restore${pascal(spec.noun)}`, tags, summary: `Restore a deleted ${spec.noun}`, params: IdParams, querystring: VersionQuery, response: { 200: Output, ...problemResponses } } },
      async (request) => setRecordDeleted(request.ctx, kind, request.params.id, request.query.version, false),
    );
  }
}

export { IdParams, pascal, VersionQuery };
