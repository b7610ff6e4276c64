import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { del, expectProblem, expectStatus, get, post, put, seed, walk, openTestApi, type TestApi } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * Searching, filtering, sorting, paging and counting incidents over HTTP, on a small data
 * set whose every answer is known. This file's database holds only this data set.
 */
describe.each(engines)('incident list and stats on %s', (engine) => {
  let t: TestApi;
  let A: string; // Aru, ethnicity
  let B: string; // Bel, religion
  let C: string; // Cor, language
  let perpetrator: string;
  /** Incident ids by key. */
  const id: Record<string, string> = {};

  const ids = (res: { body: { items: { id: string }[] } }) => res.body.items.map((i) => i.id);
  const keysOf = (incidentIds: string[]) => incidentIds.map((x) => Object.keys(id).find((k) => id[k] === x) ?? x).sort();
  const list = async (query: string) => {
    const res = await get(t.app, `/api/incidents?limit=500${query ? `&${query}` : ''}`);
    expectStatus(res, 200);
    expect(res.body.total, query).toBe(res.body.items.length);
    return res;
  };
  /** The keys of the incidents a query finds. */
  const found = async (query: string) => keysOf(ids(await list(query)));

  beforeAll(async () => {
    t = await openTestApi(engine);
    A = (await seed.group(t.app, { name: 'Aru', basis: 'ethnicity' })).id;
    B = (await seed.group(t.app, { name: 'Bel', basis: 'religion' })).id;
    C = (await seed.group(t.app, { name: 'Cor', basis: 'language' })).id;
    perpetrator = (await seed.actor(t.app, { name: 'Market police', kind: 'state-force' })).id;

    const make = async (key: string, body: Record<string, unknown>) => {
      const res = await post(t.app, '/api/incidents', { narrative: '', ...body });
      expectStatus(res, 201);
      id[key] = res.body.id;
    };
    await make('i1', {
      title: 'Police detained Aru traders at the market',
      narrative: 'Twelve men were detained overnight without charge.',
      startDate: '2023-01-15',
      country: 'XVR',
      admin1: 'North',
      verificationStatus: 'verified',
      acts: [{ violationType: 'arbitrary-detention', groupId: A, victims: { detained: 12 }, perpetrators: [{ actorId: perpetrator }] }],
    });
    await make('i2', {
      title: 'Slurs painted on the Bel prayer house',
      narrative: 'Graffiti on the walls of the prayer house.',
      startDate: '2023-05',
      country: 'XVR',
      admin1: 'South',
      acts: [{ violationType: 'slurs-and-insults', groupId: B }],
    });
    await make('i3', {
      title: 'Aru and Bel families evicted',
      narrative: 'Fifteen families were told to leave the estate.',
      startDate: '2023-05-31',
      country: 'XVR',
      admin1: 'North',
      verificationStatus: 'verified',
      acts: [
        { violationType: 'forced-eviction', groupId: A, victims: { affected: 10 } },
        { violationType: 'forced-eviction', groupId: B, victims: { affected: 5 } },
      ],
    });
    await make('i4', {
      title: 'Detention of Bel students',
      narrative: 'The students were arrested at the gate of the university.',
      startDate: '2023-06-01',
      country: 'KEN',
      admin1: 'Nairobi',
      verificationStatus: 'under-review',
      acts: [{ violationType: 'arbitrary-detention', groupId: B, victims: { detained: 3 } }],
    });
    await make('i5', {
      title: 'Massacre in the valley',
      narrative: 'Forty villagers were killed.',
      startDate: '2022-12-31',
      country: 'KEN',
      admin1: 'Rift',
      verificationStatus: 'verified',
      acts: [{ violationType: 'massacre', groupId: A, victims: { killed: 40 } }],
    });
    await make('i6', {
      title: 'Exclusionary rhetoric by a minister',
      narrative: 'The speech called Cor speakers foreigners.',
      startDate: '2023',
      country: 'XVR',
      acts: [{ violationType: 'exclusionary-rhetoric', groupId: C }],
    });
    await make('i7', {
      title: 'Burned houses in the old quarter',
      narrative: 'Houses were set on fire.',
      startDate: '2023-03-10',
      country: 'XVR',
      admin1: 'North',
      acts: [{ violationType: 'arson', groupId: A, victims: { displaced: 30 } }],
    });
    await make('i8', {
      title: 'Threats against journalists',
      narrative: 'Reporters received threats.',
      startDate: '2024-02-10',
      country: 'KEN',
      acts: [{ violationType: 'threats-of-violence' }],
    });
    for (let n = 1; n <= 4; n++) {
      await make(`f${n}`, {
        title: `Hate speech leaflet number ${n}`,
        narrative: 'Leaflets were handed out.',
        startDate: '2023-07-01',
        country: 'XVR',
        admin1: 'South',
        acts: [{ violationType: 'hate-speech', groupId: C, victims: { affected: n } }],
        ...(n === 4 ? { pyramidLevelOverride: { level: 3, reason: 'Distributed by the municipality' } } : {}),
      });
    }
    expectStatus(await del(t.app, `/api/incidents/${id.i7}?version=1`), 200);
  });
  afterAll(async () => {
    await t?.close();
  });

  const live = ['i1', 'i2', 'i3', 'i4', 'i5', 'i6', 'i8', 'f1', 'f2', 'f3', 'f4'].sort();

  describe('filters', () => {
    it('lists live incidents by default, deleted ones on request', async () => {
      expect(await found('')).toEqual(live);
      expect(await found('deleted=only')).toEqual(['i7']);
      expect(await found('deleted=include')).toEqual([...live, 'i7'].sort());
      expectProblem(await get(t.app, '/api/incidents?deleted=maybe'), 400, ['deleted']);
    });

    it('by country and region', async () => {
      expect(await found('country=KEN')).toEqual(['i4', 'i5', 'i8']);
      expect(await found('country=KEN,XVR')).toEqual(live);
      expect(await found('country=KEN&country=XVR')).toEqual(live);
      expect(await found('country=FRA')).toEqual([]);
      expect(await found('admin1=North')).toEqual(['i1', 'i3']);
      expect(await found('admin1=North&admin1=Nairobi')).toEqual(['i1', 'i3', 'i4']);
      expect(await found('country=XVR&admin1=Nairobi')).toEqual([]);
      expectProblem(await get(t.app, '/api/incidents?country=ZZZ'), 400);
    });

    it('by targeted group, identity basis and perpetrator', async () => {
      expect(await found(`group=${A}`)).toEqual(['i1', 'i3', 'i5']);
      expect(await found(`group=${A}&group=${B}`)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
      expect(await found(`group=${A},${B}`)).toEqual(['i1', 'i2', 'i3', 'i4', 'i5']);
      expect(await found('basis=religion')).toEqual(['i2', 'i3', 'i4']);
      expect(await found('basis=language')).toEqual(['f1', 'f2', 'f3', 'f4', 'i6']);
      expect(await found(`perpetrator=${perpetrator}`)).toEqual(['i1']);
      expectProblem(await get(t.app, '/api/incidents?group=not-a-uuid'), 400);
      expectProblem(await get(t.app, '/api/incidents?basis=astrology'), 400);
    });

    it('by id: a page names several linked incidents in one request; deleted ones only on request', async () => {
      expect(await found(`id=${id.i1},${id.i4}`)).toEqual(['i1', 'i4']);
      expect(await found(`id=${id.i7}`)).toEqual([]);
      expect(await found(`id=${id.i7},${id.i2}&deleted=include`)).toEqual(['i2', 'i7']);
      expect(await found(`id=${id.i1}&country=KEN`)).toEqual([]);
      expectProblem(await get(t.app, '/api/incidents?id=not-a-uuid'), 400, ['id.0']);
    });

    it('by violation type, pyramid level and verification', async () => {
      expect(await found('type=arbitrary-detention')).toEqual(['i1', 'i4']);
      expect(await found('type=massacre,threats-of-violence')).toEqual(['i5', 'i8']);
      expect(await found('level=4')).toEqual(['i1', 'i4', 'i8']);
      // The level shown: f4's override (3) counts, not its derived level (2).
      expect(await found('level=3')).toEqual(['f4', 'i3']);
      expect(await found('level=2')).toEqual(['f1', 'f2', 'f3', 'i2']);
      expect(await found('level=3&level=4')).toEqual(['f4', 'i1', 'i3', 'i4', 'i8']);
      expect(await found('verification=verified')).toEqual(['i1', 'i3', 'i5']);
      expect(await found('verification=verified,under-review&country=KEN')).toEqual(['i4', 'i5']);
      expect(await found('country=XVR&level=4')).toEqual(['i1']);
      expectProblem(await get(t.app, '/api/incidents?type=kiling'), 400);
      expectProblem(await get(t.app, '/api/incidents?level=9'), 400);
    });

    it('by dated range overlapping the period, taking each bound at its precision', async () => {
      // from=2023 means from 2023-01-01: i5 (2022-12-31) is out, i6 (the year 2023) is in.
      expect(await found('from=2023')).toEqual(live.filter((k) => k !== 'i5'));
      // to=2023-05 means through 2023-05-31: i3 (31 May) is in, i4 (1 June) is out.
      expect(await found('to=2023-05')).toEqual(['i1', 'i2', 'i3', 'i5', 'i6']);
      expect(await found('from=2023&to=2023-05')).toEqual(['i1', 'i2', 'i3', 'i6']);
      // The counting rule (src/incidents/counting.ts): i2 (May 2023) and i6 (2023) may have
      // happened on 31 May, and i6 in June, so a period there keeps them.
      expect(await found('from=2023-05-31&to=2023-05-31')).toEqual(['i2', 'i3', 'i6']);
      expect(await found('from=2023-06&to=2023-06')).toEqual(['i4', 'i6']);
      expect(await found('to=2022')).toEqual(['i5']);
      expect(await found('from=2024-02-10')).toEqual(['i8']);
      expect(await found('from=2024-02-11')).toEqual([]);
      expectProblem(await get(t.app, '/api/incidents?from=2023-06&to=2023-05'), 400, ['to']);
      expectProblem(await get(t.app, '/api/incidents?from=2023-02-30'), 400, ['from']);
      expectProblem(await get(t.app, '/api/incidents?to=May'), 400, ['to']);
    });

    it('by full text, with English stemming', async () => {
      // 'detained' and 'detain' share a stem; 'detention' has another ('detent').
      expect(await found('q=detained')).toEqual(['i1']);
      expect(await found('q=detain')).toEqual(['i1']);
      expect(await found('q=detention')).toEqual(['i4']);
      // 'arrests' finds 'arrested'; 'killing' finds 'killed'; 'leaflet' finds 'Leaflets'.
      expect(await found('q=arrests')).toEqual(['i4']);
      expect(await found('q=killing')).toEqual(['i5']);
      expect(await found('q=leaflet')).toEqual(['f1', 'f2', 'f3', 'f4']);
      // Web search syntax: a quoted phrase, or, and -not.
      expect(await found(`q=${encodeURIComponent('"prayer house"')}`)).toEqual(['i2']);
      expect(await found(`q=${encodeURIComponent('"house prayer"')}`)).toEqual([]);
      expect(await found(`q=${encodeURIComponent('detention or massacre')}`)).toEqual(['i4', 'i5']);
      expect(await found(`q=${encodeURIComponent('Aru -evicted')}`)).toEqual(['i1']);
      // Deleted incidents are not found, unless asked for.
      expect(await found('q=burned')).toEqual([]);
      expect(await found('q=burned&deleted=include')).toEqual(['i7']);
      // Text combines with the other filters.
      expect(await found('q=leaflet&level=3')).toEqual(['f4']);
    });

    it('says what is wrong with a filter, by name', async () => {
      const p = expectProblem(await get(t.app, '/api/incidents?level=9&country=ZZZ'), 400);
      const fields = p.errors!.map((e) => e.field).join(' ');
      expect(fields).toMatch(/level/);
      expect(fields).toMatch(/country/);
      expect(p.errors!.every((e) => e.in === 'query')).toBe(true);
    });
  });

  describe('sorting and keyset pages', () => {
    const orderOf = async (query: string) => ids(await list(query));

    it('sorts by date, both ways, newest first by default', async () => {
      const desc = await list('');
      const dates = desc.body.items.map((i: { startDate: string; id: string }) => i.startDate);
      expect(keysOf([desc.body.items[0].id])).toEqual(['i8']);
      expect(keysOf([desc.body.items.at(-1).id])).toEqual(['i5']);
      // Stored as the first day of their period, compared as such.
      const firstDay = (d: string) => (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d);
      expect(dates.map(firstDay)).toEqual([...dates.map(firstDay)].sort().reverse());
      expect(await orderOf('sort=date:desc')).toEqual(ids(desc));

      const asc = await orderOf('sort=date:asc');
      expect(keysOf([asc[0]!])).toEqual(['i5']);
      expect(keysOf([asc.at(-1)!])).toEqual(['i8']);
      // Ties on the date are broken by id in the opposite direction.
      expect(asc).toEqual([...ids(desc)].reverse());
    });

    it('sorts by level, highest first, then newest', async () => {
      const res = await list('sort=level:desc');
      const levels = res.body.items.map((i: { pyramidLevel: number }) => i.pyramidLevel);
      expect(levels).toEqual([5, 4, 4, 4, 3, 3, 2, 2, 2, 2, 1]);
      expect(keysOf(ids(res).slice(0, 4))).toEqual(['i1', 'i4', 'i5', 'i8']);
      expect(keysOf([ids(res)[0]!])).toEqual(['i5']);
      // Within level 4: newest first.
      expect(ids(res).slice(1, 4)).toEqual([id.i8, id.i4, id.i1]);
    });

    it('sorts by last update, the latest edit first', async () => {
      const read = await get(t.app, `/api/incidents/${id.i2}`);
      const { id: _id, version, ...doc } = read.body;
      const edited = await put(t.app, `/api/incidents/${id.i2}`, {
        title: doc.title,
        narrative: doc.narrative,
        startDate: doc.startDate,
        country: doc.country,
        admin1: doc.admin1,
        acts: [{ violationType: 'slurs-and-insults', groupId: B }],
        version,
      });
      expectStatus(edited, 200);
      const order = await orderOf('sort=updated:desc');
      expect(order[0]).toBe(id.i2);
      expect(order).toHaveLength(live.length);
    });

    it('sorts a text search newest first, and by relevance when asked', async () => {
      // 'prayer' is in i2's title (weight A) and narrative; 'house' in i2's title only.
      const res = await list(`q=${encodeURIComponent('prayer or houses or families')}&sort=relevance`);
      expect(keysOf(ids(res))).toEqual(['i2', 'i3']);
      // i2 matches two of the words, each in its title and narrative; i3 one.
      expect(ids(res)[0]).toBe(id.i2);
      const byDefault = await list(`q=${encodeURIComponent('prayer or houses or families')}`);
      expect(ids(byDefault)).toEqual(await orderOf(`q=${encodeURIComponent('prayer or houses or families')}&sort=date:desc`));
    });

    it.each(['date:desc', 'date:asc', 'level:desc', 'updated:desc'])('walks every incident once with pages of 2 (%s)', async (sort) => {
      const whole = await list(`sort=${sort}`);
      const { items, pages } = await walk(t.app, `/api/incidents?sort=${sort}&limit=2`);
      const walked = items.map((i: { id: string }) => i.id);
      expect(new Set(walked).size).toBe(walked.length);
      expect(walked.length).toBe(pages[0]!.total);
      expect(pages.every((p) => p.total === live.length)).toBe(true);
      expect(pages).toHaveLength(Math.ceil(live.length / 2));
      expect(walked).toEqual(ids(whole));
    });

    it('walks filtered and searched results with their own total', async () => {
      const { items, pages } = await walk(t.app, `/api/incidents?country=XVR&limit=3`);
      expect(keysOf(items.map((i: { id: string }) => i.id))).toEqual(['f1', 'f2', 'f3', 'f4', 'i1', 'i2', 'i3', 'i6']);
      expect(pages[0]!.total).toBe(8);
      const searched = await walk(t.app, `/api/incidents?q=${encodeURIComponent('leaflet or detained or massacre')}&limit=1&sort=relevance`);
      expect(keysOf(searched.items.map((i: { id: string }) => i.id))).toEqual(['f1', 'f2', 'f3', 'f4', 'i1', 'i5']);
      expect(searched.pages[0]!.total).toBe(6);
      expect(searched.pages).toHaveLength(6);
      // Newest first, a full page does not count its matches: it says "at least" what it saw, and the count is asked apart.
      const byDate = await walk(t.app, `/api/incidents?q=${encodeURIComponent('leaflet or detained or massacre')}&limit=1`);
      expect(keysOf(byDate.items.map((i: { id: string }) => i.id))).toEqual(['f1', 'f2', 'f3', 'f4', 'i1', 'i5']);
      expect(byDate.pages.slice(0, -1).every((p) => (p as { totalIsLowerBound?: boolean }).totalIsLowerBound && p.total === 2)).toBe(true);
      const count = await get(t.app, `/api/incidents/count?q=${encodeURIComponent('leaflet or detained or massacre')}`);
      expect(count.body).toEqual({ total: 6, totalIsLowerBound: false });
      expect((await get(t.app, '/api/incidents/count?country=XVR')).body).toEqual({ total: 8, totalIsLowerBound: false });
    });

    it('refuses a cursor it did not make with a 400 naming cursor', async () => {
      const garbage = expectProblem(await get(t.app, '/api/incidents?cursor=%%%not-a-cursor'), 400, ['cursor']);
      expect(garbage.errors!.find((e) => e.field === 'cursor')!.in).toBe('query');
      expectProblem(await get(t.app, `/api/incidents?cursor=${Buffer.from('{"a":1}').toString('base64url')}`), 400, ['cursor']);
      // A cursor from another sort order.
      const levelPage = await get(t.app, '/api/incidents?sort=level:desc&limit=2');
      expectProblem(await get(t.app, `/api/incidents?sort=date:desc&cursor=${levelPage.body.nextCursor}`), 400, ['cursor']);
    });

    it('refuses a tampered cursor of the right shape with a 400 naming cursor, not a 500', async () => {
      const tampered = Buffer.from(JSON.stringify(['yesterday', 'not-a-uuid'])).toString('base64url');
      expectProblem(await get(t.app, `/api/incidents?cursor=${tampered}`), 400, ['cursor']);
      // A relevance cursor (rank, id) has the length of a date cursor (date, id).
      const relevance = await get(t.app, '/api/incidents?q=leaflet&limit=1&sort=relevance');
      expect(relevance.body.nextCursor).toBeTruthy();
      expectProblem(await get(t.app, `/api/incidents?sort=date:desc&cursor=${relevance.body.nextCursor}`), 400, ['cursor']);
    });
  });

  describe('stats', () => {
    type Cell = { month?: string; level?: number; group?: string | null; country?: string; incidents: number; killed: number; detained: number; affected: number };
    const stats = async (query: string) => {
      const res = await get(t.app, `/api/stats${query ? `?${query}` : ''}`);
      expectStatus(res, 200);
      return res.body as { by: string[]; cells: Cell[]; totals: Cell };
    };
    const sum = (cells: Cell[], k: keyof Cell) => cells.reduce((n, c) => n + Number(c[k] ?? 0), 0);

    it('counts by month × level × group × country by default', async () => {
      const s = await stats('');
      expect(s.by).toEqual(['month', 'level', 'group', 'country']);
      const cell = (month: string, level: number, group: string | null, country: string) =>
        s.cells.find((c) => c.month === month && c.level === level && c.group === group && c.country === country);
      expect(cell('2023-01', 4, A, 'XVR')).toMatchObject({ incidents: 1, detained: 12 });
      expect(cell('2022-12', 5, A, 'KEN')).toMatchObject({ incidents: 1, killed: 40 });
      // i3 targets Aru and Bel: one cell each.
      expect(cell('2023-05', 3, A, 'XVR')).toMatchObject({ incidents: 1 });
      expect(cell('2023-05', 3, B, 'XVR')).toMatchObject({ incidents: 1 });
      expect(cell('2023-05', 2, B, 'XVR')).toMatchObject({ incidents: 1 });
      // The four leaflets: three at level 2, one overridden to 3.
      expect(cell('2023-07', 2, C, 'XVR')).toMatchObject({ incidents: 3, affected: 6 });
      expect(cell('2023-07', 3, C, 'XVR')).toMatchObject({ incidents: 1, affected: 4 });
      // An incident with no group counts under a null group.
      expect(cell('2024-02', 4, null, 'KEN')).toMatchObject({ incidents: 1 });
      // The deleted incident is not counted.
      expect(s.cells.some((c) => c.month === '2023-03')).toBe(false);
      // Every cell has every dimension asked for.
      for (const c of s.cells) expect(Object.keys(c)).toEqual(expect.arrayContaining(['month', 'level', 'group', 'country', 'incidents', 'killed']));
    });

    it('counts an incident that targets two groups once in the totals', async () => {
      const s = await stats('');
      expect(s.totals.incidents).toBe(live.length);
      // The cells add up to one more than the totals: i3 is in two group cells.
      expect(sum(s.cells, 'incidents')).toBe(live.length + 1);
      expect(s.totals).toMatchObject({ killed: 40, detained: 15, affected: 15 + 10 });
      const byGroup = await stats('by=group');
      const of = (g: string | null) => byGroup.cells.find((c) => c.group === g)?.incidents;
      expect([of(A), of(B), of(C), of(null)]).toEqual([3, 3, 5, 1]);
    });

    it('counts by one dimension with by=level', async () => {
      const s = await stats('by=level');
      expect(s.by).toEqual(['level']);
      expect(s.cells.map((c) => [c.level, c.incidents])).toEqual([
        [1, 1],
        [2, 4],
        [3, 2],
        [4, 3],
        [5, 1],
      ]);
      for (const c of s.cells) expect(Object.keys(c)).not.toContain('group');
      expect(sum(s.cells, 'incidents')).toBe(s.totals.incidents);
      expectProblem(await get(t.app, '/api/stats?by=planet'), 400);
    });

    it('with a group filter, only that group appears in the cells', async () => {
      const s = await stats(`group=${B}`);
      expect(s.cells.length).toBeGreaterThan(0);
      expect(s.cells.every((c) => c.group === B)).toBe(true);
      // i2, i3, i4 — i3 once, under Bel only.
      expect(sum(s.cells, 'incidents')).toBe(3);
      expect(s.totals.incidents).toBe(3);
      expect(s.cells.map((c) => [c.month, c.level, c.country, c.incidents])).toEqual(
        expect.arrayContaining([
          ['2023-05', 2, 'XVR', 1],
          ['2023-05', 3, 'XVR', 1],
          ['2023-06', 4, 'KEN', 1],
        ]),
      );
    });

    it.each([
      '',
      'country=XVR',
      'country=KEN&level=4,5',
      'group=__A__',
      'group=__A__,__B__',
      'basis=religion',
      'from=2023&to=2023-05',
      'q=leaflet',
      'verification=verified',
      'type=forced-eviction,massacre',
      'deleted=include',
      'deleted=only',
      'id=__I1__,__I3__',
    ])('totals equal the list total for the same filters (%s)', async (raw) => {
      const query = raw.replace('__A__', A).replace('__B__', B).replace('__I1__', id.i1!).replace('__I3__', id.i3!);
      const listed = await list(query);
      const s = await stats(query);
      expect(s.totals.incidents).toBe(listed.body.total);
      const victims = (k: 'killed' | 'detained' | 'affected') => listed.body.items.reduce((n: number, i: { victims: Record<string, number> }) => n + i.victims[k]!, 0);
      expect(s.totals.killed).toBe(victims('killed'));
      expect(s.totals.detained).toBe(victims('detained'));
      expect(s.totals.affected).toBe(victims('affected'));
      // By single-valued dimensions, the cells add up to the totals.
      const byMonth = await stats(`${query}${query ? '&' : ''}by=month,country,level`);
      expect(sum(byMonth.cells, 'incidents')).toBe(listed.body.total);
    });

    it('answers an empty selection with zero totals, not an error', async () => {
      const s = await stats('country=FRA');
      expect(s.cells).toEqual([]);
      expect(s.totals).toMatchObject({ incidents: 0, killed: 0, injured: 0, detained: 0, disappeared: 0, displaced: 0, affected: 0 });
      expect((await list('country=FRA')).body.total).toBe(0);
    });

    it('refuses the same bad filters as the list', async () => {
      expectProblem(await get(t.app, '/api/stats?from=2023-06&to=2023-05'), 400, ['to']);
      expectProblem(await get(t.app, '/api/stats?level=0'), 400);
    });
  });
});
