import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FormatSample, ImportFile, SourceRecord, SourceTable } from '../src/ingest/types.js';

/** Test helpers for the public formats' fixtures (test/fixtures/<format>/). Used only by tests. */
export function fixture(path: string): ImportFile {
  const full = fileURLToPath(new URL(`./fixtures/${path}`, import.meta.url));
  return { path: full, name: basename(full), size: statSync(full).size };
}

/** The sample detection sees: the first 64 kB, the header row as columns (what core's sampleFile gives for a CSV). */
export function fixtureSample(path: string, withColumns = true): FormatSample {
  const file = fixture(path);
  const head = readFileSync(file.path).subarray(0, 64 * 1024);
  const firstLine = head.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0]!;
  return { fileName: file.name, head, ...(withColumns ? { columns: firstLine.split(',') } : {}) };
}

export async function allRecords(table: SourceTable): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const record of table.records) out.push(record);
  return out;
}
