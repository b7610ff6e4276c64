import { randomUUID } from 'node:crypto';
import fastifyMultipart from '@fastify/multipart';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { describeAccess, enforceAccess, withAccessDefault, type AccessRule } from '../access/routes.js';
import { accountsAccess, type Accounts } from '../accounts/authenticate.js';
import { accountRoutes } from '../accounts/routes.js';
import { auditRoutes } from '../audit/routes.js';
import { auditVerifyRoutes } from '../audit/verify.routes.js';
import { backupRoutes } from '../backup/routes.js';
import { createContext, type Actor, type RequestContext } from '../context.js';
import type { Database } from '../db/database.js';
import { evidenceRoutes } from '../evidence/routes.js';
import type { EvidenceFiles } from '../evidence/files.js';
import { incidentRoutes } from '../incidents/routes.js';
import { exportRoutes } from '../ingest/export/routes.js';
import { importDeps, type ImportOptions } from '../ingest/jobs/deps.js';
import { importRoutes } from '../ingest/routes.js';
import { personRoutes } from '../persons/routes.js';
import { purgeRoutes } from '../purge/routes.js';
import { registryRoutes } from '../registry/routes.js';
import { regionRoutes } from '../regions/routes.js';
import { duplicateRoutes } from '../dedup/routes.js';
import { alertRoutes } from '../warning/routes.js';
import { reviewRoutes } from '../review/routes.js';
import { frameworkRoutes } from '../framework/routes.js';
import { forecastRoutes } from '../forecast/routes.js';
import { watchlistRoutes } from '../watchlist/routes.js';
import { mechanismRoutes } from '../cases/mechanisms.routes.js';
import { acceptanceRoutes } from '../cases/acceptance.routes.js';
import { taxonomyRoutes } from '../taxonomies/routes.js';
import { wireModules } from '../wiring.js';
import { registerGuards, loopbackSite, type SiteOptions } from './guards.js';
import { registerSecurityHeaders } from './headers.js';
import { registerTextCheck } from './text.js';
import { jsonBodyLimit, registerJsonParser } from './body.js';
import { registerWriteRateLimit, type WriteRateLimit } from './rateLimit.js';
import { healthRoutes } from './health.js';
import { loggerOptions, registerRequestLog, type LogOptions } from './logging.js';
import { answerError, sendProblem } from './problem.js';
import { SharedReads, serializeOnce } from './sharedReads.js';
import { registerWebApp, type WebAppOptions } from './static.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The actor and database for this request; the one place access control will hook in. */
    ctx: RequestContext;
    /** `work`'s answer, shared with the same request from the same actor already in flight (sharedReads.ts). */
    sharedRead<T>(work: () => Promise<T>): Promise<T>;
  }
}

export interface AppDeps {
  db: Database;
  files: EvidenceFiles;
  version: string;
  /** Log level and destination; see logging.ts for what a line may hold. */
  logger?: boolean | LogOptions;
  /** Host names the server answers to and origins that may write (guards.ts); loopback only by default. */
  site?: SiteOptions;
  /** Served over TLS (the public URL is https): send HSTS. */
  https?: boolean;
  /** Writes per minute per client address (rateLimit.ts); unlimited when unset (tests, scripts that embed the app). */
  writeRateLimit?: WriteRateLimit;
  /** The built web app, served at `/`; see static.ts. */
  web?: WebAppOptions;
  /**
   * Who sends this request. The default is the single user of local mode; accounts (sessions,
   * API tokens) replace it. Throws `unauthenticated` when a request must sign in first.
   */
  authenticate?: (request: FastifyRequest) => Promise<Actor>;
  /**
   * Accounts: sessions, API tokens, local mode. The default is a loopback server's: local mode
   * (no sign-in) until the first account exists. Its `authenticate` is the default above.
   */
  accounts?: Accounts;
  /** Imports: where uploads and error files go, the size limit, and the pipeline and writer (tests pass fakes). A temporary directory by default. */
  imports?: ImportOptions;
}

