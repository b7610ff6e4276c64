/**
 * What the public formats' profiles cost on the way in (issue 16: the import is held to
 * 20,000 rows/s): `npx tsx bench/publicFormats.ts --rows 200000`.
 *
 * For each format, a file of N rows is made by repeating the shipped sample's rows with new
 * ids, then read by its profile (derived columns included) and mapped by its shipped mapping
 * with applyMapping — everything the pipeline does before the writer — and, for comparison, read
 * by the profile alone and by the generic CSV reader alone. Rates are rows per CPU second of this
 * process (the machine is shared: wall time measures the neighbours; the load average is
 * recorded), with the peak RSS to show memory stays flat; written to
 * bench/results/public-formats.json.
 */
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { acledProfile } from '../src/ingest/formats/acled.js';
import { gedProfile } from '../src/ingest/formats/ged.js';
import { hxlProfile } from '../src/ingest/formats/hxl.js';
import { uwaziProfile } from '../src/ingest/formats/uwazi.js';
import { applyMapping } from '../src/ingest/mapping/apply.js';
import { readCsv } from '../src/ingest/readers/csv.js';
import { loadMapping } from '../src/ingest/mapping/load.js';
import type { FormatProfile } from '../src/ingest/types.js';

const { values: args } = parseArgs({ options: { rows: { type: 'string', default: '100000' } } });
const rows = Number(args.rows);

/** The sample's header (and HXL preamble) once, then its data rows again and again with the id column made unique. */
async function grow(sample: string, headerLines: number, idColumn: number, out: string): Promise<void> {
  const all = parse(readFileSync(new URL(`../test/fixtures/${sample}`, import.meta.url)), { relax_column_count: true }) as string[][];
  const head = all.slice(0, headerLines);
  const body = all.slice(headerLines);
  const stream = createWriteStream(out);
  stream.write(stringify(head));
  for (let i = 0; i < rows; i++) {
    const cells = [...body[i % body.length]!];
    cells[idColumn] = `${cells[idColumn]}-${i}`;
    if (!stream.write(stringify([cells]))) await new Promise<void>((r) => stream.once('drain', () => r()));
  }
  await new Promise<void>((r) => stream.end(() => r()));
}

const formats: { name: string; profile: FormatProfile; sample: string; headerLines: number; idColumn: number }[] = [
  { name: 'ged', profile: gedProfile, sample: 'ged/ged-events.csv', headerLines: 1, idColumn: 0 },
  { name: 'acled', profile: acledProfile, sample: 'acled/acled-shaped.csv', headerLines: 1, idColumn: 0 },
  { name: 'hxl', profile: hxlProfile, sample: 'hxl/incidents-preamble.csv', headerLines: 5, idColumn: 0 },
  { name: 'uwazi', profile: uwaziProfile, sample: 'uwazi/violations.csv', headerLines: 1, idColumn: 0 },
];

const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e6;
};

const dir = mkdtempSync(join(os.tmpdir(), 'precursor-bench-public-'));
const results = [];
try {
  for (const f of formats) {
    const path = join(dir, `${f.name}.csv`);
    await grow(f.sample, f.headerLines, f.idColumn, path);
    const file = { path, name: `${f.name}.csv`, size: statSync(path).size };
    const mapping = loadMapping(f.profile.defaultMapping!);
    // The file read alone (the CSV reader and the profile's derived columns), then read and mapped.
    // The same file through the generic CSV reader alone: what the profile adds on top of reading.
    const plainCpu = process.cpuUsage();
    for await (const _ of (await readCsv(file)).records);
    const plainCpuSeconds = cpuSeconds(plainCpu);
    const readCpu = process.cpuUsage();
    for await (const _ of (await f.profile.open(file, {})).records);
    const readCpuSeconds = cpuSeconds(readCpu);
    const cpu = process.cpuUsage();
    const loadBefore = os.loadavg()[0]!;
    let peak = process.memoryUsage().rss;
    const started = performance.now();
    const table = await f.profile.open(file, {});
    let n = 0;
    let incidents = 0;
    for await (const record of table.records) {
      if (applyMapping(mapping, record, table, { today: '2026-11-30' }).incident) incidents++;
      if (++n % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
    }
    const seconds = (performance.now() - started) / 1000;
    const result = {
      format: f.name,
      rows: n,
      incidents,
      megabytes: +(file.size / 1024 ** 2).toFixed(1),
      seconds: +seconds.toFixed(2),
      // CPU seconds, not wall time: on a shared machine the wall clock measures the neighbours.
      rowsPerCpuSecond: Math.round(n / cpuSeconds(cpu)),
      readRowsPerCpuSecond: Math.round(n / readCpuSeconds),
      plainCsvRowsPerCpuSecond: Math.round(n / plainCpuSeconds),
      rowsPerSecond: Math.round(n / seconds),
      peakRssMb: Math.round(peak / 1024 ** 2),
      loadAverage: { before: +loadBefore.toFixed(2), after: +os.loadavg()[0]!.toFixed(2) },
    };
    results.push(result);
    console.log(JSON.stringify(result));
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const machine = { cpus: os.cpus().length, model: os.cpus()[0]?.model, node: process.version, date: new Date().toISOString(), note: 'shared machine: see each run\'s load average' };
writeFileSync(new URL('./results/public-formats.json', import.meta.url), `${JSON.stringify({ machine, rowsPerFormat: rows, results }, null, 2)}\n`);
