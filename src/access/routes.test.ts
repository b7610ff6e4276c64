import Fastify, { type FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { anonymousUser, createContext, localUser, type Actor } from '../context.js';
import type { Database } from '../db/database.js';
import { toProblem, sendProblem } from '../http/problem.js';
import { scopeFor } from './scope.js';
import { enforceAccess, withAccessDefault } from './routes.js';

/** A bare app with the door installed as buildApp installs it, acting as `actor`. */
function appAs(actor: () => Actor): FastifyInstance {
  const app = Fastify();
  app.decorateRequest('ctx', null as never);
  app.addHook('onRequest', async (request) => {
    request.ctx = createContext(null as unknown as Database, actor(), request.id);
  });
  enforceAccess(app);
  app.setErrorHandler((err, request, reply) => sendProblem(reply, toProblem(err, request)));
  return app;
}

describe('the route table of access rules', () => {
  it('refuses at start-up a route under /api without a rule, naming it', async () => {
    const app = appAs(() => localUser);
    // As buildApp registers a module's routes: the registration, hence start-up, fails.
    await expect(
      app.register(async (module) => {
        module.get('/api/open-by-mistake/:id', async () => 'secret');
      }),
    ).rejects.toThrow(/GET \/api\/open-by-mistake\/:id has no access rule/);
  });

  it('refuses a rule that is not an action of the permissions table', async () => {
    const app = appAs(() => localUser);
    expect(() => app.get('/api/typo', { config: { access: 'incident.read' as never } }, async () => 'x')).toThrow(/unknown access rule 'incident.read'/);
  });

  it('lists every route with its rule; outside /api the web app is open; a scope can give its routes a rule', async () => {
    const app = appAs(() => localUser);
    app.get('/api/things', { config: { access: 'incidents.read' } }, async () => []);
    app.post('/api/things', { config: { access: 'incidents.write' } }, async () => ({}));
    app.get('/favicon.svg', async () => '<svg/>');
    await app.register(
      withAccessDefault('open', async (docs) => {
        docs.get('/api/docs/page', async () => 'docs');
      }),
    );
    await app.ready();
    expect(app.routeAccess.filter((r) => r.method !== 'HEAD')).toEqual([
      { method: 'GET', url: '/api/things', access: 'incidents.read' },
      { method: 'POST', url: '/api/things', access: 'incidents.write' },
      { method: 'GET', url: '/favicon.svg', access: 'open' },
      { method: 'GET', url: '/api/docs/page', access: 'open' },
    ]);
    await app.close();
  });

  it('refuses before the handler: 401 for the anonymous actor, 403 for a role without the permission', async () => {
    let actor: Actor = anonymousUser;
    let handled = 0;
    const app = appAs(() => actor);
    app.post('/api/things', { config: { access: 'incidents.write' } }, async () => ++handled);
    app.get('/api/things', { config: { access: 'incidents.read' } }, async () => ++handled);
    app.get('/api/health', { config: { access: 'open' } }, async () => 'ok');
    await app.ready();

    const anonymous = await app.inject({ method: 'POST', url: '/api/things' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ type: 'urn:precursor:problem:unauthenticated' });
    expect((await app.inject({ method: 'GET', url: '/api/things' })).statusCode).toBe(200);
    expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);

    actor = { id: 'v', name: 'Viewer', scope: scopeFor('viewer') };
    const viewer = await app.inject({ method: 'POST', url: '/api/things' });
    expect(viewer.statusCode).toBe(403);
    expect(viewer.json()).toMatchObject({ type: 'urn:precursor:problem:forbidden' });
    expect(handled).toBe(1);

    actor = { id: 'e', name: 'Editor', scope: scopeFor('editor') };
    expect((await app.inject({ method: 'POST', url: '/api/things' })).statusCode).toBe(200);
    // An unknown path has no rule to check: the not-found answer is the same for everyone.
    actor = anonymousUser;
    expect((await app.inject({ method: 'GET', url: '/api/nothing-here' })).statusCode).toBe(404);
    await app.close();
  });
});
