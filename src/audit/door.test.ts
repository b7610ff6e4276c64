import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openActorsApi, type ActorsApi, type As } from '../../test/actors.js';
import { incidentBody, multipart } from '../../test/api.js';
import { engines } from '../../test/databases.js';

/**
 * The audit trail through the door: a reader sees the entries about records it may read, and
 * nothing of the others — not their before/after, not that they changed. Incidents of every
 * level (and one of a team) are written by the administrator through the API, then the trail
 * is read as each role.
 */
describe.each(engines)('the audit trail through the door on %s', (engine) => {
  let api: ActorsApi;
  /** Incident ids by name. */
  const inc: Record<string, string> = {};
  let sourceId = '';
  let placeId = '';
  const evidence = { linkedToConfidential: '', unlinked: '', ofSecret: '' };

  const write = async (method: 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown) => {
    const res = await api.send('administrator', { method, url, body: body as never });
    expect(res.status, JSON.stringify(res.body)).toBeLessThan(300);
    return res.body;
  };
  const upload = async () => {
    const { payload, headers } = multipart([{ name: 'file', filename: 'f.bin', contentType: 'application/octet-stream', content: randomBytes(32) }]);
    const res = await api.send('administrator', { method: 'POST', url: '/api/evidence', payload, headers });
    expect(res.status).toBe(201);
    return res.body.id as string;
  };

  beforeAll(async () => {
    api = await openActorsApi(engine);
    sourceId = (await write('POST', '/api/sources', { name: 'Eastern Monitor', kind: 'ngo', reliability: 'B' })).id;
    placeId = (await write('POST', '/api/places', { name: 'Lakeside', country: 'XVR', admin1: 'East' })).id;
    evidence.linkedToConfidential = await upload();
    evidence.unlinked = await upload();
    evidence.ofSecret = await upload();
    for (const level of ['public', 'internal', 'confidential', 'strictly-confidential']) {
      const body = incidentBody({
        title: `A ${level} incident`,
        confidentiality: level,
        sources: [{ sourceId, connection: 'participant', materialType: 'testimony', credibility: 2 }],
        evidenceIds: level === 'confidential' ? [evidence.linkedToConfidential] : level === 'strictly-confidential' ? [evidence.ofSecret] : [],
      });
      inc[level] = (await write('POST', '/api/incidents', body)).id;
    }
    inc.east = (await write('POST', '/api/incidents', incidentBody({ title: 'An internal incident of the east team', confidentiality: 'internal', teams: ['east'] }))).id;
    // Strictly confidential once, public since: its earlier history stays with those who could read it then.
    const declassified = await write('POST', '/api/incidents', incidentBody({ title: 'Declassified', narrative: 'the names of the witnesses', confidentiality: 'strictly-confidential' }));
    const published = await write('PUT', `/api/incidents/${declassified.id}`, { ...incidentBody({ title: 'Declassified', narrative: 'names removed', confidentiality: 'public' }), version: declassified.version });
    await write('PUT', `/api/incidents/${declassified.id}`, { ...incidentBody({ title: 'Declassified (edited)', narrative: 'names removed', confidentiality: 'public' }), version: published.version });
    inc.declassified = declassified.id;
    // Public records that name restricted ones: a link, and a file once shared.
    inc.linker = (
      await write('POST', '/api/incidents', incidentBody({
        confidentiality: 'public',
        links: [
          { incidentId: inc['strictly-confidential'], kind: 'precedes' },
          { incidentId: inc.public, kind: 'precedes' },
        ],
      }))
    ).id;
    const shared = await write('POST', '/api/incidents', incidentBody({ title: 'Shared a file once', confidentiality: 'public', evidenceIds: [evidence.ofSecret] }));
    await write('PUT', `/api/incidents/${shared.id}`, { ...incidentBody({ title: 'Shared a file once', confidentiality: 'public' }), version: shared.version });
    inc.unlinker = shared.id;
  });
  afterAll(async () => {
    await api?.close();
  });

  const trail = async (as: As, query = '') => {
    const res = await api.get(as, `/api/audit?limit=500${query}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.items as { entity: string; entityId: string; action: string; before: any; after: any }[];
  };
  /** The names of the incidents whose entries `as` sees, and how many entries of each. */
  const incidentsSeen = async (as: As) => {
    const byId = new Map(Object.entries(inc).map(([name, id]) => [id, name]));
    const seen: Record<string, number> = {};
    for (const e of await trail(as)) {
      if (e.entity !== 'incident') continue;
      const name = byId.get(e.entityId)!;
      seen[name] = (seen[name] ?? 0) + 1;
    }
    return seen;
  };

  it('shows the administrator every entry', async () => {
    expect(await incidentsSeen('administrator')).toEqual({ public: 1, internal: 1, confidential: 1, 'strictly-confidential': 1, east: 1, declassified: 3, linker: 1, unlinker: 2 });
  });

  it('leaves out the entries of incidents above the reader’s clearance or of a team it is not in', async () => {
    const published = { linker: 1, unlinker: 2 };
    expect(await incidentsSeen('viewer')).toEqual({ public: 1, internal: 1, declassified: 1, ...published });
    expect(await incidentsSeen('analyst')).toEqual({ public: 1, internal: 1, confidential: 1, declassified: 1, ...published });
    expect(await incidentsSeen({ role: 'analyst', teams: ['east'] })).toEqual({ public: 1, internal: 1, confidential: 1, east: 1, declassified: 1, ...published });
    expect(await incidentsSeen({ role: 'lawyer', clearance: 'internal' })).toEqual({ public: 1, internal: 1, declassified: 1, ...published });
    expect(await incidentsSeen('editor')).toEqual({ public: 1, internal: 1, confidential: 1, 'strictly-confidential': 1, declassified: 3, ...published });
  });

  it('keeps a declassified record’s earlier documents from readers who could not read it then', async () => {
    const entries = (await trail('viewer', `&entity=incident&entityId=${inc.declassified}`)).map((e) => [e.action, e.before?.narrative, e.after?.narrative]);
    expect(entries).toEqual([['incident.update', 'names removed', 'names removed']]);
    expect(JSON.stringify(await trail('viewer'))).not.toContain('the names of the witnesses');
  });

  it('answers a record the reader may not read as a record without entries', async () => {
    expect(await trail('viewer', `&entity=incident&entityId=${inc['strictly-confidential']}`)).toEqual([]);
    expect(await trail({ role: 'analyst', teams: ['west'] }, `&entityId=${inc.east}`)).toEqual([]);
  });

  it('shows entries about evidence to those who may read the evidence', async () => {
    const evidenceSeen = async (as: As) =>
      (await trail(as, '&entity=evidence'))
        .map((e) => Object.entries(evidence).find(([, id]) => id === e.entityId)?.[0] ?? e.entityId)
        .sort();
    expect(await evidenceSeen('administrator')).toEqual(['linkedToConfidential', 'ofSecret', 'unlinked']);
    expect(await evidenceSeen('analyst')).toEqual(['linkedToConfidential']);
    expect(await evidenceSeen('viewer')).toEqual([]);
    // Editors see files not yet linked to any incident (they add them), not those of incidents beyond their clearance.
    expect(await evidenceSeen({ role: 'editor', clearance: 'internal' })).toEqual(['unlinked']);
  });

  it('leaves out of a readable incident’s documents the incidents and files it names that the reader may not read', async () => {
    const linker = await trail('viewer', `&entityId=${inc.linker}`);
    expect(linker.map((e) => e.after.links.map((l: { incidentId: string }) => l.incidentId))).toEqual([[inc.public]]);
    const full = await trail('administrator', `&entityId=${inc.linker}`);
    expect(full[0]!.after.links).toHaveLength(2);

    const shared = await trail('viewer', `&entityId=${inc.unlinker}`);
    expect(shared.map((e) => [e.action, e.before?.evidenceIds ?? null, e.after.evidenceIds])).toEqual([
      ['incident.update', [], []],
      ['incident.create', null, []],
    ]);
    expect((await trail('administrator', `&entityId=${inc.unlinker}`)).at(-1)!.after.evidenceIds).toEqual([evidence.ofSecret]);
  });

  it('shows entries about registry records by the registry’s rules', async () => {
    const kinds = async (as: As) => [...new Set((await trail(as)).map((e) => e.entity))].sort();
    expect(await kinds('viewer')).toEqual(['incident', 'place', 'region', 'source']);
    expect((await trail('viewer', `&entityId=${sourceId}`)).map((e) => e.action)).toEqual(['source.create']);
    expect((await trail('viewer', `&entityId=${placeId}`)).map((e) => e.action)).toEqual(['place.create']);
  });

  it('does not tell a reader which incidents a region merge moved, when it may not read them all', async () => {
    const place = await write('POST', '/api/places', { name: 'Far shore', country: 'XVR', admin1: 'Est' });
    await write('POST', '/api/incidents', incidentBody({ placeId: place.id, country: undefined, confidentiality: 'strictly-confidential' }));
    await write('POST', '/api/regions/merge', { country: 'XVR', from: 'Est', into: 'East' });
    const merge = async (as: As) => (await trail(as, '&entity=region')).find((e) => e.action === 'region.merge')!.after;
    expect(await merge('administrator')).toMatchObject({ incidents: 1, incidentIds: [expect.any(String)] });
    const seen = await merge('viewer');
    expect(seen).toMatchObject({ places: 1, placeIds: [place.id] });
    expect(seen).not.toHaveProperty('incidentIds');
    expect(seen).not.toHaveProperty('incidents');
  });

  it('shows entries about a person to those who may read persons and the person’s incident', async () => {
    const witness = async (incidentId: string) => (await write('POST', '/api/persons', { incidentId, role: 'witness', name: 'Amina K.' })).id as string;
    const ofPublic = await witness(inc.public!);
    const ofSecret = await witness(inc['strictly-confidential']!);
    const seen = async (as: As) => (await trail(as, '&entity=person')).map((e) => (e.entityId === ofPublic ? 'ofPublic' : e.entityId === ofSecret ? 'ofSecret' : e.entityId)).sort();
    expect(await seen('administrator')).toEqual(['ofPublic', 'ofSecret']);
    expect(await seen('viewer')).toEqual(['ofPublic']);
    expect(await seen({ role: 'lawyer', clearance: 'confidential' })).toEqual(['ofPublic']);
    expect(JSON.stringify(await trail('administrator', '&entity=person'))).not.toContain('Amina');
  });

  it('never lets the public or an anonymous visitor read the trail', async () => {
    expect((await api.get('public', '/api/audit')).status).toBe(403);
    expect((await api.get('anonymous', '/api/audit')).status).toBe(401);
  });

  it('pages through what the reader may see without skipping or repeating', async () => {
    const all = await trail('viewer');
    const paged: unknown[] = [];
    let cursor: string | null = null;
    do {
      const res: { body: { items: unknown[]; nextCursor: string | null } } = await api.get('viewer', `/api/audit?limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      paged.push(...res.body.items);
      cursor = res.body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(all);
  });

  // Last: a purge removes records the other tests count.
  it('shows nothing of a purged incident or its files to anyone but the administrator', async () => {
    const file = await upload();
    const doomed = await write('POST', '/api/incidents', incidentBody({ confidentiality: 'public', evidenceIds: [file] }));
    await write('POST', `/api/incidents/${doomed.id}/purge`, { reason: 'it names a witness' });
    const about = async (as: As) => (await trail(as)).filter((e) => e.entityId === doomed.id || e.entityId === file).map((e) => e.action);
    expect(await about('administrator')).toEqual(expect.arrayContaining(['incident.purge', 'evidence.purge']));
    expect(await about('editor')).toEqual([]);
    expect(await about('viewer')).toEqual([]);
  });
});
