import fastifyHelmet from '@fastify/helmet';
import type { App } from './app.js';

export interface HeaderOptions {
  /** The server is reached over TLS (the public URL is https): browsers are told to keep to it (HSTS). */
  https: boolean;
  /** A raster tile URL template the map loads from (PRECURSOR_MAP_TILES): its origin may be fetched. */
  mapTiles?: string | null | undefined;
}

/**
 * Security headers on every response — API, static files, errors and 404s alike — through
 * @fastify/helmet, whose hook runs before any route. The policy allows only our own scripts
 * and styles (the built web app and the API documentation have no inline ones), images from
 * us or `data:`/`blob:` (the favicon, the map's canvases), the map's workers from `blob:`,
 * and no framing at all: a page that frames Precursor could trick a user into clicking.
 */
export async function registerSecurityHeaders(app: App, options: HeaderOptions) {
  const tiles = tileOrigin(options.mapTiles);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:', ...tiles],
        connectSrc: ["'self'", ...tiles],
        workerSrc: ["'self'", 'blob:'],
        fontSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    strictTransportSecurity: options.https ? { maxAge: 31_536_000, includeSubDomains: false } : false,
    // Evidence and the API are same-origin only; nothing of ours is meant to be embedded elsewhere.
    crossOriginResourcePolicy: { policy: 'same-origin' },
  });
}

function tileOrigin(template: string | null | undefined): string[] {
  if (!template) return [];
  try {
    // `{s}` subdomain templates cover several hosts: allow them all under the same domain.
    const url = new URL(template.replace(/\{s\}/g, 'a').replace(/\{[a-z]+\}/gi, '0'));
    return template.includes('{s}') ? [`${url.protocol}//*.${url.hostname.split('.').slice(1).join('.')}`] : [url.origin];
  } catch {
    return [];
  }
}
