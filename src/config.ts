import { resolve } from 'node:path';

/** Everything the process reads from its environment, read in one place. */
export interface Config {
  port: number;
  host: string;
  /** Embedded database files and evidence files live here. */
  dataDir: string;
  /** A PostgreSQL server; when unset the embedded database in `dataDir` is used. */
  databaseUrl: string | undefined;
  /** Largest evidence file accepted, in bytes. */
  maxUploadBytes: number;
  /** Largest file accepted for import through the API, in bytes. */
  maxImportBytes: number;
  /**
   * The address people use to reach this server (PRECURSOR_PUBLIC_URL), e.g. behind a reverse
   * proxy that ends TLS. When it is https, session cookies are marked Secure and HSTS is sent;
   * its host is answered to and its origin may write (src/http/guards.ts).
   */
  publicUrl: URL | undefined;
  /** More host names (or `host:port`) the server answers to, beyond the bind address and the public URL. */
  allowedHosts: string[];
  /** Writes one client address may send per minute; 0 turns the limit off. */
  writesPerMinute: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  return {
    port: positiveInt(env.PORT, 8080, 'PORT'),
    host: env.HOST || '127.0.0.1',
    dataDir: resolve(env.PRECURSOR_DATA_DIR || '.precursor'),
    databaseUrl: env.DATABASE_URL || undefined,
    maxUploadBytes: positiveInt(env.PRECURSOR_MAX_UPLOAD_MB, 100, 'PRECURSOR_MAX_UPLOAD_MB') * 1024 * 1024,
    // Imports stream, so the limit is about disk, not memory: large enough for a 2 GB export.
    maxImportBytes: positiveInt(env.PRECURSOR_MAX_IMPORT_MB, 2048, 'PRECURSOR_MAX_IMPORT_MB') * 1024 * 1024,
    publicUrl: publicUrl(env.PRECURSOR_PUBLIC_URL),
    writesPerMinute: positiveInt(env.PRECURSOR_WRITES_PER_MINUTE, 600, 'PRECURSOR_WRITES_PER_MINUTE'),
    allowedHosts: (env.PRECURSOR_ALLOWED_HOSTS ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
  };
}

function positiveInt(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number, got '${value}'`);
  return n;
}

function publicUrl(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PRECURSOR_PUBLIC_URL must be a URL such as https://precursor.example.org, got '${value}'`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`PRECURSOR_PUBLIC_URL must be http or https, got '${value}'`);
  return url;
}

/** Whether a listen address is this machine only: local mode (no sign-in) is allowed there alone. */
export function isLoopback(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || /^::ffff:127(\.\d{1,3}){3}$/.test(h);
}
