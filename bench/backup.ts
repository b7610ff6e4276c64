/**
 * Backup benchmark: how long a backup and a restore take and how much memory they hold, for a
 * database of synthetic incidents (the store benchmark's world) on the embedded engine.
 *   - backup: MB/s of archive written, peak RSS above the loaded database's;
 *   - check (the restore's first pass) and restore: s;
 *   - archive size against the data directory.
 * Results: bench/results/backup-<size>.json and a line of figures.
 *
 *   node --expose-gc --import tsx bench/backup.ts [--size 20000] [--passphrase]
 */
import { createReadStream, createWriteStream, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fullScope } from '../src/access/scope.js';
import { restoreBackup } from '../src/backup/restore.js';
import { writeBackup } from '../src/backup/write.js';
import { createContext } from '../src/context.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { Random } from '../src/demo/random.js';
import { EvidenceFiles } from '../src/evidence/files.js';
import { IncidentInput } from '../src/incidents/schema.js';
import { createIncidents } from '../src/incidents/service.js';
import { benchIncidents, makeWorldShape } from './generate.js';
import { createWorldRecords } from './world.js';

const { values: args } = parseArgs({ options: { size: { type: 'string', default: '20000' }, passphrase: { type: 'boolean', default: false } } });
const size = Number(args.size);
const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, Node ${process.version}`;
const root = mkdtempSync(join(os.tmpdir(), 'precursor-bench-backup-'));
const mb = (bytes: number) => Number((bytes / 2 ** 20).toFixed(1));
const dirSize = (dir: string) => readdirSync(dir, { withFileTypes: true, recursive: true }).reduce((n, e) => n + (e.isFile() ? statSync(join(e.parentPath, e.name)).size : 0), 0);

let peak = 0;
let heapPeak = 0;
// RSS includes the WebAssembly memory of PGlite (its page cache grows to shared_buffers as it is
// touched); the JavaScript heap is where a backup's own buffers would pile up.
const sampler = setInterval(() => {
  const m = process.memoryUsage();
  peak = Math.max(peak, m.rss);
  heapPeak = Math.max(heapPeak, m.heapUsed);
}, 20);
const instance = async (name: string) => {
  const dataDir = join(root, name);
  const db = await openPglite(join(dataDir, 'pgdata'));
  await migrate(db);
  return { config: { dataDir }, db, files: new EvidenceFiles(join(dataDir, 'evidence'), 2 ** 30) };
};

try {
  const source = await instance('source');
  const ctx = createContext(source.db, { id: 'bench', name: 'Benchmark', scope: fullScope });
  const world = makeWorldShape(new Random(7));
  await createWorldRecords(ctx, world);
  for (const batch of benchIncidents(world, 7, size, 1000)) await createIncidents(ctx, batch.map((b) => IncidentInput.parse(b)));
  await source.db.exec('checkpoint');
  const secret = args.passphrase ? { passphrase: 'a benchmark passphrase' } : undefined;
  const file = join(root, 'backup.tar.gz');
  global.gc?.();
  const baseline = process.memoryUsage().rss;
  const heapBaseline = process.memoryUsage().heapUsed;
  peak = baseline;
  heapPeak = heapBaseline;
  const t0 = performance.now();
  await writeBackup(source, createWriteStream(file), { secret });
  const backupSeconds = (performance.now() - t0) / 1000;
  const backupPeak = peak - baseline;
  const backupHeapPeak = heapPeak - heapBaseline;
  const dataBytes = dirSize(join(root, 'source', 'pgdata'));
  await source.db.close();

  const target = await instance('target');
  global.gc?.();
  const afterOpen = process.memoryUsage().rss;
  const heapAfterOpen = process.memoryUsage().heapUsed;
  peak = afterOpen;
  heapPeak = heapAfterOpen;
  const t1 = performance.now();
  await restoreBackup(target, () => createReadStream(file), { secret });
  const restoreSeconds = (performance.now() - t1) / 1000;
  const restorePeak = peak - afterOpen;
  const restoreHeapPeak = heapPeak - heapAfterOpen;
  await target.db.close();

  const archiveBytes = statSync(file).size;
  const report = {
    machine,
    loadAverage: os.loadavg().map((l) => Number(l.toFixed(1))),
    at: new Date().toISOString(),
    incidents: size,
    encrypted: Boolean(secret),
    dataDirectoryMb: mb(dataBytes),
    archiveMb: mb(archiveBytes),
    backupSeconds: Number(backupSeconds.toFixed(1)),
    backupMbPerSecond: Number((mb(archiveBytes) / backupSeconds).toFixed(1)),
    backupPeakRssAboveBaselineMb: mb(backupPeak),
    backupPeakHeapAboveBaselineMb: mb(backupHeapPeak),
    restoreSeconds: Number(restoreSeconds.toFixed(1)),
    restorePeakRssAboveBaselineMb: mb(restorePeak),
    restorePeakHeapAboveBaselineMb: mb(restoreHeapPeak),
  };
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(`bench/results/backup-${size}${secret ? '-encrypted' : ''}.json`, `${JSON.stringify(report, null, 2)}\n`);
  console.log(JSON.stringify(report, null, 2));
} finally {
  clearInterval(sampler);
  rmSync(root, { recursive: true, force: true });
}
