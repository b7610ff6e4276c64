import type { FastifyInstance, RouteOptions } from 'fastify';
import { anonymousUser } from '../context.js';
import { DomainError } from '../errors.js';
import { actions, permissions, requirePermission, type Action } from './permissions.js';

/**
 * Every route says who may call it, in its own route table entry:
 *
 *   app.get('/api/incidents', { config: { access: 'incidents.read' }, schema: … }, handler)
 *
 * `access` is an action of the permissions table (permissions.ts: action → roles), or `'open'`
 * for the few routes anyone may call without signing in: health, the OpenAPI document and its
 * browsable pages, the web app's files, and what signing in itself needs (the accounts' login
 * routes). Nothing else is open: anything under `/api` that holds records names an action.
 *
 * - The rule is checked in `onRequest`, right after the caller is known and before the body is
 *   read or validated (an upload is refused before a byte of it is stored). A refusal to the
 *   anonymous actor is 401 `unauthenticated` (sign in); to anyone else 403 `forbidden`.
 * - A route under `/api` without a rule stops start-up: `buildApp` throws, naming the route.
 *   Routes outside `/api` serve the web app's shell and assets, which hold no records: they are
 *   open unless they say otherwise.
 * - A third-party plugin whose routes cannot take a `config` (the API documentation's pages) is
 *   registered inside `withAccessDefault('open', …)`: its routes get that rule.
 *
 * The permission only says whether the role may take the action at all; which records it then
 * reaches is the scope's business (door.ts), in every store query.
 */
export type AccessRule = Action | 'open';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Who may call this route: an action of the permissions table, or 'open'. See src/access/routes.ts. */
    access?: AccessRule;
  }
  interface FastifyInstance {
    /** Every route with its access rule, as added (see src/access/routes.ts). */
    routeAccess: readonly RouteAccess[];
  }
}

/** One row of the route table: a method and URL with its rule. */
export interface RouteAccess {
  method: string;
  url: string;
  access: AccessRule;
}

const defaultRule = Symbol('precursor.defaultAccess');
type WithDefault = { [defaultRule]?: AccessRule };

const isRule = (value: unknown): value is AccessRule => value === 'open' || (actions as readonly unknown[]).includes(value);

/**
 * Installs the door on the app: the start-up check of every route's rule and the per-request
 * enforcement. Call it on the root instance before any route is added (a hook added later does
 * not reach plugins already registered). The route table, filled as routes are added, is
 * `app.routeAccess`.
 */
export function enforceAccess(app: FastifyInstance): void {
  const table: RouteAccess[] = [];
  app.decorate('routeAccess', table);
  app.addHook('onRoute', function (this: FastifyInstance & WithDefault, route: RouteOptions) {
    const methods = [route.method].flat().map(String);
    const given = route.config?.access ?? this[defaultRule] ?? (route.url.startsWith('/api') ? undefined : 'open');
    if (given === undefined) {
      throw new Error(`the route ${methods.join(',')} ${route.url} has no access rule: add config: { access: '<action>' } (an action of src/access/permissions.ts, or 'open')`);
    }
    if (!isRule(given)) throw new Error(`the route ${methods.join(',')} ${route.url} has an unknown access rule '${String(given)}'`);
    route.config = { ...route.config, access: given };
    for (const method of methods) table.push({ method, url: route.url, access: given });
  });
  app.addHook('onRequest', async (request) => {
    const rule = request.routeOptions.config?.access;
    // No rule: no route matched (the not-found handler answers), nothing to protect.
    if (rule === undefined || rule === 'open') return;
    const { actor } = request.ctx;
    try {
      requirePermission(actor.scope, rule);
    } catch (err) {
      if (actor.id === anonymousUser.id && err instanceof DomainError && err.code === 'forbidden') {
        throw new DomainError('unauthenticated', 'sign in first', [], { action: rule });
      }
      throw err;
    }
  });
}

/**
 * Registers `plugin` in its own scope where routes without a rule get `rule`: for a
 * third-party plugin that adds routes we cannot annotate (the API documentation's pages).
 */
export function withAccessDefault(rule: AccessRule, plugin: (instance: FastifyInstance) => Promise<void>) {
  return async (instance: FastifyInstance) => {
    (instance as FastifyInstance & WithDefault)[defaultRule] = rule;
    await plugin(instance);
  };
}

/** A route's rule as the API documentation states it (each operation's description and `x-access`). */
export function describeAccess(rule: AccessRule): string {
  if (rule === 'open') return 'Access: open to anyone, signed in or not.';
  return `Access: \`${rule}\` — ${permissions[rule].join(', ')}. Others get 401 (not signed in) or 403.`;
}
