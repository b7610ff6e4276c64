import { Readable } from 'node:stream';
import { requirePermission } from '../../access/permissions.js';
import type { RequestContext } from '../../context.js';
import type { IncidentFilterQuery } from '../../incidents/schema.js';
import { packageVersion } from '../../version.js';
import { csvChunks } from './csv.js';
import { esfChunks } from './esf.js';
import { exportHeader, geojsonChunks, jsonChunks, ndjsonChunks } from './json.js';
import { publicOptionsFrom } from './public.js';
import { exchangePages, type ExportScope } from './read.js';
import { xlsxStream } from './xlsx.js';

/**
 * Exports (issue 16 §5): every incident the caller may read that matches the list's filters,
 * streamed in one of the formats partners use — no row cap, memory flat (one page of
 * incidents at a time). `precursor export` and `GET /api/exports` both call `exportStream`.
 */
export const exportFormats = ['csv', 'xlsx', 'geojson', 'hxl', 'json', 'ndjson', 'esf'] as const;
export type ExportFormat = (typeof exportFormats)[number];

export const exportMedia: Record<ExportFormat, { contentType: string; extension: string }> = {
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
  hxl: { contentType: 'text/csv; charset=utf-8', extension: 'hxl.csv' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extension: 'xlsx' },
  geojson: { contentType: 'application/geo+json', extension: 'geojson' },
  json: { contentType: 'application/json', extension: 'json' },
  ndjson: { contentType: 'application/x-ndjson', extension: 'ndjson' },
  esf: { contentType: 'application/json', extension: 'esf.json' },
};

/** The file name an export is offered under: `precursor-incidents-2026-11-30[-public].csv`. */
export const exportFileName = (format: ExportFormat, isPublic: boolean, now = new Date()) =>
  `precursor-incidents-${now.toISOString().slice(0, 10)}${isPublic ? '-public' : ''}.${exportMedia[format].extension}`;

/**
 * The export as a byte stream. The permission is checked at once (a refusal is an error before
 * a byte is sent); the incidents are read page by page as the stream is consumed.
 */
export function exportStream(ctx: RequestContext, format: ExportFormat, q: IncidentFilterQuery, scope: ExportScope): Readable {
  requirePermission(ctx.actor.scope, 'exports.read');
  const bytes = (chunks: AsyncIterable<string>) => Readable.from(chunks, { objectMode: false });
  // Read before the first byte: a bad PRECURSOR_PUBLIC_COORDINATE_DECIMALS is an error, not a cut download.
  const pages = exchangePages(ctx, q, { ...scope, publicOptions: scope.publicOptions ?? publicOptionsFrom() });
  const header = exportHeader(`Precursor ${packageVersion}`, scope.public || ctx.actor.scope.role === 'public');
  switch (format) {
    case 'csv':
      return bytes(csvChunks(pages, { hxl: false }));
    case 'hxl':
      return bytes(csvChunks(pages, { hxl: true }));
    case 'json':
      return bytes(jsonChunks(pages, header));
    case 'ndjson':
      return bytes(ndjsonChunks(pages));
    case 'geojson':
      return bytes(geojsonChunks(pages, header));
    case 'esf':
      return bytes(esfChunks(pages, header));
    case 'xlsx':
      return xlsxStream(pages);
  }
}
