/**
 * Persons benchmark: what protecting identities costs.
 *
 *   npx tsx bench/persons.ts [-- --persons 2000]
 *
 * On an in-memory embedded database: recording persons (seven fields sealed, two keyed name
 * hashes, an audit entry each), reading one incident's persons with identities opened,
 * exact-match lookup by name, and both key rotations — re-wrapping the data key, and
 * re-encrypting every person under a new data key in one transaction. Medians where a step
 * repeats. Results: bench/results/persons.json, with the machine and its load.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { createContext } from '../src/context.js';
import { migrate } from '../src/db/migrate.js';
import { openPglite } from '../src/db/pglite.js';
import { IncidentInput } from '../src/incidents/schema.js';
import { createIncident } from '../src/incidents/service.js';
import { fixedKeyring, useKeyring } from '../src/persons/keys.js';
import { rotateDataKey, rotateMasterKey } from '../src/persons/rotation.js';
import { PersonInput } from '../src/persons/schema.js';
import { createPerson, findPersonsByName, listPersons } from '../src/persons/service.js';

const { values: args } = parseArgs({ options: { persons: { type: 'string', default: '2000' } } });
const count = Number(args.persons);
const perIncident = 20;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => Math.round(n * 100) / 100;
const time = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
};

const db = await openPglite(undefined);
await migrate(db);
useKeyring(db, fixedKeyring(randomBytes(32)));
const ctx = createContext(db);

const incidents: string[] = [];
const creates: number[] = [];
for (let i = 0; i < count; i++) {
  if (i % perIncident === 0) {
    incidents.push((await createIncident(ctx, IncidentInput.parse({ title: `Incident ${i}`, startDate: '2024-01-01', country: 'XVR', acts: [{ violationType: 'harassment' }] }))).id);
  }
  const input = PersonInput.parse({
    incidentId: incidents.at(-1),
    role: i % 3 ? 'victim' : 'witness',
    name: `Person ${i} Example`,
    aliases: [`P${i}`],
    contacts: [`+999 555 ${String(i).padStart(4, '0')}`],
    address: `${i} Some Street, Some Town`,
    notes: 'Met twice; prefers to be called in the evening.',
  });
  creates.push((await time(() => createPerson(ctx, input)))[1]);
}
const lists: number[] = [];
for (const id of incidents.slice(0, 50)) lists.push((await time(() => listPersons(ctx, id)))[1]);
const lookups: number[] = [];
for (let i = 0; i < 50; i++) lookups.push((await time(() => findPersonsByName(ctx, `person ${(i * 37) % count} EXAMPLE`)))[1]);
const [, rewrap] = await time(() => rotateMasterKey(ctx, { key: randomBytes(32), source: 'PRECURSOR_MASTER_KEY' }));
const [, reencrypt] = await time(() => rotateDataKey(ctx));

const result = {
  at: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), load: os.loadavg().map((n) => Math.round(n * 100) / 100) },
  engine: 'pglite (in memory)',
  persons: count,
  createMedianMs: ms(median(creates)),
  listIncidentPersonsMedianMs: { persons: perIncident, ms: ms(median(lists)) },
  lookupByNameMedianMs: ms(median(lookups)),
  rotateMasterKeyMs: ms(rewrap),
  rotateDataKeyMs: ms(reencrypt),
};
mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(new URL('./results/persons.json', import.meta.url), `${JSON.stringify(result, null, 2)}\n`);
console.log(JSON.stringify(result, null, 2));
await db.close();
