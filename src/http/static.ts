import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { App } from './app.js';

/** Where `npm run build:web` (Vite) writes the web app. */
export const defaultWebRoot = fileURLToPath(new URL('../../web/dist/', import.meta.url));

export interface WebAppOptions {
  /** The built web app; when it holds no index.html the start page is the API documentation. */
  root?: string;
  /** A raster tile URL template for the map (`PRECURSOR_MAP_TILES`); by default the map draws shipped outlines only. */
  mapTiles?: string | undefined;
}

/**
 * Serves the built web app beside the API: hashed assets cached for a year, precompressed
 * (.br/.gz) when the browser accepts it, and index.html for any other page the app routes
 * itself (an SPA fallback), while unknown /api paths keep their problem+json 404.
 * Returns the fallback for the not-found handler, or undefined when the app is not built.
 */
export async function registerWebApp(app: App, options: WebAppOptions = {}) {
  const root = options.root ?? defaultWebRoot;
  const config = { mapTiles: options.mapTiles ?? process.env.PRECURSOR_MAP_TILES ?? null };
  app.get('/web-config.json', { schema: { hide: true }, config: { access: 'open' } }, async () => config);

  if (!existsSync(`${root}/index.html`)) {
    app.get('/', { schema: { hide: true }, config: { access: 'open' } }, async (_request, reply) => reply.redirect('/api/docs'));
    return undefined;
  }
  await app.register(fastifyStatic, {
    root,
    prefix: '/',
    wildcard: true,
    index: false,
    preCompressed: true,
    cacheControl: false,
    // @fastify/static 10 passes the reply here (older versions passed the raw response).
    setHeaders(res: { header?: (k: string, v: string) => unknown; setHeader?: (k: string, v: string) => unknown }, path: string) {
      const set = (k: string, v: string) => (res.header ? res.header(k, v) : res.setHeader?.(k, v));
      set('cache-control', /[\\/]assets[\\/]/.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  const sendIndex = (reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html');
  app.get('/', { schema: { hide: true }, config: { access: 'open' } }, async (_request, reply) => sendIndex(reply));

  return (request: FastifyRequest, reply: FastifyReply): FastifyReply | undefined => {
    const path = request.url.split('?')[0] ?? '';
    const wantsPage = (request.method === 'GET' || request.method === 'HEAD') && !path.startsWith('/api/') && path !== '/api' && !/\.[a-z0-9]+$/i.test(path);
    return wantsPage ? sendIndex(reply) : undefined;
  };
}
