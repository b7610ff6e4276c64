import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditOf, del, expectProblem, expectStatus, get, post, put, rowCounts, seed, walk, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * Places, groups, actors and sources share one life cycle over HTTP: create, read, list
 * (q, kind, country, keyset pages), edit with a version, soft delete, restore — each
 * write audited.
 */
interface KindCase {
  plural: 'places' | 'groups' | 'actors' | 'sources';
  noun: string;
  /** A valid body for a record named `name`. */
  make: (name: string, variant?: number) => Record<string, unknown>;
  /** Fields a create without them gets by default. */
  defaults: Record<string, unknown>;
  /** A change for the update test. */
  change: Record<string, unknown>;
  /** The `kind` filter and how `make(…, variant)` sets it; undefined when the kind has none. */
  kindFilter?: { value: (variant: number) => string };
  countryFilter: boolean;
}

const kinds: KindCase[] = [
  {
    plural: 'places',
    noun: 'place',
    make: (name, v = 0) => ({ name, country: v % 2 ? 'KEN' : 'XVR', admin1: 'North', latitude: -1.25 + v, longitude: 36.5 }),
    defaults: { admin2: null, locationPrecision: 'exact' },
    change: { admin2: 'Riverside', locationPrecision: 'near' },
    countryFilter: true,
  },
  {
    plural: 'groups',
    noun: 'group',
    make: (name, v = 0) => ({ name, basis: v % 2 ? 'religion' : 'ethnicity', country: v % 2 ? 'KEN' : 'XVR', aliases: [`${name} alias`] }),
    defaults: { description: '', countingUnit: 'people-in-general', sizeEstimate: null },
    change: { sizeEstimate: 120000, countingUnit: 'community', aliases: ['Renamed alias'] },
    kindFilter: { value: (v) => (v % 2 ? 'religion' : 'ethnicity') },
    countryFilter: true,
  },
  {
    plural: 'actors',
    noun: 'actor',
    make: (name, v = 0) => ({ name, kind: v % 2 ? 'state-force' : 'militia', country: v % 2 ? 'KEN' : 'XVR' }),
    defaults: { description: '' },
    change: { description: 'Known since 2019' },
    kindFilter: { value: (v) => (v % 2 ? 'state-force' : 'militia') },
    countryFilter: true,
  },
  {
    plural: 'sources',
    noun: 'source',
    make: (name, v = 0) => ({ name, kind: v % 2 ? 'media' : 'ngo', url: 'https://example.org/report' }),
    defaults: { reliability: 'F', description: '' },
    change: { reliability: 'B', url: null },
    kindFilter: { value: (v) => (v % 2 ? 'media' : 'ngo') },
    countryFilter: false,
  },
];

