import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fullScope, type Scope } from '../access/scope.js';
import { createContext } from '../context.js';
import { getIncident } from '../incidents/read.js';
import { createIncidents, updateIncident } from '../incidents/service.js';
import { inputOf } from '../incidents/document.js';
import { ActorInput, GroupInput, PlaceInput, SourceInput } from '../registry/schema.js';
import { createRecord } from '../registry/service.js';
import { dismissCandidate, listCandidates, mergeCandidate, scanDuplicates, undoMerge } from './service.js';

/**
 * Duplicates through the service, on both engines: a scan proposes the pair that is one event
 * and not its neighbours; a reader sees only pairs of which it may read both incidents; a
 * dismissal sticks; a merge keeps every act (with its id), source and piece of evidence and
 * is undone exactly.
 */
describe.each(engines)('duplicates on %s', (engine) => {
  let t: TestDatabase;
  const ctx = (scope: Scope = fullScope) => createContext(t.db, { id: 'reviewer', name: 'Reviewer', scope });
  const restricted: Scope = { role: 'analyst', clearance: 'internal', teams: [], allTeams: false };
  const victims = (killed: number) => ({ killed, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 });
  let ids: { place: string; group: string; source1: string; source2: string; actor: string };

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    const schemas = { places: PlaceInput, groups: GroupInput, sources: SourceInput, actors: ActorInput };
    const make = async (kind: keyof typeof schemas, body: Record<string, unknown>) => (await createRecord(ctx(), kind, schemas[kind].parse(body) as never)).id;
    ids = {
      place: await make('places', { name: 'Morvel', country: 'XVR', admin1: 'Eastern Lakes', latitude: 1.5, longitude: 30.2 }),
      group: await make('groups', { name: 'Teral', basis: 'ethnicity' }),
      source1: await make('sources', { name: 'Lakes Watch', reliability: 'B' }),
      source2: await make('sources', { name: 'Veridia Monitor', reliability: 'C' }),
      actor: await make('actors', { name: 'Lake Brigade', kind: 'militia' }),
    };
  });
  afterAll(() => t?.dispose());

  const incident = (over: Record<string, unknown>) => ({
    title: 'Night raid on Morvel',
    narrative: 'Gunmen of the Lake Brigade attacked Morvel at night and killed twelve Teral villagers, among them Ashkel Varen.',
    startDate: '2024-03-14',
    dateEstimated: false,
    placeId: ids.place,
    acts: [{ violationType: 'killing', groupId: ids.group, victims: victims(12), perpetrators: [{ actorId: ids.actor, involvement: 'carried-out' }] }],
    sources: [{ sourceId: ids.source1, connection: 'third-party', materialType: 'testimony', credibility: 2, note: '' }],
    evidenceIds: [],
    links: [],
    verificationStatus: 'not-yet-verified',
    confidentiality: 'internal',
    monitoringStatus: 'open',
    ...over,
  });

  async function threeIncidents(secondConfidentiality = 'internal') {
    return createIncidents(ctx(), [
      incident({}),
      incident({
        title: 'Twelve killed in Morvel',
        narrative: 'Veridia Monitor reports twelve Teral killed in Morvel in a night attack; Ashkel Varen was among the dead. Houses were burned.',
        startDate: '2024-03-15',
        confidentiality: secondConfidentiality,
        acts: [
          { violationType: 'killing', groupId: ids.group, victims: victims(11), perpetrators: [] },
          { violationType: 'arson', groupId: ids.group, victims: victims(0), perpetrators: [] },
        ],
        sources: [{ sourceId: ids.source2, connection: 'third-party', materialType: 'media-report', credibility: 3, note: '' }],
      }),
      incident({ title: 'Teachers detained at a checkpoint', narrative: 'Soldiers detained three teachers at the Dunsel checkpoint.', startDate: '2024-03-25', acts: [{ violationType: 'arbitrary-detention', groupId: ids.group, victims: victims(0), perpetrators: [] }] }),
    ] as never);
  }

  it('proposes the two reports of one event, and not the other event of the same campaign', async () => {
    const [x, y, z] = await threeIncidents();
    const summary = await scanDuplicates(ctx(), { countries: ['XVR'] });
    expect(summary.incidents).toBeGreaterThanOrEqual(3);
    const { items } = await listCandidates(ctx(), {});
    const pairs = items.map((p) => [p.a.id, p.b.id].sort().join());
    expect(pairs).toContain([x!.id, y!.id].sort().join());
    expect(pairs.some((p) => p.includes(z!.id))).toBe(false);
    const pair = items.find((p) => [p.a.id, p.b.id].includes(x!.id))!;
    expect(pair.score).toBeGreaterThanOrEqual(0.5);
    expect(pair.features.place).toBeCloseTo(1);
  });

  it('scans every country in turn (reading the next while scoring this one), each pair within its country', async () => {
    const kenya = (await createRecord(ctx(), 'places', PlaceInput.parse({ name: 'Kisumu', country: 'KEN', admin1: 'Kisumu', latitude: -0.09, longitude: 34.77 }) as never)).id;
    const [x, y] = await threeIncidents();
    const [k1, k2] = await createIncidents(ctx(), [incident({ placeId: kenya }), incident({ placeId: kenya, startDate: '2024-03-15', title: 'Twelve killed in Kisumu night raid' })] as never);
    const countries: string[] = [];
    const summary = await scanDuplicates(ctx(), { onCountry: (c) => countries.push(c) });
    expect(countries).toEqual(expect.arrayContaining(['KEN', 'XVR']));
    expect(summary.countries).toBe(countries.length);
    const { items } = await listCandidates(ctx(), { limit: 200 });
    const pairs = items.map((p) => [p.a.id, p.b.id].sort().join());
    expect(pairs).toContain([x!.id, y!.id].sort().join());
    expect(pairs).toContain([k1!.id, k2!.id].sort().join());
    // The same event told alike in two countries is never one pair: blocking keeps countries apart.
    expect(pairs).not.toContain([x!.id, k1!.id].sort().join());
  });

  it('a dry run reads and scores as a scan does and stores nothing (the benchmark on a database it must not change)', async () => {
    const mwanza = (await createRecord(ctx(), 'places', PlaceInput.parse({ name: 'Mwanza', country: 'TZA', admin1: 'Mwanza', latitude: -2.52, longitude: 32.9 }) as never)).id;
    const [m1, m2] = await createIncidents(ctx(), [incident({ placeId: mwanza }), incident({ placeId: mwanza, startDate: '2024-03-15', title: 'Twelve killed in Mwanza night raid' })] as never);
    const pairOf = async () => (await listCandidates(ctx(), { limit: 200 })).items.map((p) => [p.a.id, p.b.id].sort().join());
    const dry = await scanDuplicates(ctx(), { countries: ['TZA'], dryRun: true });
    expect(dry).toMatchObject({ countries: 1, incidents: 2, stored: 0 });
    expect(dry.proposed).toBe(1);
    expect(await pairOf()).not.toContain([m1!.id, m2!.id].sort().join());
    expect(await scanDuplicates(ctx(), { countries: ['TZA'] })).toMatchObject({ proposed: 1, stored: 1 });
    expect(await pairOf()).toContain([m1!.id, m2!.id].sort().join());
  });

  it('shows a pair only to a reader who may read both incidents', async () => {
    const [x, y] = await threeIncidents('strictly-confidential');
    await scanDuplicates(ctx(), { countries: ['XVR'] });
    const all = (await listCandidates(ctx(), { limit: 200 })).items.map((p) => [p.a.id, p.b.id].sort().join());
    expect(all).toContain([x!.id, y!.id].sort().join());
    const seen = (await listCandidates(ctx(restricted), { limit: 200 })).items;
    expect(seen.some((p) => [p.a.id, p.b.id].includes(y!.id))).toBe(false);
    // A restricted scan never reads the hidden record, so it cannot propose it.
    expect((await scanDuplicates(ctx({ ...restricted, role: 'editor' }), { countries: ['XVR'] })).incidents).toBeLessThan((await scanDuplicates(ctx(), { countries: ['XVR'] })).incidents);
  });

  it('keeps a dismissed pair dismissed when a later scan finds it again', async () => {
    const [x, y] = await threeIncidents();
    await scanDuplicates(ctx(), { countries: ['XVR'] });
    await dismissCandidate(ctx(), y!.id, x!.id, 'two raids on the same night');
    await scanDuplicates(ctx(), { countries: ['XVR'] });
    const open = (await listCandidates(ctx(), { limit: 200 })).items.map((p) => [p.a.id, p.b.id].sort().join());
    expect(open).not.toContain([x!.id, y!.id].sort().join());
    const dismissed = (await listCandidates(ctx(), { status: 'dismissed', limit: 200 })).items.find((p) => [p.a.id, p.b.id].includes(x!.id))!;
    expect(dismissed.reason).toBe('two raids on the same night');
    await expect(dismissCandidate(ctx(), x!.id, y!.id, 'again')).rejects.toThrow(/already dismissed/);
  });

  it('merges: every act (with its id), source and perpetrator kept; the other deleted; undone exactly', async () => {
    const [x, y] = await threeIncidents();
    await scanDuplicates(ctx(), { countries: ['XVR'] });
    const before = { x: await getIncident(ctx(), x!.id), y: await getIncident(ctx(), y!.id) };
    const merged = await mergeCandidate(ctx(), x!.id, y!.id);
    const arson = before.y.acts.find((a) => a.violationType === 'arson')!;
    expect(merged.acts.map((a) => a.id)).toEqual([before.x.acts[0]!.id, arson.id]);
    expect(merged.acts[0]!.victims.killed).toBe(12); // the kept report's count
    expect(merged.sources.map((s) => s.sourceId).sort()).toEqual([ids.source1, ids.source2].sort());
    expect(merged.narrative).toContain('Veridia Monitor reports');
    expect((await getIncident(ctx(), y!.id)).deletedAt).not.toBeNull();
    const audit = await t.db.query<{ action: string }>(`select action from audit_entries where entity_id = $1 order by id`, [x!.id]);
    expect(audit.map((a) => a.action)).toContain('incident.merge-duplicate');

    const { kept, restored } = await undoMerge(ctx(), y!.id, x!.id);
    expect(kept.acts.map((a) => a.id)).toEqual(before.x.acts.map((a) => a.id));
    expect(restored.acts.map((a) => a.id)).toEqual(before.y.acts.map((a) => a.id));
    expect(restored.deletedAt).toBeNull();
    expect(inputOf(kept)).toEqual(inputOf(before.x));
    expect(inputOf(restored)).toEqual(inputOf(before.y));
    // The pair is open again.
    expect((await listCandidates(ctx(), { limit: 200 })).items.some((p) => [p.a.id, p.b.id].includes(y!.id))).toBe(true);
  });

  it('refuses to undo a merge once the kept incident was edited since', async () => {
    const [x, y] = await threeIncidents();
    await scanDuplicates(ctx(), { countries: ['XVR'] });
    const merged = await mergeCandidate(ctx(), x!.id, y!.id);
    await updateIncident(ctx(), x!.id, merged.version, { ...inputOf(merged), title: 'Edited after the merge' });
    await expect(undoMerge(ctx(), x!.id, y!.id)).rejects.toThrow(/edited after the merge/);
  });
});
