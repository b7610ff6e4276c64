/**
 * Reading benchmark of the field tools' profiles: how fast a KoboToolbox or ODK export is turned
 * into records, and whether memory stays flat as the file grows.
 *
 *   npx tsx bench/fieldFormats.ts [--rows 200000] [--xlsx-rows 50000]
 *
 * Generates (under .bench/field/) a Kobo CSV export of `--rows` submissions, a Kobo XLSX export
 * of `--xlsx-rows` submissions with one repeat row each, and an ODK ZIP of `--rows` submissions
 * with one repeat row each, then reads each through its profile (no mapping, no database) in a
 * fresh process, reporting records/s and the process's peak RSS. Repeat rows are held in memory
 * until the main table is read (see src/ingest/formats/koboRepeats.ts): the XLSX and ZIP figures
 * include them. Results: bench/results/field-formats.json, with the load average.
 */
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('../', import.meta.url));
const dir = join(root, '.bench', 'field');
const { values: args } = parseArgs({
  options: {
    rows: { type: 'string', default: '200000' },
    'xlsx-rows': { type: 'string', default: '50000' },
    child: { type: 'string' },
    file: { type: 'string' },
  },
});

const header = ['start', 'incident/date', 'incident/title', 'incident/description', 'incident/location', 'incident/admin1', 'violation_type', 'other_violations/assault', 'other_violations/arson', 'targeted_group', 'perpetrator', '_id', '_uuid', '_submission_time', '_index'];
const uuid = (i: number) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
const row = (i: number) => [
  '2025-03-02T08:00:00.000+02:00',
  `2025-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`,
  `Incident number ${i}`,
  `A description of incident ${i}, long enough to look like the text a monitor writes after an interview with two witnesses.`,
  `-31.${i % 10000} -12.${i % 9999} 100 5`,
  'eastern_lakes',
  ['arson', 'assault', 'threats'][i % 3]!,
  String(i % 2),
  String((i + 1) % 2),
  'teral',
  'Youth crowd',
  String(i),
  uuid(i),
  '2025-03-04T09:12:44',
  String(i + 1),
];

async function writeLines(path: string, lines: Iterable<string>) {
  const out = createWriteStream(path);
  for (const line of lines) if (!out.write(line)) await new Promise<void>((r) => out.once('drain', () => r()));
  await new Promise<void>((r, j) => out.end((err?: Error | null) => (err ? j(err) : r())));
}

async function generate(rows: number, xlsxRows: number) {
  mkdirSync(dir, { recursive: true });
  const quote = (v: string) => `"${v.replaceAll('"', '""')}"`;
  await writeLines(join(dir, 'kobo.csv'), (function* () {
    yield `${header.map(quote).join(';')}\r\n`;
    for (let i = 0; i < rows; i++) yield `${row(i).map(quote).join(';')}\r\n`;
  })());

  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: join(dir, 'kobo.xlsx'), useSharedStrings: false, useStyles: false });
  const main = wb.addWorksheet('Incident report - Eastern Lakes ');
  main.addRow(header).commit();
  for (let i = 0; i < xlsxRows; i++) main.addRow(row(i)).commit();
  main.commit();
  const victims = wb.addWorksheet('victims');
  victims.addRow(['victims/killed', 'victims/injured', '_index', '_parent_table_name', '_parent_index', '_submission__uuid']).commit();
  for (let i = 0; i < xlsxRows; i++) victims.addRow([String(i % 3), String(i % 5), i + 1, 'Incident report - Eastern Lakes monitoring network', i + 1, uuid(i)]).commit();
  victims.commit();
  await wb.commit();

  const csvDir = join(dir, 'odk');
  mkdirSync(csvDir, { recursive: true });
  const odkHeader = ['SubmissionDate', 'incident-date', 'incident-title', 'incident-location-Latitude', 'incident-location-Longitude', 'violation_type', 'targeted_group', 'KEY'];
  await writeLines(join(csvDir, 'f.csv'), (function* () {
    yield `${odkHeader.join(',')}\n`;
    for (let i = 0; i < rows; i++) yield `2025-03-04T09:12:44.000Z,2025-03-02,Incident ${i},-31.${i % 10000},-12.${i % 9999},arson,teral,uuid:${uuid(i)}\n`;
  })());
  await writeLines(join(csvDir, 'f-victims.csv'), (function* () {
    yield 'killed,injured,PARENT_KEY,KEY\n';
    for (let i = 0; i < rows; i++) yield `${i % 3},${i % 5},uuid:${uuid(i)},uuid:${uuid(i)}/victims[1]\n`;
  })());
  execFileSync('zip', ['-q', '-j', join(dir, 'odk.zip'), join(csvDir, 'f.csv'), join(csvDir, 'f-victims.csv')]);
}

async function readOne(file: string) {
  const { koboProfile } = await import('../src/ingest/formats/kobo.js');
  const { odkProfile } = await import('../src/ingest/formats/odk.js');
  const profile = file.endsWith('.zip') ? odkProfile : koboProfile;
  const started = performance.now();
  const table = await profile.open({ path: file, name: file, size: statSync(file).size }, {});
  let records = 0;
  let children = 0;
  for await (const r of table.records) {
    records += 1;
    for (const rows of Object.values(r.children ?? {})) children += rows.length;
  }
  const seconds = (performance.now() - started) / 1000;
  process.stdout.write(JSON.stringify({ records, children, seconds: Number(seconds.toFixed(2)), recordsPerSecond: Math.round(records / seconds), peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

if (args.child === 'read') {
  await readOne(args.file!);
} else {
  const rows = Number(args.rows);
  const xlsxRows = Number(args['xlsx-rows']);
  await generate(rows, xlsxRows);
  const results: Record<string, unknown> = {};
  for (const name of ['kobo.csv', 'kobo.xlsx', 'odk.zip']) {
    const file = join(dir, name);
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(import.meta.url), '--child', 'read', '--file', file], { cwd: root, encoding: 'utf8' });
    results[name] = { bytes: statSync(file).size, ...JSON.parse(out) };
    console.log(name, results[name]);
  }
  const report = {
    measuredAt: new Date().toISOString(),
    machine: `${os.cpus().length}-core ${os.cpus()[0]?.model ?? ''}, Node ${process.versions.node}`,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(2))),
    note: 'shared machine: other sessions were running; one process per file, profiles only (no mapping, no database)',
    rows,
    xlsxRows,
    results,
  };
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  writeFileSync(join(root, 'bench', 'results', 'field-formats.json'), `${JSON.stringify(report, null, 2)}\n`);
}
