import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import chain from 'stream-chain';
import { parser } from 'stream-json';
import { pick } from 'stream-json/filters/pick.js';
import { streamArray } from 'stream-json/streamers/stream-array.js';
import type { ImportFile, SourceRecord, SourceTable } from '../types.js';
import { decodedStream, detectEncoding, readHead } from './encoding.js';
import { columnsOf, flattenRecord } from './flatten.js';

type File = Pick<ImportFile, 'path' | 'name'>;

/** How many records are read ahead to list a JSON file's columns (it has no header). */
const columnSample = 50;

/**
 * A JSON file holding an array of objects, streamed element by element (stream-json):
 * memory holds one record, whatever the file's size. A record's row is its 1-based index
 * in the array. An element that is not an object is reported, not guessed at.
 */
export async function readJsonArray(file: File): Promise<SourceTable> {
  return jsonTable(file, 'array', (bytes) => {
    const pipeline = chain([createReadStream(file.path).on('data', (c) => bytes((c as Buffer).length)), parser(), streamArray()]);
    return elements(pipeline, (value, row) => objectRecord(value, row, 'the array element'));
  });
}

/**
 * A GeoJSON FeatureCollection, streamed feature by feature: each feature's properties become
 * columns, and its geometry `latitude` / `longitude` columns — a Point's coordinates, or the
 * centre of the bounding box of any other geometry (noted in `geometry/centre`). The feature's
 * own `id` becomes the column `id` unless a property already has that name.
 */
export async function readGeoJson(file: File): Promise<SourceTable> {
  return jsonTable(file, 'features', (bytes) => {
    const pipeline = chain([createReadStream(file.path).on('data', (c) => bytes((c as Buffer).length)), parser(), pick({ filter: 'features' }), streamArray()]);
    return elements(pipeline, featureRecord);
  });
}

/** Newline-delimited JSON: one object per line, read line by line; a row is the line number. */
export async function readNdjson(file: File): Promise<SourceTable> {
  const head = await readHead(file.path);
  const encoding = detectEncoding(head);
  return jsonTable(file, 'lines', (bytes) => ndjsonLines(decodedStream(file.path, encoding, bytes)), encoding.encoding === 'utf8' ? [] : [encoding.note]);
}

async function jsonTable(file: File, shape: string, open: (bytes: (n: number) => void) => AsyncGenerator<SourceRecord>, notes: string[] = []): Promise<SourceTable> {
  let bytes = 0;
  const records = open((n) => (bytes += n));
  // Read ahead to list the columns, then hand the records on, the first ones again.
  const first: SourceRecord[] = [];
  let done = false;
  try {
    while (first.length < columnSample) {
      const next = await records.next();
      if (next.done) {
        done = true;
        break;
      }
      first.push(next.value);
    }
  } catch (err) {
    first.push(parseFailure(err, first.length + 1));
    done = true;
  }
  if (first.length === 0) notes.push(`the file holds no records (${shape === 'features' ? 'no features' : shape === 'lines' ? 'no lines' : 'an empty array'})`);
  return {
    columns: columnsOf(first.filter((r) => !r.problems)),
    notes,
    bytesRead: () => bytes,
    records: (async function* () {
      try {
        yield* first;
        if (done) return;
        let row = first.at(-1)?.row ?? 0;
        try {
          for await (const r of { [Symbol.asyncIterator]: () => records }) {
            row = r.row;
            yield r;
          }
        } catch (err) {
          yield parseFailure(err, row + 1);
        }
      } finally {
        // A reader that stops early (a preview) closes the file.
        await records.return(undefined);
      }
    })(),
  };
}

/** The JSON text breaks off or is not JSON: what was read stays read, the rest is one problem. */
function parseFailure(err: unknown, row: number): SourceRecord {
  return { row, fields: {}, problems: [{ row, code: 'malformed-row', message: `the JSON cannot be read from element ${row} on: ${(err as Error).message}` }] };
}

