import { createContext, type Actor } from '../context.js';
import type { Database } from '../db/database.js';
import { fullScope } from '../access/scope.js';
import type { ModuleEvents } from '../events.js';
import { scanAlerts, type ScanResult } from './service.js';
import { selectIncidentCountries } from './store.js';

/**
 * Scans that follow writes: after an import, and after a burst of edits, the countries touched
 * are re-scanned once the writes have paused for `debounceMs` — not once per incident — and
 * incrementally: only the series the writes touched, from the earliest month touched
 * (incremental.ts). Wired to
 * the module events in src/wiring.ts; runs only for a database opened for work
 * (`watchForWarningScans`: the runtime of the server and the CLI), so a test's database is not
 * scanned behind its back.
 */
export const warningScanActor: Actor = { id: 'warning-scan', name: 'Early-warning scan', scope: fullScope };

interface Watch {
  debounceMs: number;
  pending: Set<string>;
  timer: NodeJS.Timeout | null;
  running: Promise<void> | null;
  closed: boolean;
  onScan?: (result: ScanResult) => void;
  onError: (error: unknown) => void;
}

const watches = new WeakMap<Database, Watch>();

/** Starts debounced scans for this database; returns a function that runs what is pending and stops. */
export function watchForWarningScans(
  db: Database,
  options: { debounceMs?: number; onScan?: (result: ScanResult) => void; onError?: (error: unknown) => void } = {},
): () => Promise<void> {
  const watch: Watch = {
    debounceMs: options.debounceMs ?? 2000,
    pending: new Set(),
    timer: null,
    running: null,
    closed: false,
    ...(options.onScan ? { onScan: options.onScan } : {}),
    onError: options.onError ?? ((error) => process.stderr.write(`early-warning scan failed: ${error instanceof Error ? error.message : String(error)}\n`)),
  };
  watches.set(db, watch);
  return async () => {
    await flush(db, watch);
    watch.closed = true;
    watches.delete(db);
  };
}

/** `incident.changed`: notes the countries of the incidents written, inside the write's transaction. */
export async function noteIncidentsChanged(event: ModuleEvents['incident.changed']): Promise<void> {
  const watch = watches.get(event.ctx.db);
  if (!watch) return;
  schedule(event.ctx.db, watch, await selectIncidentCountries(event.tx, event.ids));
}

/** `import.finished`: notes the countries of the batch's incidents. */
export async function noteImportFinished(event: ModuleEvents['import.finished']): Promise<void> {
  const watch = watches.get(event.ctx.db);
  if (!watch) return;
  schedule(event.ctx.db, watch, await selectIncidentCountries(event.ctx.db, event.incidentIds));
}

function schedule(db: Database, watch: Watch, countries: readonly string[]): void {
  if (watch.closed || !countries.length) return;
  countries.forEach((c) => watch.pending.add(c));
  if (watch.timer) clearTimeout(watch.timer);
  watch.timer = setTimeout(() => void run(db, watch), watch.debounceMs);
  // A pending scan never keeps a process alive by itself; the runtime flushes it on close.
  watch.timer.unref();
}

async function run(db: Database, watch: Watch): Promise<void> {
  watch.timer = null;
  if (watch.running) await watch.running;
  if (!watch.pending.size || watch.closed) return;
  const countries = [...watch.pending];
  watch.pending.clear();
  watch.running = scanAlerts(createContext(db, warningScanActor), { countries, incremental: true })
    .then((result) => watch.onScan?.(result))
    .catch(watch.onError)
    .finally(() => {
      watch.running = null;
    });
  await watch.running;
}

async function flush(db: Database, watch: Watch): Promise<void> {
  if (watch.timer) clearTimeout(watch.timer);
  await run(db, watch);
}
