import { fullScope } from '../access/scope.js';
import { createContext } from '../context.js';
import { joinTransaction } from '../db/database.js';
import { vacuum } from '../db/maintenance.js';
import { createIncidents } from '../incidents/service.js';
import { createRecord } from '../registry/service.js';
import { defineRegionShapes } from '../regions/service.js';
import type { Runtime } from '../runtime.js';
import { getSetting, setSetting } from '../settings/store.js';
import { warningScanActor } from '../warning/schedule.js';
import { scanAlerts } from '../warning/service.js';
import { loadDemoCase } from './case.js';
import { generateDemo, type DemoDataSet } from './generate.js';
import { veridiaRegionShapes } from './shapes.js';
import { country } from './world.js';

const loadedKey = 'demo.loadedAt';

/** Loads the demo data set unless this database has had it before; true when it loaded now. */
export async function loadDemoOnce(runtime: Pick<Runtime, 'db'>, log: (line: string) => void = () => {}): Promise<boolean> {
  if (await getSetting(runtime.db, loadedKey)) return false;
  return loadDemo(runtime, log, generateDemo(), { once: true });
}

/**
 * Writes the demo data set through the same services as any user (so every record is
 * validated and audited), with `demo-loader` as the actor. Incidents go in batches through
 * the bulk path; the few that link to earlier incidents go last, once their targets exist.
 *
 * All of it is ONE transaction, with the mark that the demo was loaded: a crash half-way
 * (kill -9, power cut) leaves no demo rows behind, so the next start simply loads it again
 * (it used to leave the places and fail every later start on their primary key). With
 * `once`, the mark is checked again inside the transaction (under a lock on a server), so two
 * processes starting at once load it once. Returns whether it loaded.
 */
export async function loadDemo(
  runtime: Pick<Runtime, 'db'>,
  log: (line: string) => void = () => {},
  data: DemoDataSet = generateDemo(),
  options: { once?: boolean } = {},
): Promise<boolean> {
  const started = Date.now();
  const loaded = await runtime.db.transaction(async (tx) => {
    if (runtime.db.engine === 'postgres') await tx.query('select pg_advisory_xact_lock(4242002)');
    const db = joinTransaction(runtime.db, tx);
    if (options.once && (await getSetting(db, loadedKey))) return false;
    const ctx = createContext(db, { id: 'demo-loader', name: 'Demo data loader', scope: fullScope });
    for (const { id, key: _key, ...place } of data.places) await createRecord(ctx, 'places', place, id);
    // Boundaries, so that a point picked on the map finds its region.
    await defineRegionShapes(ctx, country, veridiaRegionShapes());
    for (const { id, key: _key, ...group } of data.groups) await createRecord(ctx, 'groups', group, id);
    for (const { id, key: _key, ...actor } of data.actors) await createRecord(ctx, 'actors', actor, id);
    for (const { id, key: _key, ...source } of data.sources) await createRecord(ctx, 'sources', source, id);
    const linked = data.incidents.filter((i) => i.links.length > 0);
    const plain = data.incidents.filter((i) => i.links.length === 0);
    let done = 0;
    for (const batch of [...chunks(plain, 500), linked]) {
      await createIncidents(
        ctx,
        batch.map(({ id: _id, ...input }) => input),
        { ids: batch.map((i) => i.id) },
      );
      done += batch.length;
      log(`demo data: ${done} of ${data.incidents.length} incidents written (committed together at the end)`);
    }
    // The case file a caseworker would build from these incidents (issue 18), so the cases pages show one.
    if (await loadDemoCase(ctx, data)) log('demo data: the demo case file written');
    await setSetting(db, loadedKey, new Date().toISOString());
    return true;
  });
  if (!loaded) return false;
  await vacuum(runtime.db);
  // The demo's history raises the alerts each of its months would have raised (the writes were
  // one transaction on a joined database, which the debounced scans do not watch).
  const scan = await scanAlerts(createContext(runtime.db, warningScanActor), { countries: [country] });
  log(`demo data: ${scan.raised} early-warning alerts raised over the demo's history`);
  log(`demo data: loaded ${data.incidents.length} incidents in fictional Veridia in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