describe.each(engines)('registry API on %s', (engine) => {
  let t: TestApi;
  beforeAll(async () => {
    t = await openTestApi(engine);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe.each(kinds)('$plural', (k) => {
    const base = `/api/${k.plural}`;
    let record: any;

    it('creates (201) with defaults, and reads it back', async () => {
      const body = k.make(`Alpha ${k.noun}`);
      const res = await post(t.app, base, body);
      expectStatus(res, 201);
      record = res.body;
      expect(record).toMatchObject({ ...body, ...k.defaults, version: 1, deletedAt: null });
      expect(record.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(Date.parse(record.createdAt)).not.toBeNaN();

      const read = await get(t.app, `${base}/${record.id}`);
      expectStatus(read, 200);
      expect(read.body).toEqual(record);

      const audit = await auditOf(t.app, k.noun, record.id);
      expect(audit.map((a) => a.action)).toEqual([`${k.noun}.create`]);
      expect(audit[0]!.before).toBeNull();
      expect(audit[0]!.after).toMatchObject({ id: record.id, name: record.name, version: 1 });
      expect(audit[0]!.actor).toBe('local');
      expect(audit[0]!.requestId).toBeTruthy();
    });

    it('lists with q, kind and country filters', async () => {
      const names = ['Filter Kappa one', 'Filter Kappa two', 'Filter Kappa three', 'Filter Lambda'];
      const made = [];
      for (const [i, name] of names.entries()) {
        const res = await post(t.app, base, k.make(name, i));
        expectStatus(res, 201);
        made.push(res.body);
      }
      const namesOf = (res: { body: { items: { name: string }[] } }) => res.body.items.map((r) => r.name);

      // q: words in the name, case-insensitively; listed by name.
      const byQ = await get(t.app, `${base}?q=${encodeURIComponent('kappa')}`);
      expectStatus(byQ, 200);
      expect(namesOf(byQ)).toEqual(['Filter Kappa one', 'Filter Kappa three', 'Filter Kappa two']);
      expect(byQ.body.nextCursor).toBeNull();
      // Wildcards in q are taken literally.
      expect(namesOf(await get(t.app, `${base}?q=${encodeURIComponent('Filter%Lambda')}`))).toEqual([]);
      expect(namesOf(await get(t.app, `${base}?q=${encodeURIComponent('_ilter Lambda')}`))).toEqual([]);

      if (k.kindFilter) {
        const wanted = k.kindFilter.value(1);
        const byKind = await get(t.app, `${base}?q=Filter&kind=${wanted}`);
        expectStatus(byKind, 200);
        expect(namesOf(byKind).sort()).toEqual(['Filter Kappa two', 'Filter Lambda'].sort());
      }
      if (k.countryFilter) {
        const byCountry = await get(t.app, `${base}?q=Filter&country=KEN`);
        expectStatus(byCountry, 200);
        expect(namesOf(byCountry).sort()).toEqual(['Filter Kappa two', 'Filter Lambda'].sort());
        expect(byCountry.body.items.every((r: { country: string }) => r.country === 'KEN')).toBe(true);
        expectProblem(await get(t.app, `${base}?country=ZZZ`), 400, ['country']);
      }
      if (k.plural === 'groups') {
        // q also finds a group by one of its aliases.
        const byAlias = await get(t.app, `${base}?q=${encodeURIComponent('lambda alias')}`);
        expect(namesOf(byAlias)).toEqual(['Filter Lambda']);
      }
    });

    it('walks every row with keyset pages, in name order, without duplicates', async () => {
      // Names chosen so that ties and case do not decide the order by accident.
      const names = ['Page 07', 'Page 03', 'Page 11', 'Page 01', 'Page 05', 'Page 09', 'Page 02'];
      const ids: string[] = [];
      for (const name of names) {
        const res = await post(t.app, base, k.make(name));
        expectStatus(res, 201);
        ids.push(res.body.id);
      }
      // Two records with the same name: the id breaks the tie.
      for (let i = 0; i < 2; i++) {
        const res = await post(t.app, base, k.make('Page 05'));
        expectStatus(res, 201);
        ids.push(res.body.id);
      }
      const { items, pages } = await walk(t.app, `${base}?q=Page&limit=2`);
      expect(pages.length).toBe(5);
      expect(pages.slice(0, -1).every((p) => p.items.length === 2 && p.nextCursor)).toBe(true);
      expect(pages.at(-1)!.nextCursor).toBeNull();
      const walked = items.map((r: { id: string }) => r.id);
      expect(new Set(walked).size).toBe(walked.length);
      expect([...walked].sort()).toEqual([...ids].sort());
      const all = await get(t.app, `${base}?q=Page&limit=500`);
      expect(walked).toEqual(all.body.items.map((r: { id: string }) => r.id));
      expect(items.map((r: { name: string }) => r.name)).toEqual([...names, 'Page 05', 'Page 05'].sort());
    });

    it('refuses a cursor it did not make with a 400 naming cursor', async () => {
      const p = expectProblem(await get(t.app, `${base}?cursor=not-a-cursor`), 400, ['cursor']);
      expect(p.errors!.find((e) => e.field === 'cursor')!.in).toBe('query');
    });

    it('refuses a tampered cursor of the right shape with a 400 naming cursor, not a 500', async () => {
      // Well-formed JSON of the right length but the wrong values: still the caller's mistake.
      const tampered = Buffer.from(JSON.stringify(['Page 01', 'not-a-uuid'])).toString('base64url');
      expectProblem(await get(t.app, `${base}?cursor=${tampered}`), 400, ['cursor']);
    });

    it('updates with the version read; the version increments and the audit keeps before and after', async () => {
      const body = { ...k.make(record.name), ...k.change };
      const res = await put(t.app, `${base}/${record.id}`, { ...body, version: 1 });
      expectStatus(res, 200);
      expect(res.body).toMatchObject({ ...k.change, id: record.id, version: 2, createdAt: record.createdAt });
      expect(Date.parse(res.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(record.updatedAt));
      expect((await get(t.app, `${base}/${record.id}`)).body).toEqual(res.body);

      const [update] = await auditOf(t.app, k.noun, record.id);
      expect(update!.action).toBe(`${k.noun}.update`);
      expect(update!.before).toMatchObject({ version: 1 });
      expect(update!.after).toMatchObject({ version: 2, ...k.change });
      record = res.body;
    });

    it('refuses a stale version with 409 and the current record, changing nothing', async () => {
      const before = await rowCounts(t.db);
      const res = await put(t.app, `${base}/${record.id}`, { ...k.make('Stale rename'), version: 1 });
      const p = expectProblem(res, 409, ['version']);
      expect(p.current).toEqual(record);
      expect((await get(t.app, `${base}/${record.id}`)).body).toEqual(record);
      expect(await rowCounts(t.db)).toEqual(before);
      // A stale delete is refused the same way.
      expectProblem(await del(t.app, `${base}/${record.id}?version=1`), 409, ['version']);
      expect(await rowCounts(t.db)).toEqual(before);
    });

    it('answers 404 for a record that does not exist', async () => {
      const id = randomUUID();
      expectProblem(await get(t.app, `${base}/${id}`), 404);
      expectProblem(await put(t.app, `${base}/${id}`, { ...k.make('Ghost'), version: 1 }), 404);
      expectProblem(await del(t.app, `${base}/${id}?version=1`), 404);
      expectProblem(await post(t.app, `${base}/${id}/restore?version=1`), 404);
    });

    it('soft-deletes and restores, each with the version and an audit entry', async () => {
      const deleted = await del(t.app, `${base}/${record.id}?version=2`);
      expectStatus(deleted, 200);
      expect(deleted.body).toMatchObject({ id: record.id, version: 3, name: record.name });
      expect(deleted.body.deletedAt).not.toBeNull();
      // Deleting it again is refused and changes nothing.
      expectProblem(await del(t.app, `${base}/${record.id}?version=3`), 400);
      // Editing it is refused with its own problem type (not a version conflict) until it is restored.
      const unchanged = await rowCounts(t.db);
      const refused = expectProblem(await put(t.app, `${base}/${record.id}`, { ...k.make('Edited while deleted'), version: 3 }), 409);
      expect(refused.type).toBe('urn:precursor:problem:deleted');
      expect(refused.title).toBe('The record is deleted');
      expect(refused.deletedAt).toBe(deleted.body.deletedAt);
      expect(await rowCounts(t.db)).toEqual(unchanged);

      // Still readable by id, gone from the default list, back with includeDeleted.
      expect((await get(t.app, `${base}/${record.id}`)).body.deletedAt).not.toBeNull();
      const q = encodeURIComponent(record.name);
      expect((await get(t.app, `${base}?q=${q}`)).body.items.map((r: { id: string }) => r.id)).not.toContain(record.id);
      expect((await get(t.app, `${base}?q=${q}&includeDeleted=true`)).body.items.map((r: { id: string }) => r.id)).toContain(record.id);

      const restored = await post(t.app, `${base}/${record.id}/restore?version=3`);
      expectStatus(restored, 200);
      expect(restored.body).toMatchObject({ id: record.id, version: 4, deletedAt: null });
      expectProblem(await post(t.app, `${base}/${record.id}/restore?version=4`), 400);
      expect((await get(t.app, `${base}?q=${q}`)).body.items.map((r: { id: string }) => r.id)).toContain(record.id);

      const audit = await auditOf(t.app, k.noun, record.id);
      expect(audit.map((a) => a.action)).toEqual([`${k.noun}.restore`, `${k.noun}.delete`, `${k.noun}.update`, `${k.noun}.create`]);
      expect(audit[1]!.before).toMatchObject({ version: 2, deletedAt: null });
      expect(audit[1]!.after.deletedAt).not.toBeNull();
      expect(audit[0]!.after).toMatchObject({ version: 4, deletedAt: null });
      // The audit can be filtered by entity alone, too.
      const all = await get(t.app, `/api/audit?entity=${k.noun}&limit=500`);
      expect(all.body.items.every((a: { entity: string }) => a.entity === k.noun)).toBe(true);
      expect(all.body.items.some((a: { entityId: string }) => a.entityId === record.id)).toBe(true);
    });

    it('refuses a missing name', async () => {
      const before = await rowCounts(t.db);
      const { name: _drop, ...body } = k.make('x');
      expectProblem(await post(t.app, base, body), 400, ['name']);
      expectProblem(await post(t.app, base, { ...body, name: '  ' }), 400, ['name']);
      expect(await rowCounts(t.db)).toEqual(before);
    });
  });

  describe('taxonomy codes and references', () => {
    it('refuses an unknown basis, actor kind, reliability or location precision', async () => {
      const before = await rowCounts(t.db);
      expectProblem(await post(t.app, '/api/groups', { name: 'G', basis: 'astrology' }), 400, ['basis']);
      expectProblem(await post(t.app, '/api/actors', { name: 'A', kind: 'wizard' }), 400, ['kind']);
      expectProblem(await post(t.app, '/api/sources', { name: 'S', reliability: 'Z' }), 400, ['reliability']);
      expectProblem(await post(t.app, '/api/sources', { name: 'S', url: 'not a url' }), 400, ['url']);
      expectProblem(await post(t.app, '/api/places', { name: 'P', country: 'XVR', locationPrecision: 'everywhere' }), 400, ['locationPrecision']);
      expectProblem(await post(t.app, '/api/groups', { name: 'G', basis: 'religion', sizeEstimate: -1 }), 400, ['sizeEstimate']);
      expect(await rowCounts(t.db)).toEqual(before);
    });

    it('refuses a latitude without a longitude on update too, keeping the place as it was', async () => {
      const place = await seed.place(t.app);
      const res = await put(t.app, `/api/places/${place.id}`, { name: place.name, country: 'XVR', latitude: 12, version: 1 });
      expectProblem(res, 400, ['longitude']);
      expect((await get(t.app, `/api/places/${place.id}`)).body).toEqual(place);
    });

    it('moves the incidents of a place when the place changes country or region', async () => {
      const place = await seed.place(t.app, { country: 'XVR', admin1: 'North' });
      const incident = await seed.incident(t.app, { country: undefined, placeId: place.id });
      expect(incident).toMatchObject({ country: 'XVR', admin1: 'North', placeId: place.id });
      const moved = await put(t.app, `/api/places/${place.id}`, { name: place.name, country: 'KEN', admin1: 'Nairobi', version: 1 });
      expectStatus(moved, 200);
      const read = await get(t.app, `/api/incidents/${incident.id}`);
      expect(read.body).toMatchObject({ country: 'KEN', admin1: 'Nairobi' });
      expect(read.body.place).toMatchObject({ id: place.id, country: 'KEN', version: 2 });
      const listed = await get(t.app, `/api/incidents?country=KEN&admin1=Nairobi`);
      expect(listed.body.items.map((i: { id: string }) => i.id)).toContain(incident.id);
    });

    it('refuses to record an incident against a deleted group', async () => {
      const group = await seed.group(t.app);
      expectStatus(await del(t.app, `/api/groups/${group.id}?version=1`), 200);
      const before = await rowCounts(t.db);
      const res = await post(t.app, '/api/incidents', {
        title: 'Against a deleted group',
        startDate: '2023-01-01',
        country: 'XVR',
        acts: [{ violationType: 'harassment', groupId: group.id }],
      });
      expectProblem(res, 400, ['acts.0.groupId']);
      expect(await rowCounts(t.db)).toEqual(before);
    });

    it('lists sources by reliability grade, and refuses a grade that does not exist', async () => {
      const tag = randomUUID().slice(0, 8);
      const [a, , c] = [await seed.source(t.app, { name: `Graded ${tag} A`, reliability: 'A' }), await seed.source(t.app, { name: `Graded ${tag} E`, reliability: 'E' }), await seed.source(t.app, { name: `Graded ${tag} A2`, reliability: 'A' })];
      const res = await get(t.app, `/api/sources?q=${encodeURIComponent(`Graded ${tag}`)}&reliability=A`);
      expectStatus(res, 200);
      expect(res.body.items.map((s: { id: string }) => s.id).sort()).toEqual([a.id, c.id].sort());
      expectProblem(await get(t.app, '/api/sources?reliability=Z'), 400, ['reliability']);
    });
  });
});
