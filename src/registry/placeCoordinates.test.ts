import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, publicScope, type Scope } from '../access/scope.js';
import { createContext } from '../context.js';
import { IncidentInput } from '../incidents/schema.js';
import { createIncident } from '../incidents/service.js';
import type { Place } from './schema.js';
import { createRecord, getRecord, listRecords, updateRecord } from './service.js';

/**
 * `/api/places` tells a reader no more than the incidents it may read (issue 16 §5): a place
 * named by an incident the reader may not read, or whose place is withheld from the reader —
 * for the public, any incident not public or withholding its place — is shown with coordinates
 * rounded as the public export rounds them (2 decimals by default) and precision `near`.
 */
describe.each(engines)('exact place coordinates by reader on %s', (engine) => {
  let t: TestDatabase;
  const as = (scope: Scope, id = 'reader') => createContext(t.db, { id, name: id, scope });
  const internalEditor: Scope = { role: 'editor', clearance: 'internal', teams: [], allTeams: false };
  const places: Record<string, Place> = {};
  const place = (name: string) => createRecord(as(fullScope), 'places', { name, country: 'XVR', admin1: 'North', admin2: null, latitude: -1.23456, longitude: 30.98765, locationPrecision: 'exact' });
  const incident = (placeId: string, over: Record<string, unknown>) =>
    createIncident(as(fullScope), IncidentInput.parse({ title: 'at the well', startDate: '2024-03-02', placeId, acts: [{ violationType: 'harassment' }], ...over }));

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    for (const name of ['confidential only', 'public', 'public, place withheld', 'unused']) places[name] = await place(name);
    await incident(places['confidential only']!.id, { confidentiality: 'confidential' });
    await incident(places.public!.id, { confidentiality: 'public' });
    await incident(places['public, place withheld']!.id, { confidentiality: 'public', withhold: { place: 'internal' } });
  });
  afterAll(() => t?.dispose());

  const coordinatesOf = async (scope: Scope) => {
    const listed = (await listRecords(as(scope), 'places', { limit: 50 } as never)).items;
    const read = await Promise.all(listed.map((p) => getRecord(as(scope), 'places', p.id)));
    expect(read).toEqual(listed);
    return Object.fromEntries(listed.map((p) => [p.name, [p.latitude, p.longitude, p.locationPrecision]]));
  };
  const exact = [-1.23456, 30.98765, 'exact'];
  const rounded = [-1.23, 30.99, 'near'];

  it('the public: exact only where every incident at the place is public and does not withhold it', async () => {
    expect(await coordinatesOf(publicScope)).toEqual({ 'confidential only': rounded, public: exact, 'public, place withheld': rounded, unused: exact });
  });

  it('a restricted editor: rounded where an incident is above its clearance; a place withheld below its clearance is exact', async () => {
    expect(await coordinatesOf(internalEditor)).toEqual({ 'confidential only': rounded, public: exact, 'public, place withheld': exact, unused: exact });
  });

  it('an administrator sees every place exactly', async () => {
    expect(Object.values(await coordinatesOf(fullScope)).every((c) => JSON.stringify(c) === JSON.stringify(exact))).toBe(true);
  });

  it('an edit that sends back the rounded coordinates keeps the exact ones; new coordinates are taken', async () => {
    const shown = await getRecord(as(internalEditor), 'places', places['confidential only']!.id);
    const { id: _id, version, createdAt: _c, createdBy: _cb, updatedAt: _u, updatedBy: _ub, deletedAt: _d, ...input } = shown as Place & Record<string, unknown>;
    const saved = await updateRecord(as(internalEditor, 'editor'), 'places', shown.id, version as number, { ...input, name: 'confidential only, renamed' } as never);
    expect([saved.latitude, saved.longitude, saved.locationPrecision]).toEqual(rounded);
    const stored = await getRecord(as(fullScope), 'places', shown.id);
    expect([stored.name, stored.latitude, stored.longitude, stored.locationPrecision]).toEqual(['confidential only, renamed', ...exact]);
    await updateRecord(as(internalEditor, 'editor'), 'places', shown.id, stored.version, { ...input, latitude: -2, longitude: 31 } as never);
    expect((await getRecord(as(fullScope), 'places', shown.id)).latitude).toBe(-2);
  });
});
