import type { ExchangeIncident } from './exchange.js';
import { exportFormatVersion } from './neutralise.js';

/**
 * JSON, NDJSON and GeoJSON: the exchange documents (exchange.ts). A JSON or GeoJSON export is
 * one document, but written with one incident (feature) per line, so a reader that knows this
 * layout — Precursor's own importer — can stream it line by line; any JSON parser reads it whole.
 */

export interface ExportHeader {
  /** The layout's version, for Precursor's importer. */
  version: string;
  generator: string;
  exportedAt: string;
  public: boolean;
}

export const exportHeader = (generator: string, isPublic: boolean, now = new Date()): ExportHeader => ({
  version: exportFormatVersion,
  generator,
  exportedAt: now.toISOString(),
  public: isPublic,
});

async function* arrayLines<T>(pages: AsyncIterable<T[]>, toJson: (item: T) => string): AsyncGenerator<string> {
  let first = true;
  for await (const page of pages) {
    if (page.length === 0) continue;
    const lines = page.map(toJson);
    yield `${first ? '' : ',\n'}${lines.join(',\n')}`;
    first = false;
  }
  if (!first) yield '\n';
}

export async function* jsonChunks(pages: AsyncIterable<ExchangeIncident[]>, header: ExportHeader): AsyncGenerator<string> {
  yield `{"precursorExport":${JSON.stringify(header)},"incidents":[\n`;
  yield* arrayLines(pages, (i) => JSON.stringify(i));
  yield ']}\n';
}

export async function* ndjsonChunks(pages: AsyncIterable<ExchangeIncident[]>): AsyncGenerator<string> {
  for await (const page of pages) if (page.length) yield page.map((i) => `${JSON.stringify(i)}\n`).join('');
}

/** A GeoJSON Feature: a point where the place has coordinates (RFC 7946: longitude first), else no geometry. */
export function toFeature(incident: ExchangeIncident) {
  const p = incident.place;
  const geometry = p && p.latitude !== null && p.longitude !== null ? { type: 'Point', coordinates: [p.longitude, p.latitude] } : null;
  return { type: 'Feature', id: incident.id, geometry, properties: incident };
}

export async function* geojsonChunks(pages: AsyncIterable<ExchangeIncident[]>, header: ExportHeader): AsyncGenerator<string> {
  yield `{"type":"FeatureCollection","precursorExport":${JSON.stringify(header)},"features":[\n`;
  yield* arrayLines(pages, (i) => JSON.stringify(toFeature(i)));
  yield ']}\n';
}
