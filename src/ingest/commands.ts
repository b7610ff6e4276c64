import { existsSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { z } from 'zod';
import { exitCodes, printJson, printTable, terminalSafe } from '../cli/output.js';
import { parseOptions } from '../cli/zod.js';
import { withContext } from '../cli/withContext.js';
import type { RequestContext } from '../context.js';
import { DomainError } from '../errors.js';
import type { EvidenceFiles } from '../evidence/files.js';
import { errorFileKind } from './errorFile.js';
import { type ImportRun, runImport } from './pipeline.js';
import { type ImportBatch, importFormats, type ImportProgress, type ImportWriter } from './types.js';

/** What the import commands do (their options are in ./cli.ts). */

const ImportOptions = z.object({
  format: z.enum(importFormats).optional(),
  mapping: z.string().min(1).optional(),
  sheet: z.string().min(1).optional(),
  encoding: z.enum(['utf8', 'utf16le', 'utf16be', 'windows1252']).optional(),
  delimiter: z
    .string()
    .transform((d) => (d === 'tab' || d === '\\t' ? '\t' : d))
    .pipe(z.enum([',', ';', '\t', '|']))
    .optional(),
  errorFile: z.string().min(1).optional(),
  dryRun: z.boolean().optional(),
  json: z.boolean().optional(),
});

/** How a command reaches the database and the writer; the tests give their own. */
export interface ImportDeps {
  writer?: ImportWriter;
  withContext?: <T>(work: (ctx: RequestContext, runtime?: { files: EvidenceFiles }) => Promise<T>) => Promise<T>;
}

/** The writer (src/ingest/write/index.ts), loaded when a command runs; with the runtime's evidence store for rows that bring files. */
async function loadWriter(files?: EvidenceFiles): Promise<ImportWriter> {
  return (await import('./write/index.js')).createImportWriter({ files });
}

/** `precursor import FILE`: exit 0 when every row was imported, updated or unchanged; 5 when some were rejected. */
export async function importCommand(file: string, raw: Record<string, unknown>, deps: ImportDeps = {}): Promise<ImportRun> {
  const o = parseOptions(ImportOptions, raw, { format: '--format', mapping: '--mapping', encoding: '--encoding', delimiter: '--delimiter', errorFile: '--error-file' });
  const path = resolve(file);
  if (!existsSync(path) || !statSync(path).isFile()) throw new DomainError('invalid', `no file ${file}`, [{ field: '<file>', code: 'not-found', message: `no file ${file}` }]);
  const size = statSync(path).size;
  const bar = progressBar(size, Boolean(o.json));
  const run = await (deps.withContext ?? withContext)(async (ctx, runtime) => {
    const writer = deps.writer ?? (await loadWriter(runtime?.files));
    try {
      return await runImport(ctx, { path, name: basename(path), size }, {
        format: o.format,
        mapping: o.mapping,
        sheet: o.sheet,
        encoding: o.encoding,
        delimiter: o.delimiter,
        dryRun: Boolean(o.dryRun),
        writer,
        // Beside the input unless named; a dry run writes one only when asked.
        errorFilePath: o.errorFile ? resolve(o.errorFile) : o.dryRun ? null : (format) => defaultErrorFile(path, format),
        onProgress: bar.update,
      });
    } finally {
      bar.stop();
    }
  });
  for (const note of run.notes) process.stderr.write(terminalSafe(`note: ${note}\n`));
  if (o.json) {
    const { format: _f, mapping: _m, notes: _n, rowsRead: _r, ...report } = run;
    printJson(report);
  } else printSummary(run);
  if (run.rejectedCount > 0) process.exitCode = exitCodes.rejectedRows;
  return run;
}

/** `<dir>/<name>.errors.csv` (or .ndjson for JSON inputs) beside the imported file. */
export function defaultErrorFile(path: string, format: Parameters<typeof errorFileKind>[0]): string {
  return join(dirname(path), `${basename(path, extname(path))}.errors.${errorFileKind(format)}`);
}

function printSummary(run: ImportRun) {
  const lines = [
    `${run.dryRun ? 'dry run (nothing written)' : `batch ${run.batch}`}: ${run.rowsRead.toLocaleString('en')} rows read as ${run.format}${run.mapping ? ` with the mapping '${run.mapping}'` : ''}`,
    `  imported ${run.imported}, updated ${run.updated}, unchanged ${run.unchanged}, skipped ${run.skipped}, conflicts ${run.conflicts}, rejected ${run.rejectedCount}`,
  ];
  for (const r of run.rejected.slice(0, 20)) lines.push(`  row ${r.row}${r.sheet ? ` (sheet ${r.sheet})` : ''}${r.file ? ` (${r.file})` : ''}: ${r.message} [${r.code}]`);
  if (run.rejectedCount > 20) lines.push(`  … ${run.rejectedCount - 20} more rejected`);
  if (run.errorFile) lines.push(`  rejected rows written to ${run.errorFile}: fix them and import that file again`);
  for (const c of run.unknownCodes.slice(0, 20)) lines.push(`  unknown ${c.target} '${c.value}' (${c.count}×): add it to the mapping's values and re-run`);
  process.stdout.write(terminalSafe(`${lines.join('\n')}\n`));
}

/** A progress bar on stderr (cli-progress: rows/s and an ETA from the bytes read), only on a terminal. */
function progressBar(size: number, json: boolean): { update: (p: ImportProgress) => void; stop: () => void } {
  if (!process.stderr.isTTY) return { update: () => {}, stop: () => {} };
  let bar: import('cli-progress').SingleBar | undefined;
  const start = (async () => {
    const { SingleBar, Presets } = await import('cli-progress');
    bar = new SingleBar(
      { stream: process.stderr, format: `importing [{bar}] {percentage}% | {rows} rows | {rate} rows/s | {rejected} rejected | ETA {eta_formatted}`, hideCursor: true, etaBuffer: 50, clearOnComplete: json },
      Presets.shades_classic,
    );
    bar.start(Math.max(1, size), 0, { rows: 0, rate: 0, rejected: 0 });
  })();
  return {
    update: (p) => void start.then(() => bar?.update(Math.min(size, p.bytesRead ?? 0), { rows: p.rowsRead.toLocaleString('en'), rate: p.rowsPerSecond.toLocaleString('en'), rejected: p.rejected })),
    stop: () => void start.then(() => bar?.stop()),
  };
}

const batchColumns = [
  { key: 'id', title: 'ID', max: 36 },
  { key: 'startedAt', title: 'STARTED' },
  { key: 'status', title: 'STATUS' },
  { key: 'format', title: 'FORMAT' },
  { key: 'fileName', title: 'FILE', max: 40 },
  { key: 'imported', title: 'IMPORTED' },
  { key: 'updated', title: 'UPDATED' },
  { key: 'rejected', title: 'REJECTED' },
];
const flat = (b: ImportBatch) => ({ ...b, ...b.counts });

export async function listImportsCommand(o: { json?: boolean }, deps: ImportDeps = {}) {
  const writer = deps.writer ?? (await loadWriter());
  const batches = await (deps.withContext ?? withContext)((ctx) => writer.listBatches(ctx));
  if (o.json) return printJson(batches);
  printTable(batches.map(flat), batchColumns);
}

const BatchId = z.object({ id: z.uuid() });

export async function showImportCommand(id: string, o: { json?: boolean }, deps: ImportDeps = {}) {
  parseOptions(BatchId, { id }, { id: '<id>' });
  const writer = deps.writer ?? (await loadWriter());
  const batch = await (deps.withContext ?? withContext)((ctx) => writer.getBatch(ctx, id));
  if (o.json) return printJson(batch);
  printBatch(batch);
}

export async function rollbackImportCommand(id: string, o: { json?: boolean }, deps: ImportDeps = {}) {
  parseOptions(BatchId, { id }, { id: '<id>' });
  const writer = deps.writer ?? (await loadWriter());
  const batch = await (deps.withContext ?? withContext)((ctx) => writer.rollbackBatch(ctx, id));
  if (o.json) return printJson(batch);
  process.stdout.write(terminalSafe(`batch ${batch.id} rolled back\n`));
}

function printBatch(b: ImportBatch) {
  const c = b.counts;
  process.stdout.write(
    terminalSafe(
      [
        `batch ${b.id} (${b.status})`,
        `  file ${b.fileName}, SHA-256 ${b.fileSha256}`,
        `  format ${b.format}${b.mappingName ? `, mapping ${b.mappingName}` : ''}, source system ${b.sourceSystem}`,
        `  started ${b.startedAt} by ${b.startedBy}${b.finishedAt ? `, finished ${b.finishedAt}` : ''}`,
        `  imported ${c.imported}, updated ${c.updated}, unchanged ${c.unchanged}, skipped ${c.skipped}, conflicts ${c.conflicts}, rejected ${c.rejected}`,
      ].join('\n') + '\n',
    ),
  );
}
