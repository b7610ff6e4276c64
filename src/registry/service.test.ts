import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scopeFor, type Role } from '../access/scope.js';
import { createContext, localUser } from '../context.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { mergeRegions } from '../regions/service.js';
import { registryKinds, RegistryListQuery, type RegistryKindName } from './schema.js';
import { createRecord, getRecord, listRecords, setRecordDeleted, updateRecord } from './service.js';

/** Input as the route would pass it: parsed by the kind's schema. */
const input = (kind: RegistryKindName, raw: Record<string, unknown>) => registryKinds[kind].input.parse(raw) as never;

/**
 * The registry's rules hold for every caller of the service, not only for its routes: sources
 * are read only with `sources.read` (never by the public), writes need `registry.write`, region
 * merges `regions.merge`.
 */
describe.each(engines)('the registry service through the door on %s', (engine) => {
  let t: TestDatabase;
  const as = (role: Role) => createContext(t.db, { id: `t-${role}`, name: role, scope: scopeFor(role) });
  let sourceId = '';
  let groupId = '';
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const admin = createContext(t.db, localUser);
    sourceId = (await createRecord(admin, 'sources', input('sources', { name: 'A monitor', kind: 'ngo', reliability: 'B' }))).id;
    groupId = (await createRecord(admin, 'groups', input('groups', { name: 'Teral', basis: 'ethnicity' }))).id;
    await createRecord(admin, 'places', input('places', { name: 'Lakeside', country: 'XVR', admin1: 'Est' }));
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it('gives sources only to roles that may read them', async () => {
    await expect(getRecord(as('public'), 'sources', sourceId)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(listRecords(as('public'), 'sources', RegistryListQuery.parse({}))).rejects.toMatchObject({ code: 'forbidden' });
    expect((await getRecord(as('viewer'), 'sources', sourceId)).id).toBe(sourceId);
    expect((await getRecord(as('public'), 'groups', groupId)).id).toBe(groupId);
  });

  it('lets only roles with registry.write change records, and only those with regions.merge merge regions', async () => {
    for (const role of ['analyst', 'lawyer', 'viewer', 'public'] as const) {
      await expect(createRecord(as(role), 'groups', input('groups', { name: 'X', basis: 'ethnicity' }))).rejects.toMatchObject({ code: 'forbidden' });
      await expect(updateRecord(as(role), 'groups', groupId, 1, input('groups', { name: 'X', basis: 'ethnicity' }))).rejects.toMatchObject({ code: 'forbidden' });
      await expect(setRecordDeleted(as(role), 'sources', sourceId, 1, true)).rejects.toMatchObject({ code: 'forbidden' });
      await expect(mergeRegions(as(role), { country: 'XVR', level: 'admin1', from: 'Est', into: 'East' })).rejects.toMatchObject({ code: 'forbidden' });
    }
    const merged = await mergeRegions(as('editor'), { country: 'XVR', level: 'admin1', from: 'Est', into: 'East' });
    expect(merged.from).toBe('Est');
  });
});
