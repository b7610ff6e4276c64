import { readConfig } from '../src/config.js';
import { createContext } from '../src/context.js';
import { openDatabase } from '../src/db/open.js';
import type { RowOutcome } from '../src/ingest/types.js';
import { importWriter } from '../src/ingest/write/index.js';
import { reportOf, row } from './importRows.js';

/**
 * An import run in its own process, for the kill -9 test (src/ingest/write/crash.test.ts):
 * `tsx test/importChild.ts ROWS CHUNK` imports ROWS generated rows of one file in calls of
 * CHUNK, printing `wrote N` after each committed call and `done {counts}` at the end.
 */
const [rows, chunk] = process.argv.slice(2).map(Number) as [number, number];
const db = await openDatabase(readConfig(process.env));
const ctx = createContext(db);
const all = Array.from({ length: rows }, (_, i) => row(i));
const batch = await importWriter.beginBatch(ctx, { sourceSystem: 'crash', fileName: 'crash.csv', fileSha256: 'd'.repeat(64), format: 'csv', mappingName: 'crash', mapping: null });
process.stdout.write(`batch ${batch.id}\n`);
const outcomes: RowOutcome[] = [];
for (let i = 0; i < all.length; i += chunk) {
  outcomes.push(...(await importWriter.writeIncidents(ctx, batch, all.slice(i, i + chunk))));
  process.stdout.write(`wrote ${outcomes.length}\n`);
}
const finished = await importWriter.finishBatch(ctx, batch, reportOf(batch, outcomes), 'finished');
process.stdout.write(`done ${JSON.stringify(finished.counts)}\n`);
await db.close();
