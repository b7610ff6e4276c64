/**
 * Edits benchmark: what stable act ids and the three-way merge cost.
 *   - the bulk write path (imports, demo, benchmarks), which must stay fast: incidents/s;
 *   - saving an incident in place (acts updated, not deleted and re-inserted): ms per save,
 *     unchanged and with one act changed, for 3 and 50 acts;
 *   - a stale save merged three-way (base read from the audit trail): ms per save;
 *   - mergeIncident alone on 50-act documents: µs per merge.
 * In-memory PGlite, one process. Results: bench/results/edits.json and a table.
 *
 *   npx tsx bench/edits.ts [--incidents 5000] [--saves 100]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { inputOf } from '../src/incidents/document.js';
import { mergeIncident } from '../src/incidents/merge.js';
import { IncidentInput } from '../src/incidents/schema.js';
import { createIncidents, getIncident, updateIncident } from '../src/incidents/service.js';
import { createRecord } from '../src/registry/service.js';

const { values: args } = parseArgs({ options: { incidents: { type: 'string', default: '5000' }, saves: { type: 'string', default: '100' } } });
const machine = `${os.cpus()[0]?.model.trim()} × ${os.cpus().length} cores, Node ${process.version}`;
const types = ['harassment', 'arson', 'killing', 'forced-eviction', 'hate-propaganda'];

const db = await openPglite(undefined);
await migrate(db);
const ctx = createContext(db);
const groups = await Promise.all([0, 1, 2].map((i) => createRecord(ctx, 'groups', { name: `Group ${i}`, basis: 'ethnicity', aliases: [], description: '', countingUnit: 'people-in-general' } as never)));
const actor = await createRecord(ctx, 'actors', { name: 'Militia', kind: 'militia', description: '' } as never);

const incident = (n: number, acts: number): IncidentInput =>
  IncidentInput.parse({
    title: `Incident ${n}`,
    narrative: `Narrative of incident ${n}, long enough to be indexed like a real account of what happened.`,
    startDate: `2023-${String((n % 12) + 1).padStart(2, '0')}-14`,
    country: 'XVR',
    admin1: `Region ${n % 7}`,
    acts: Array.from({ length: acts }, (_, a) => ({
      violationType: types[(n + a) % types.length],
      groupId: (groups[(n + a) % groups.length] as { id: string }).id,
      victims: { affected: (n + a) % 9 },
      perpetrators: [{ actorId: (actor as { id: string }).id }],
    })),
  });

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const time = async (f: () => Promise<unknown>) => {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
};

// The bulk path, in batches of 1000 as the importer and demo loader write.
const total = Number(args.incidents);
const bulkMs = await time(async () => {
  for (let i = 0; i < total; i += 1000) await createIncidents(ctx, Array.from({ length: Math.min(1000, total - i) }, (_, k) => incident(i + k, 3)));
});

const saves = Number(args.saves);
async function saveTimes(acts: number, change: boolean): Promise<number> {
  const [created] = await createIncidents(ctx, [incident(1, acts)]);
  let current = created!;
  const ms: number[] = [];
  for (let i = 0; i < saves; i++) {
    const input = inputOf(current);
    if (change) input.acts[0]!.victims.injured = i + 1;
    ms.push(await time(async () => (current = await updateIncident(ctx, current.id, current.version, input))));
  }
  return median(ms);
}
const inPlace = {
  unchanged3: await saveTimes(3, false),
  oneActChanged3: await saveTimes(3, true),
  unchanged50: await saveTimes(50, false),
  oneActChanged50: await saveTimes(50, true),
};

// A stale save merged against its base: each round, "they" save a narrative, "I" save a status from the version before.
const [mergeTarget] = await createIncidents(ctx, [incident(2, 3)]);
const mergeMs: number[] = [];
for (let i = 0; i < saves; i++) {
  const read = await getIncident(ctx, mergeTarget!.id);
  await updateIncident(ctx, read.id, read.version, { ...inputOf(read), narrative: `Their narrative ${i}` });
  const mine = { ...inputOf(read), verificationStatus: i % 2 ? 'verified' : 'partially-verified' };
  mergeMs.push(await time(() => updateIncident(ctx, read.id, read.version, mine, { merge: true })));
}

// The pure merge on 50-act documents that differ in one count on each side.
const base = { ...incident(3, 50), acts: incident(3, 50).acts.map((a, i) => ({ ...a, id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` })) };
const theirs = structuredClone(base);
theirs.acts[10]!.victims.killed = 2;
const mine = structuredClone(base);
mine.acts[20]!.victims.injured = 3;
const rounds = 5000;
const t0 = performance.now();
for (let i = 0; i < rounds; i++) mergeIncident(base, theirs, mine);
const pureUs = ((performance.now() - t0) / rounds) * 1000;

const result = {
  machine,
  engine: 'pglite (in memory)',
  // The machine is shared: figures taken under a high load average are slower than the code.
  loadAverageAtEnd: Number(os.loadavg()[0]!.toFixed(1)),
  bulkIncidentsPerSecond: Math.round(total / (bulkMs / 1000)),
  bulkIncidents: total,
  saveInPlaceMedianMs: Object.fromEntries(Object.entries(inPlace).map(([k, v]) => [k, Number(v.toFixed(1))])),
  staleSaveMergedMedianMs: Number(median(mergeMs).toFixed(1)),
  mergeIncident50ActsMicroseconds: Number(pureUs.toFixed(1)),
};
mkdirSync('bench/results', { recursive: true });
writeFileSync('bench/results/edits.json', `${JSON.stringify(result, null, 2)}\n`);
console.table({
  'bulk create (incidents/s, 3 acts each)': result.bulkIncidentsPerSecond,
  'save unchanged, 3 acts (ms)': result.saveInPlaceMedianMs.unchanged3,
  'save one act changed, 3 acts (ms)': result.saveInPlaceMedianMs.oneActChanged3,
  'save unchanged, 50 acts (ms)': result.saveInPlaceMedianMs.unchanged50,
  'save one act changed, 50 acts (ms)': result.saveInPlaceMedianMs.oneActChanged50,
  'stale save merged (ms)': result.staleSaveMergedMedianMs,
  'mergeIncident, 50 acts (µs)': result.mergeIncident50ActsMicroseconds,
});
await db.close();
