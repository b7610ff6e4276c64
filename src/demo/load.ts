import { fullScope } from '../access/scope.js';
import { createContext } from '../context.js';
import { vacuum } from '../db/maintenance.js';
import { createIncidents } from '../incidents/service.js';
import { createRecord } from '../registry/service.js';
import { defineRegionShapes } from '../regions/service.js';
import type { Runtime } from '../runtime.js';
import { getSetting, setSetting } from '../settings/store.js';
import { generateDemo, type DemoDataSet } from './generate.js';
import { veridiaRegionShapes } from './shapes.js';
import { country } from './world.js';

const loadedKey = 'demo.loadedAt';

/** Loads the demo data set unless this database has had it before; true when it loaded now. */
export async function loadDemoOnce(runtime: Pick<Runtime, 'db'>, log: (line: string) => void = () => {}): Promise<boolean> {
  if (await getSetting(runtime.db, loadedKey)) return false;
  await loadDemo(runtime, log);
  return true;
}

/**
 * Writes the demo data set through the same services as any user (so every record is
 * validated and audited), with `demo-loader` as the actor. Incidents go in batches through
 * the bulk path; the few that link to earlier incidents go last, once their targets exist.
 */
export async function loadDemo(runtime: Pick<Runtime, 'db'>, log: (line: string) => void = () => {}, data: DemoDataSet = generateDemo()) {
  const started = Date.now();
  const ctx = createContext(runtime.db, { id: 'demo-loader', name: 'Demo data loader', scope: fullScope });
  for (const { id, key: _key, ...place } of data.places) await createRecord(ctx, 'places', place, id);
  // Boundaries, so that a point picked on the map finds its region.
  await defineRegionShapes(ctx, country, veridiaRegionShapes());
  for (const { id, key: _key, ...group } of data.groups) await createRecord(ctx, 'groups', group, id);
  for (const { id, key: _key, ...actor } of data.actors) await createRecord(ctx, 'actors', actor, id);
  for (const { id, key: _key, ...source } of data.sources) await createRecord(ctx, 'sources', source, id);
  const linked = data.incidents.filter((i) => i.links.length > 0);
  const plain = data.incidents.filter((i) => i.links.length === 0);
  for (const batch of [...chunks(plain, 500), linked]) {
    await createIncidents(
      ctx,
      batch.map(({ id: _id, ...input }) => input),
      { ids: batch.map((i) => i.id) },
    );
  }
  await setSetting(runtime.db, loadedKey, new Date().toISOString());
  await vacuum(runtime.db);
  log(`demo data: loaded ${data.incidents.length} incidents in fictional Veridia in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

