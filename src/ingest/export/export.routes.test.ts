import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, openActorsApi, type ActorsApi, type As } from '../../../test/actors.js';
import { engines } from '../../../test/databases.js';
import { flatColumns } from './columns.js';

/**
 * GET /api/exports end to end: every format's content, formula neutralising, the caller's
 * scope, and public mode — an editor's public export is the public's own, and leaks nothing
 * confidential (no confidential record, source, team, author, exact sensitive coordinates).
 */
describe.each(engines)('exports on %s', (engine) => {
  let api: ActorsApi;
  const id: Record<string, string> = {};
  // Strings that must never appear in a public export.
  const secrets = ['Radio Witness', 'the nurse at the clinic', 'team-east', 'Confidential massacre', 'Internal note incident', 'test-editor', 'test-administrator'];

  const created = async (url: string, body: Record<string, unknown>) => {
    const res = await api.post('administrator', url, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id as string;
  };
  /** An export as sent (NDJSON is not one JSON document: the body is left unparsed). */
  const exported = async (as: As, query: string) => {
    const res = await api.app.inject({ method: 'GET', url: `/api/exports?${query}`, headers: headersFor(as) });
    expect(res.statusCode, res.body).toBe(200);
    return { headers: res.headers, body: res.body, raw: res.rawPayload };
  };
  const csvRows = (text: string) => text.replace(/^\ufeff/, '').trimEnd().split('\r\n');

  beforeAll(async () => {
    api = await openActorsApi(engine);
    const place = await created('/api/places', { name: 'Mirrow market', country: 'XVR', admin1: 'North', latitude: 1.234567, longitude: -30.987654 });
    const well = await created('/api/places', { name: 'Hidden well', country: 'XVR', admin1: 'North', latitude: 3.456789, longitude: 31.234567 });
    const group = await created('/api/groups', { name: '=Osk faithful', basis: 'religion', country: 'XVR' });
    const actor = await created('/api/actors', { name: '-Lake Guard', kind: 'militia', country: 'XVR' });
    const source = await created('/api/sources', { name: 'Radio Witness', kind: 'media', reliability: 'B' });
    const incident = (over: Record<string, unknown>) => ({
      narrative: 'Recorded by the export tests.',
      startDate: '2023-05-14',
      country: 'XVR',
      admin1: 'North',
      acts: [{ violationType: 'arson', groupId: group, victims: { injured: 2 }, perpetrators: [{ actorId: actor, involvement: 'carried-out' }] }],
      ...over,
    });
    id.later = await created('/api/incidents', incident({ title: 'Later public incident', startDate: '2023-07', confidentiality: 'public' }));
    id.open = await created(
      '/api/incidents',
      incident({
        title: '=HYPERLINK("http://evil.example","click")',
        confidentiality: 'public',
        placeId: place,
        sources: [{ sourceId: source, connection: 'eyewitness', materialType: 'testimony', credibility: 2, note: 'the nurse at the clinic', informationDate: '2023-05-15' }],
        links: [{ incidentId: id.later, kind: 'precedes', note: '' }],
      }),
    );
    // Public, but its place withheld from no one below public: sensitive all the same, so rounded.
    id.rounded = await created('/api/incidents', incident({ title: 'Sensitive place', confidentiality: 'public', placeId: well, withhold: { place: 'public' }, startDate: '2023-06-01' }));
    id.hiddenPlace = await created('/api/incidents', incident({ title: 'Place withheld', confidentiality: 'public', placeId: well, withhold: { place: 'internal' }, startDate: '2023-06-02' }));
    id.confidential = await created('/api/incidents', incident({ title: 'Confidential massacre', confidentiality: 'confidential', placeId: well, startDate: '2023-06-03' }));
    id.internal = await created('/api/incidents', incident({ title: 'Internal note incident', confidentiality: 'internal', teams: ['team-east'], startDate: '2023-06-04' }));
  }, 300_000);
  afterAll(async () => api?.close());

  it('writes CSV oldest first, one row per incident, text neutralised and numbers untouched', async () => {
    const res = await exported('administrator', 'format=csv');
    expect(String(res.headers['content-type'])).toMatch(/^text\/csv/);
    expect(String(res.headers['content-disposition'])).toMatch(/^attachment; filename="precursor-incidents-\d{4}-\d{2}-\d{2}\.csv"$/);
    const rows = csvRows(String(res.body));
    expect(rows[0]).toBe(flatColumns.map((c) => c.header).join(','));
    expect(rows).toHaveLength(1 + 6);
    expect(rows[1]).toMatch(new RegExp(`^${id.open},"'=HYPERLINK\\(""http://evil.example"",""click""\\)"`));
    expect(rows[1]).toContain(",'=Osk faithful,");
    expect(rows[1]).toContain(",'-Lake Guard,");
    expect(rows[1]).toContain(',1.234567,-30.987654,'); // a negative coordinate is a number, never neutralised
    expect(rows.at(-1)).toMatch(new RegExp(`^${id.later},`));
    expect(rows[1]!.endsWith(',1')).toBe(true); // the precursor_export marker
  });

  it('filters as the incident list does', async () => {
    const rows = csvRows(String((await exported('administrator', 'format=csv&confidentiality=internal,confidential')).body));
    expect(rows.slice(1).map((r) => r.slice(0, 36)).sort()).toEqual([id.confidential, id.internal].sort());
  });

  it('reads through the caller’s scope: a viewer gets no confidential incident', async () => {
    const text = String((await exported('viewer', 'format=csv')).body);
    expect(text).not.toContain('Confidential massacre');
    expect(text).toContain('Later public incident');
    expect(text).not.toContain('Internal note incident'); // restricted to a team the viewer is not in
  });

  it('writes HXL with the hashtag row under the header', async () => {
    const rows = csvRows(String((await exported('administrator', 'format=hxl')).body));
    expect(rows[1]).toBe(flatColumns.map((c) => c.hxl).join(','));
    expect(rows[1]).toMatch(/^#event\+id,#event\+name,/);
    expect(rows).toHaveLength(2 + 6);
  });

  it('writes JSON, NDJSON and GeoJSON documents with names beside ids', async () => {
    const json = JSON.parse(String((await exported('administrator', 'format=json')).raw));
    expect(json.precursorExport).toMatchObject({ version: '1', public: false });
    expect(json.incidents).toHaveLength(6);
    const open = json.incidents.find((i: { id: string }) => i.id === id.open);
    expect(open.acts[0].group.name).toBe('=Osk faithful'); // JSON carries text as it is
    expect(open.acts[0].perpetrators[0]).toMatchObject({ actor: { name: '-Lake Guard', kind: 'militia' }, involvement: 'carried-out' });
    expect(open.sources[0]).toMatchObject({ source: { name: 'Radio Witness', reliability: 'B' }, connection: 'eyewitness', credibility: 2 });
    expect(open.links).toEqual([{ incidentId: id.later, kind: 'precedes', note: '' }]);

    const lines = String((await exported('administrator', 'format=ndjson')).raw).trimEnd().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(json.incidents.map((i: { id: string }) => i.id));

    const geo = JSON.parse(String((await exported('administrator', 'format=geojson')).raw));
    expect(geo.type).toBe('FeatureCollection');
    const feature = geo.features.find((f: { id: string }) => f.id === id.open);
    expect(feature.geometry).toEqual({ type: 'Point', coordinates: [-30.987654, 1.234567] });
    expect(geo.features.find((f: { id: string }) => f.id === id.later).geometry).toBeNull();
  });

  it('writes HURIDOCS ESF records: persons first, then each event with its acts, involvements, information and chain of events', async () => {
    const esf = JSON.parse(String((await exported('administrator', 'format=esf')).raw));
    expect(esf.esf.standard).toBe('HURIDOCS Events Standard Formats');
    const records: { recordType: string; [k: string]: unknown }[] = esf.records;
    const events = records.filter((r) => r.recordType === 'event');
    expect(events).toHaveLength(6);
    const seen = new Set<string>();
    for (const r of records) {
      if (r.recordType === 'person') seen.add(r.personRecordNumber as string);
      if (r.recordType === 'act' && r.victimRecordNumber) expect(seen.has(r.victimRecordNumber as string)).toBe(true);
      if (r.recordType === 'involvement') expect(seen.has(r.perpetratorRecordNumber as string)).toBe(true);
    }
    expect(records.filter((r) => r.recordType === 'person')).toHaveLength(3); // one group, one actor, one source: each once
    const ofOpen = records.filter((r) => r.eventRecordNumber === id.open).map((r) => r.recordType);
    expect(ofOpen).toEqual(['event', 'act', 'involvement', 'information', 'chainOfEvents']);
    expect(records.find((r) => r.recordType === 'chainOfEvents')).toMatchObject({ eventRecordNumber: id.open, relatedEventRecordNumber: id.later, typeOfChainOfEvents: 'precedes' });
  });

  it('writes XLSX with typed cells, text neutralised', async () => {
    const res = await exported('administrator', 'format=xlsx');
    expect(String(res.headers['content-type'])).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.raw as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('incidents')!;
    expect(sheet.rowCount).toBe(7);
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(flatColumns.map((c) => c.header));
    const row = sheet.getRow(2);
    const cell = (name: string) => row.getCell(flatColumns.findIndex((c) => c.header === name) + 1).value;
    expect(cell('title')).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(cell('longitude')).toBe(-30.987654);
    expect(cell('injured')).toBe(2);
  });

  it('in public mode gives an editor exactly what the public gets, and nothing confidential', async () => {
    for (const format of ['csv', 'hxl', 'ndjson', 'xlsx']) {
      const byEditor = await exported('editor', `format=${format}&public=true`);
      const byPublic = await exported('anonymous', `format=${format}`);
      if (format !== 'xlsx') expect(String(byEditor.raw), format).toBe(String(byPublic.raw)); // xlsx zips carry a time
      expect(String(byEditor.headers['content-disposition'])).toContain('-public.');
    }
    for (const format of ['csv', 'hxl', 'json', 'ndjson', 'geojson', 'esf']) {
      const text = String((await exported('editor', `format=${format}&public=true`)).raw);
      for (const secret of secrets) expect(text, `${format} leaks ${secret}`).not.toContain(secret);
      expect(text, format).not.toContain('3.456789'); // no exact coordinates of a sensitive incident
      expect(text, format).not.toContain('31.234567');
    }
    const json = JSON.parse(String((await exported('editor', 'format=json&public=true')).raw));
    expect(json.precursorExport.public).toBe(true);
    const byId = new Map(json.incidents.map((i: { id: string }) => [i.id, i]));
    expect([...byId.keys()].sort()).toEqual([id.open, id.later, id.rounded, id.hiddenPlace].sort());
    expect((byId.get(id.rounded) as any).place).toMatchObject({ latitude: 3.46, longitude: 31.23, precision: 'near' });
    expect((byId.get(id.hiddenPlace) as any).place).toBeNull();
    // Not sensitive (public, place withheld from no one): its coordinates stay as recorded.
    expect((byId.get(id.open) as any).place).toMatchObject({ latitude: 1.234567 });
    for (const i of json.incidents) {
      expect(i.sources).toEqual([]);
      expect(i.evidenceIds).toEqual([]);
      expect(i).not.toHaveProperty('teams');
      expect(i).not.toHaveProperty('createdBy');
    }
  });

  it('refuses an unknown format and invalid filters, naming the parameter', async () => {
    const res = await api.get('administrator', '/api/exports?format=pdf');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('format');
    expect((await api.get('administrator', '/api/exports?format=csv&level=9')).status).toBe(400);
  });
});
