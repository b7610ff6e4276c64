import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, type Scope } from '../access/scope.js';
import { createContext } from '../context.js';
import { PlaceInput } from '../registry/schema.js';
import { createRecord } from '../registry/service.js';
import { createIncidents, getIncident, getIncidents } from './service.js';

/** Many incidents at once through the door: as `getIncident` gives each, in the order asked, hidden ones left out. */
describe.each(engines)('getIncidents on %s', (engine) => {
  let t: TestDatabase;
  const ctx = (scope: Scope = fullScope) => createContext(t.db, { id: 'lead', name: 'lead', scope });
  const analyst: Scope = { role: 'analyst', clearance: 'internal', teams: [], allTeams: false };
  const none = { killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 };
  const base = { narrative: '', dateEstimated: false, country: 'XVR', sources: [], links: [], evidenceIds: [], verificationStatus: 'not-yet-verified', monitoringStatus: 'open', acts: [{ violationType: 'assault', victims: none, perpetrators: [] }] };

  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t?.dispose());

  it('answers each readable incident as getIncident does, withheld fields removed, in the order asked', async () => {
    const place = await createRecord(ctx(), 'places', PlaceInput.parse({ name: 'Lakeport', country: 'XVR', latitude: -26.6, longitude: -13.2 }));
    const [a, secret, withheld] = await createIncidents(ctx(), [
      { ...base, title: 'a', startDate: '2024-01-02', confidentiality: 'internal', placeId: place.id },
      { ...base, title: 'secret', startDate: '2024-01-03', confidentiality: 'strictly-confidential' },
      { ...base, title: 'withheld', startDate: '2024-01-04', confidentiality: 'internal', placeId: place.id, withhold: { place: 'confidential', date: 'confidential', reporter: null } },
    ] as never);
    const ids = [withheld!.id, secret!.id, a!.id, a!.id, '00000000-0000-4000-8000-000000000000'];
    const many = await getIncidents(ctx(analyst), ids);
    expect(many.map((i) => i.title)).toEqual(['withheld', 'a']);
    expect(many).toEqual([await getIncident(ctx(analyst), withheld!.id), await getIncident(ctx(analyst), a!.id)]);
    expect(many[0]).toMatchObject({ place: null, startDate: '2024-01', withheld: ['place', 'date'] });
    expect((await getIncidents(ctx(), ids)).map((i) => i.title)).toEqual(['withheld', 'secret', 'a']);
    const viewer: Scope = { role: 'public', clearance: 'public', teams: [], allTeams: false };
    expect(await getIncidents(ctx(viewer), ids)).toEqual([]);
  });
});
