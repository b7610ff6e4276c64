import { hostname, networkInterfaces } from 'node:os';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { DomainError } from '../errors.js';
import type { App } from './app.js';
import { sendProblem } from './problem.js';

/**
 * Who may talk to this server. A browser page on any site can send requests to a server on
 * the user's machine or network; two checks keep such a page from acting through the user's
 * browser:
 * - **DNS rebinding**: a page whose name is made to resolve to our address becomes "same
 *   origin" with us, but its requests still carry its own name in `Host`. We answer only to
 *   the names we are reached by: the bound address, loopback names when bound to loopback,
 *   the public URL's host and any host configured in `PRECURSOR_ALLOWED_HOSTS`.
 * - **Cross-site writes** (CSRF): a state-changing request that a browser marks as coming from
 *   another site (`Sec-Fetch-Site`), or whose `Origin` is not ours, is refused — multipart
 *   uploads and bodiless POSTs included. Scripts (curl, the CLI) send neither header and keep
 *   working; the accounts' per-session token is a second, separate defence.
 */
export interface SiteOptions {
  /** Host names (lower case, IPv6 in brackets) or `host:port` entries the server answers to. */
  hosts: string[];
  /** Origins other than the request's own that may write, e.g. the public URL's (`https://precursor.example.org`). */
  origins: string[];
}

const loopbackNames = ['localhost', '127.0.0.1', '[::1]'];

/** A server on a loopback address: what `app.inject` (Host `localhost:80`) and the default `npm start` use. */
export const loopbackSite: SiteOptions = { hosts: loopbackNames, origins: [] };

/** The allow-list for a configuration: its bind address, the public URL and the configured hosts. */
export function siteOf(config: Pick<Config, 'host' | 'publicUrl' | 'allowedHosts'>): SiteOptions {
  const hosts = new Set(loopbackNames);
  const bound = config.host.toLowerCase();
  if (bound === '0.0.0.0' || bound === '::' || bound === '[::]') {
    // Bound to every interface: reached by any of the machine's own addresses or its name.
    for (const addresses of Object.values(networkInterfaces())) {
      for (const a of addresses ?? []) hosts.add(a.family === 'IPv6' ? `[${a.address.split('%')[0]}]` : a.address);
    }
    hosts.add(hostname().toLowerCase());
  } else {
    hosts.add(bound.includes(':') && !bound.startsWith('[') ? `[${bound}]` : bound);
  }
  if (config.publicUrl) hosts.add(config.publicUrl.hostname.toLowerCase());
  for (const h of config.allowedHosts) hosts.add(h);
  return { hosts: [...hosts], origins: config.publicUrl ? [config.publicUrl.origin] : [] };
}

const writes = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** Registers both checks as the first request hook, before anyone is authenticated or any body read. */
export function registerGuards(app: App, site: SiteOptions) {
  const hosts = new Set(site.hosts.map((h) => h.toLowerCase()));
  const origins = new Set(site.origins);
  app.addHook('onRequest', async (request, reply) => {
    const host = String(request.headers.host ?? '').toLowerCase();
    if (!hostAllowed(host, hosts)) return refuseHost(request, reply);
    if (writes.has(request.method)) checkWriteOrigin(request, host, origins);
  });
}

function hostAllowed(host: string, hosts: Set<string>): boolean {
  if (!host) return false;
  if (hosts.has(host)) return true;
  let url: URL;
  try {
    url = new URL(`http://${host}`);
  } catch {
    return false;
  }
  // `http://a@b` or `a/b` would parse to some other host: the header must be exactly host[:port].
  if (url.host !== host && `${url.hostname}:80` !== host) return false;
  return hosts.has(url.hostname);
}

function refuseHost(request: FastifyRequest, reply: FastifyReply) {
  return sendProblem(reply, {
    type: 'urn:precursor:problem:misdirected',
    title: 'Misdirected request',
    status: 421,
    detail: 'this server does not answer to the host name in the request; set PRECURSOR_PUBLIC_URL or PRECURSOR_ALLOWED_HOSTS to serve it',
    instance: request.url.split('?')[0] ?? '',
    errors: [{ field: 'host', code: 'invalid', message: 'not a host name this server answers to', in: 'header', pointer: '#' }],
  });
}

function checkWriteOrigin(request: FastifyRequest, host: string, origins: Set<string>) {
  const fetchSite = request.headers['sec-fetch-site'];
  const origin = request.headers.origin;
  if (fetchSite === 'cross-site') throw crossSite('sec-fetch-site');
  if (origin !== undefined) {
    if (!originAllowed(String(origin), host, origins)) throw crossSite('origin');
    return;
  }
  // Another site under the same registrable domain, and no Origin to tell which: refuse.
  if (fetchSite === 'same-site') throw crossSite('sec-fetch-site');
}

function originAllowed(origin: string, host: string, origins: Set<string>): boolean {
  if (origins.has(origin)) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false; // `null` (a sandboxed frame, a file) or garbage
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  const defaultPort = url.protocol === 'https:' ? '443' : '80';
  const requestHost = host.endsWith(`:${defaultPort}`) ? host.slice(0, -defaultPort.length - 1) : host;
  return url.host === requestHost;
}

const crossSite = (header: 'origin' | 'sec-fetch-site') =>
  new DomainError('forbidden', 'a write from another site is refused: send it from the Precursor web app, or from a script without an Origin header', [
    { field: header, code: 'invalid', message: 'the request comes from another site', in: 'header' },
  ]);
