import { z } from 'zod';
import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { IdParams, VersionQuery } from '../registry/routes.js';
import { ConsentInput, IdentityInput, Person, PersonInput, WithdrawalInput } from './schema.js';
import { createPerson, deletePerson, findPersonsByName, getPerson, listPersons, recordConsent, updatePerson, withdrawConsent } from './service.js';

const tags = ['persons'];
const PersonList = z.object({ items: z.array(Person) });
const Name = IdentityInput.shape.name;

/**
 * A request's URL without its query: `?name=` carries an identity, which must not reach a
 * log line. (Bodies are never logged.)
 */
const withoutQuery = {
  req: (req: { method: string; url: string; id?: string }) => ({ method: req.method, url: req.url.split('?')[0], id: req.id }),
};

export async function personRoutes(app: App) {
  app.get(
    '/api/persons',
    {
      config: { access: 'persons.read' },
      logSerializers: withoutQuery,
      schema: {
        operationId: 'listPersons',
        tags,
        summary: 'The persons of an incident (`incidentId`), or those with a name (`name`: exact match, case, spacing and diacritics folded)',
        description:
          'Identities are given only to roles allowed to see them, and only in incidents the caller may read; others get `identity: null` and a pseudonym. ' +
          'Looking up by `name` needs that permission (403 otherwise); POST /api/persons/lookup does the same with the name in the body, out of URLs and access logs.',
        querystring: z
          .object({ incidentId: z.uuid().optional(), name: Name.optional() })
          .refine((q) => Boolean(q.incidentId) !== Boolean(q.name), { message: 'give either incidentId or name', path: ['incidentId'] }),
        response: { 200: PersonList, ...problemResponses },
      },
    },
    async (request) => ({
      items: request.query.name ? await findPersonsByName(request.ctx, request.query.name) : await listPersons(request.ctx, request.query.incidentId!),
    }),
  );
  app.post(
    '/api/persons/lookup',
    {
      config: { access: 'persons.read-identity' },
      schema: { operationId: 'lookupPersons', tags, summary: 'Persons with this name or alias (exact match, case, spacing and diacritics folded)', body: z.object({ name: Name }), response: { 200: PersonList, ...problemResponses } },
    },
    async (request) => ({ items: await findPersonsByName(request.ctx, request.body.name) }),
  );
  app.post(
    '/api/persons',
    { config: { access: 'persons.write' }, schema: { operationId: 'createPerson', tags, summary: 'Record a victim or witness of an incident', body: PersonInput, response: { 201: Person, ...problemResponses } } },
    async (request, reply) => reply.status(201).send(await createPerson(request.ctx, request.body)),
  );
  app.get(
    '/api/persons/:id',
    { config: { access: 'persons.read' }, schema: { operationId: 'getPerson', tags, summary: 'Read a person (identity only for roles allowed to see it)', params: IdParams, response: { 200: Person, ...problemResponses } } },
    async (request) => getPerson(request.ctx, request.params.id),
  );
  app.put(
    '/api/persons/:id',
    {
      config: { access: 'persons.write' },
      schema: {
        operationId: 'updatePerson',
        tags,
        summary: 'Replace a person; send the version you read (a stale one gets 409 with the current record, without its identity)',
        params: IdParams,
        body: PersonInput.omit({ incidentId: true }).extend({ version: z.number().int().min(1) }),
        response: { 200: Person, ...problemResponses },
      },
    },
    async (request) => {
      const { version, ...input } = request.body;
      return updatePerson(request.ctx, request.params.id, version, input);
    },
  );
  app.delete(
    '/api/persons/:id',
    {
      config: { access: 'persons.write' },
      schema: { operationId: 'deletePerson', tags, summary: 'Delete a person and their encrypted identity', params: IdParams, querystring: VersionQuery, response: { 204: z.null(), ...problemResponses } },
    },
    async (request, reply) => {
      await deletePerson(request.ctx, request.params.id, request.query.version);
      return reply.status(204).send(null);
    },
  );
  app.post(
    '/api/persons/:id/consent',
    {
      config: { access: 'persons.write' },
      schema: { operationId: 'recordConsent', tags, summary: "Record the person's consent: record-only, share-un or publish", params: IdParams, body: ConsentInput, response: { 200: Person, ...problemResponses } },
    },
    async (request) => recordConsent(request.ctx, request.params.id, request.body.version, request.body),
  );
  app.post(
    '/api/persons/:id/consent/withdraw',
    {
      config: { access: 'persons.write' },
      schema: {
        operationId: 'withdrawConsent',
        tags,
        summary: 'Record that the person withdrew consent: they leave every export and generated document',
        params: IdParams,
        body: WithdrawalInput,
        response: { 200: Person, ...problemResponses },
      },
    },
    async (request) => withdrawConsent(request.ctx, request.params.id, request.body.version, request.body.date),
  );
}