export type App = FastifyInstance<any, any, any, FastifyBaseLogger, ZodTypeProvider>;

/** Builds the HTTP API: validation at the edge (zod), problem+json errors, OpenAPI at /api/openapi.json. */
export async function buildApp(deps: AppDeps): Promise<App> {
  wireModules();
  const app = Fastify({
    logger: loggerOptions(deps.logger),
    // Our own line per request instead (logging.ts): Fastify's writes the URL with its query.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    bodyLimit: jsonBodyLimit,
    ajv: undefined,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializeOnce(serializerCompiler));

  await registerSecurityHeaders(app, { https: deps.https ?? false, mapTiles: deps.web?.mapTiles ?? process.env.PRECURSOR_MAP_TILES });
  registerGuards(app, deps.site ?? loopbackSite);
  registerRequestLog(app);
  registerTextCheck(app);
  registerJsonParser(app);
  if (deps.writeRateLimit) await registerWriteRateLimit(app, deps.writeRateLimit);

  app.decorateRequest('ctx', null as unknown as RequestContext);
  const shared = new SharedReads();
  app.decorateRequest('sharedRead', function <T>(this: FastifyRequest, work: () => Promise<T>) {
    return shared.run(this.ctx.actor, this, work);
  });
  const mayWrite = (request: FastifyRequest) => request.method !== 'GET' && request.method !== 'HEAD';
  // A write's request when it arrives and when it is answered (onSend: its work is done, even
  // for a client that has gone; onResponse: the answer has left).
  app.addHook('onRequest', async (request) => {
    if (mayWrite(request)) shared.wrote();
  });
  app.addHook('onSend', async (request, _reply, payload) => {
    if (mayWrite(request)) shared.wrote();
    return payload;
  });
  app.addHook('onResponse', async (request) => {
    if (mayWrite(request)) shared.wrote();
  });
  const accounts = deps.accounts ?? accountsAccess(deps.db, { loopback: true, secureCookies: false });
  const authenticate = deps.authenticate ?? accounts.authenticate;
  app.addHook('onRequest', async (request) => {
    request.ctx = createContext(deps.db, await authenticate(request), request.id);
  });
  // Every route's access rule, checked as routes are added and on every request (src/access/routes.ts).
  enforceAccess(app);
  app.setErrorHandler(answerError);
  let webFallback: Awaited<ReturnType<typeof registerWebApp>>;
  app.setNotFoundHandler((request, reply) =>
    webFallback?.(request, reply) ??
    sendProblem(reply, {
      type: 'urn:precursor:problem:not-found',
      title: 'Not found',
      status: 404,
      detail: `no route ${request.method} ${request.url.split('?')[0]}`,
      instance: request.url,
    }),
  );

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Precursor API',
        version: deps.version,
        description:
          'Record violations against identity groups on the Pyramid of Hate, search and count them. ' +
          'Errors are RFC 9457 problem+json; every invalid field is named in `errors`.',
        license: { name: 'GNU Affero General Public License v3.0 or later', identifier: 'AGPL-3.0-or-later' },
      },
      tags: [
        { name: 'incidents', description: 'Incidents (ESF events) and their acts' },
        { name: 'registry', description: 'Places, identity groups, actors, sources' },
        { name: 'regions', description: 'Regions per country (admin1, admin2): one spelling each, boundaries, merges' },
        { name: 'evidence', description: 'Files kept by SHA-256 with a chain of custody' },
        { name: 'taxonomies', description: 'Vocabularies: pyramid levels, violation types, …' },
        { name: 'audit', description: 'Who changed what, when' },
        { name: 'persons', description: 'Victims and witnesses: identities encrypted, shown only to roles allowed to see them; consent' },
        { name: 'accounts', description: 'Sign-in, sessions, users, teams, API tokens' },
        { name: 'imports', description: 'Imports: upload, preview, jobs with progress, reports and error files, batches, saved mappings' },
        { name: 'system', description: 'Health' },
      ],
    },
    transform: withAccessDocumented,
    transformObject: (documentObject) => describeUploads(jsonSchemaTransformObject(documentObject)),
  });
  // No validator badge: it is an image from validator.swagger.io, which our policy (headers.ts) refuses.
  // Swagger UI sets inline styles as it draws: its pages alone may apply them (scripts stay our own).
  // The documentation's pages take no route config: anyone may read them, as the document itself.
  await app.register(
    withAccessDefault('open', async (docs) => {
      await docs.register(fastifySwaggerUi, {
        routePrefix: '/api/docs',
        uiConfig: { validatorUrl: null },
        transformStaticCSP: (header: string) => header.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'"),
      });
    }),
  );
  // A field longer than any text field allows is cut by the parser and then refused by its route (never stored cut).
  await app.register(fastifyMultipart, { limits: { fileSize: deps.files.maxBytes + 1, files: 1, fields: 10, fieldSize: 64 * 1024 } });

  app.get('/api/openapi.json', { schema: { hide: true }, config: { access: 'open' } }, async () => app.swagger());
  // The web app, built by `npm run build:web`; without it the start page is the API's documentation.
  webFallback = await registerWebApp(app, deps.web);

  await app.register(healthRoutes(deps));
  await app.register(taxonomyRoutes);
  await app.register(registryRoutes);
  await app.register(regionRoutes);
  await app.register(incidentRoutes);
  await app.register(exportRoutes);
  await app.register(evidenceRoutes(deps.files));
  await app.register(auditRoutes);
  await app.register(auditVerifyRoutes);
  await app.register(purgeRoutes(deps.files));
  await app.register(personRoutes);
  await app.register(accountRoutes(accounts));
  await app.register(backupRoutes(deps));
  await app.register(duplicateRoutes);
  await app.register(alertRoutes);
  await app.register(reviewRoutes);
  await app.register(frameworkRoutes);
  await app.register(forecastRoutes);
  await app.register(watchlistRoutes);
  await app.register(mechanismRoutes);
  await app.register(acceptanceRoutes);
  await app.register(importRoutes(importDeps(deps.imports, app.log, deps.files)));
  return app;
}

