/**
 * The importer's reading side alone (issue 16 §1): a generated CSV of N rows read, decoded,
 * parsed and mapped by the pipeline, handed to a writer that stores nothing — so the figure is
 * what the readers and the mapping engine cost, apart from the database (bench/ingest.ts
 * measures the writer). Reports rows/s and the peak RSS, sampled while it runs, to show that
 * memory stays flat as the file grows.
 *
 *   npx tsx bench/ingestRead.ts [rows=200000]
 */
import { mkdtempSync, rmSync, statSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, localUser } from '../src/context.js';
import { runImport } from '../src/ingest/pipeline.js';
import type { ImportWriter } from '../src/ingest/types.js';

const rows = Number(process.argv[2] ?? 200_000);
const dir = mkdtempSync(join(tmpdir(), 'precursor-bench-read-'));
const path = join(dir, 'incidents.csv');

async function generate() {
  const out = createWriteStream(path);
  out.write('Ref,Title,Description,Date,Approximate date,Reported on,Country,Province,Town,GPS,Type,Targeted community,Basis,Perpetrator,Killed,Injured,Displaced,Source,Material\n');
  for (let i = 0; i < rows; i++) {
    const line = `B-${i},"Shops burnt, row ${i}","A narrative of the event, with a comma and
a line break",${String(1 + (i % 28)).padStart(2, '0')}/${String(1 + (i % 12)).padStart(2, '0')}/2023,no,,XVR,Northern,Aldmoor,"-12.5, -20.1",arson;attack,Sorani,ethnic,Unknown youths,${i % 3},${i % 5},,Field team,interview\n`;
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'close');
}

const nothing: ImportWriter = {
  beginBatch: async () => ({ id: 'bench', sourceSystem: 'bench', fileName: 'x', fileSha256: '', format: 'csv', mappingName: null, startedBy: 'bench', startedAt: '', finishedAt: null, status: 'running', counts: { imported: 0, updated: 0, unchanged: 0, skipped: 0, conflicts: 0, rejected: 0 } }),
  writeIncidents: async (_c, _b, incidents) => incidents.map(() => ({ status: 'imported', incidentId: 'x' })),
  planIncidents: async (_c, _s, incidents) => incidents.map(() => ({ status: 'imported', incidentId: 'x' })),
  finishBatch: async (_c, b) => b,
  rollbackBatch: async () => { throw new Error('no'); },
  listBatches: async () => [],
  getBatch: async () => { throw new Error('no'); },
};

await generate();
const size = statSync(path).size;
let peak = process.memoryUsage().rss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const load = loadavg()[0];
const started = process.hrtime.bigint();
const report = await runImport(createContext(null as never, localUser), { path, name: 'incidents.csv', size }, { mapping: 'example-spreadsheet', writer: nothing, today: '2026-11-30' });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
clearInterval(sampler);
const result = {
  bench: 'ingest-read',
  date: new Date().toISOString(),
  machine: `${cpus().length}-core ${cpus()[0]?.model ?? ''}, Node ${process.version}`,
  loadAverageAtStart: load,
  loadAverageAtEnd: loadavg()[0],
  rows,
  fileBytes: size,
  imported: report.imported,
  rejected: report.rejectedCount,
  seconds: Math.round(seconds * 100) / 100,
  rowsPerSecond: Math.round(rows / seconds),
  peakRssMiB: Math.round(peak / 1024 ** 2),
};
console.log(JSON.stringify(result, null, 2));
writeFileSync(join('bench/results', `ingest-read-${rows}.json`), `${JSON.stringify(result, null, 2)}\n`);
rmSync(dir, { recursive: true, force: true });
