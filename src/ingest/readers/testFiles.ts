import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SourceRecord, SourceTable } from '../types.js';

/** A temporary directory for a test file's inputs, removed by `cleanup`. */
export function scratchDir(): { dir: string; file: (name: string, content: string | Buffer) => { path: string; name: string; size: number }; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'precursor-ingest-'));
  return {
    dir,
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return { path, name, size: Buffer.byteLength(content) };
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** Every record of a table, read to the end. */
export async function allRecords(table: SourceTable): Promise<SourceRecord[]> {
  const out: SourceRecord[] = [];
  for await (const r of table.records) out.push(r);
  return out;
}