/**
 * Each operation says who may call it: its rule as `x-access`, in words at the end of its
 * description, and the 401/403 problems of a refusal.
 */
const withAccessDocumented: typeof jsonSchemaTransform = (input) => {
  const out = jsonSchemaTransform(input);
  const rule = (input.route as { config?: { access?: AccessRule } }).config?.access;
  if (!rule || !out.schema) return out;
  const schema = out.schema as Record<string, unknown> & { description?: string; response?: Record<string, unknown> };
  const described = { ...schema, 'x-access': rule, description: [schema.description, describeAccess(rule)].filter(Boolean).join('\n\n') };
  const problem = schema.response?.[400];
  if (rule !== 'open' && problem) described.response = { ...schema.response, 401: problem, 403: problem };
  return { ...out, schema: described };
};

/**
 * The evidence upload reads its multipart body as a stream, outside schema validation, so
 * the document would otherwise not say what to send. Describe it here.
 */
function describeUploads<T>(document: T): T {
  const paths = (document as { paths?: Record<string, { post?: Record<string, unknown> }> }).paths;
  const importUpload = paths?.['/api/imports/uploads']?.post;
  if (importUpload) {
    importUpload.requestBody = {
      required: true,
      content: { 'multipart/form-data': { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary', description: 'The file to import' } } } } },
    };
  }
  const upload = paths?.['/api/evidence']?.post;
  if (upload) {
    upload.requestBody = {
      required: true,
      content: {
        'multipart/form-data': {
          schema: {
            type: 'object',
            required: ['file'],
            properties: {
              description: { type: 'string', description: 'What the file shows; send it before the file' },
              file: { type: 'string', format: 'binary', description: 'The evidence file' },
            },
          },
        },
      },
    };
  }
  return document;
}