async function* elements(pipeline: AsyncIterable<unknown> & { destroy(): void }, toRecord: (value: unknown, row: number) => SourceRecord): AsyncGenerator<SourceRecord> {
  try {
    for await (const item of pipeline) {
      const { key, value } = item as { key: number; value: unknown };
      yield toRecord(value, key + 1);
    }
  } finally {
    pipeline.destroy();
  }
}

function objectRecord(value: unknown, row: number, what: string): SourceRecord {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { row, fields: {}, problems: [{ row, code: 'malformed-row', message: `${what} ${row} is ${Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`}, not an object` }] };
  }
  return { row, fields: flattenRecord(value as Record<string, unknown>) };
}

function featureRecord(value: unknown, row: number): SourceRecord {
  const feature = value as { type?: unknown; properties?: unknown; geometry?: unknown; id?: unknown } | null;
  if (!feature || typeof feature !== 'object' || feature.type !== 'Feature') {
    return { row, fields: {}, problems: [{ row, code: 'malformed-row', message: `feature ${row} is not a GeoJSON Feature` }] };
  }
  const fields = feature.properties && typeof feature.properties === 'object' ? flattenRecord(feature.properties as Record<string, unknown>) : {};
  const put = (name: string, v: unknown) => (fields[name in fields ? `geometry/${name}` : name] = v);
  if (feature.id !== undefined && !('id' in fields)) fields.id = feature.id;
  const point = geometryPoint(feature.geometry);
  put('latitude', point?.latitude ?? null);
  put('longitude', point?.longitude ?? null);
  if (point && !point.exact) fields['geometry/centre'] = `centre of the bounding box of a ${point.type}`;
  return { row, fields };
}

/** A Point's coordinates, or the centre of any other geometry's bounding box. */
export function geometryPoint(geometry: unknown): { latitude: number; longitude: number; exact: boolean; type: string } | null {
  const g = geometry as { type?: string; coordinates?: unknown; geometries?: unknown[] } | null;
  if (!g || typeof g !== 'object' || typeof g.type !== 'string') return null;
  if (g.type === 'Point' && Array.isArray(g.coordinates) && typeof g.coordinates[0] === 'number' && typeof g.coordinates[1] === 'number') {
    return { longitude: g.coordinates[0], latitude: g.coordinates[1], exact: true, type: 'Point' };
  }
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  const visit = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number' && typeof c[1] === 'number') {
      box.minX = Math.min(box.minX, c[0]);
      box.maxX = Math.max(box.maxX, c[0]);
      box.minY = Math.min(box.minY, c[1]);
      box.maxY = Math.max(box.maxY, c[1]);
    } else c.forEach(visit);
  };
  if (g.type === 'GeometryCollection') for (const part of g.geometries ?? []) visit((part as { coordinates?: unknown })?.coordinates);
  else visit(g.coordinates);
  if (!Number.isFinite(box.minX)) return null;
  return { longitude: (box.minX + box.maxX) / 2, latitude: (box.minY + box.maxY) / 2, exact: false, type: g.type };
}

async function* ndjsonLines(text: NodeJS.ReadableStream): AsyncGenerator<SourceRecord> {
  const lines = createInterface({ input: text as NodeJS.ReadableStream, crlfDelay: Infinity });
  let row = 0;
  try {
    yield* ndjsonRecords(lines, () => ++row);
  } finally {
    lines.close();
    (text as NodeJS.ReadableStream & { destroy?: () => void }).destroy?.();
  }
}

async function* ndjsonRecords(lines: AsyncIterable<string>, next: () => number): AsyncGenerator<SourceRecord> {
  for await (const line of lines) {
    const row = next();
    const trimmed = line.replace(/^\uFEFF/, '').trim();
    if (trimmed === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(trimmed);
    } catch (err) {
      yield { row, fields: { '(line)': line }, problems: [{ row, code: 'malformed-row', message: `line ${row} is not JSON: ${(err as Error).message}` }] };
      continue;
    }
    yield objectRecord(value, row, 'line');
  }
}
