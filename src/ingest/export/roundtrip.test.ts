import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { createContext, type RequestContext } from '../../context.js';
import { IncidentInput } from '../../incidents/schema.js';
import { createIncident } from '../../incidents/service.js';
import { createRecord } from '../../registry/service.js';
import { runImport } from '../pipeline.js';
import { importWriter } from '../write/index.js';
import type { ExchangeIncident } from './exchange.js';
import { exportStream, type ExportFormat } from './index.js';
import { exchangePages } from './read.js';

/**
 * The round trip (issue 16 §5): export → import into an empty instance → the same incidents.
 * JSON is imported into one empty instance and compared field by field with the original; the
 * CSV, HXL, XLSX, NDJSON and GeoJSON exports imported on top of it change nothing (every row
 * `unchanged`: they carry the same incidents); ESF is imported into a second empty instance and
 * compared the same way. What no import can carry (ids of acts and registry records, versions,
 * authors, teams, withholding, evidence, links) is listed in the report of the export work and
 * left out of the comparison here, by name.
 */
describe.each(engines)('export → import round trip on %s', (engine) => {
  let source: TestDatabase;
  let ctx: RequestContext;
  let dir: string;
  const files = {} as Record<ExportFormat, string>;
  let original: ExchangeIncident[];

  const exported = async (c: RequestContext) => {
    const all: ExchangeIncident[] = [];
    for await (const page of exchangePages(c, { deleted: 'exclude' }, { public: false })) all.push(...page);
    return all;
  };
  const byName = <T>(name: (x: T) => string) => (a: T, b: T) => name(a).localeCompare(name(b));
  /**
   * What an import carries of an incident: the rest is named in the report's table. Sources and
   * perpetrators are stored in the order of their records' ids, which are new in another
   * instance: compared by name.
   */
  const carried = (i: ExchangeIncident) => ({
    id: i.id,
    title: i.title,
    narrative: i.narrative,
    startDate: i.startDate,
    endDate: i.endDate,
    dateEstimated: i.dateEstimated,
    reportDate: i.reportDate,
    country: i.country,
    admin1: i.admin1,
    place: i.place && { ...i.place, id: undefined },
    pyramidLevel: i.pyramidLevel,
    verificationStatus: i.verificationStatus,
    confidentiality: i.confidentiality,
    monitoringStatus: i.monitoringStatus,
    victims: i.victims,
    violationTypes: i.violationTypes,
    acts: i.acts.map((a) => ({ ...a, id: undefined, group: a.group && { ...a.group, id: undefined }, perpetrators: a.perpetrators.map((p) => ({ ...p, actor: { ...p.actor, id: undefined } })).sort(byName((p) => `${p.actor.name} ${p.involvement}`)) })),
    sources: i.sources.map((s) => ({ ...s, source: { ...s.source, id: undefined } })).sort(byName((s) => s.source.name)),
  });
  const importInto = async (db: TestDatabase, format: ExportFormat) => {
    const path = files[format];
    return runImport(createContext(db.db), { path, name: `export.${format}`, size: statSync(path).size }, { writer: importWriter, errorFilePath: null });
  };

  beforeAll(async () => {
    source = await openTestDatabase(engine);
    ctx = createContext(source.db);
    dir = mkdtempSync(join(tmpdir(), 'precursor-roundtrip-'));
    const place = await createRecord(ctx, 'places', { name: 'Mirrow, "old" market', country: 'XVR', admin1: 'North', admin2: 'Riverside', latitude: -1.5, longitude: 30.25, locationPrecision: 'exact' });
    const osk = await createRecord(ctx, 'groups', { name: '=Osk faithful', basis: 'religion', aliases: [], country: 'XVR', description: '', countingUnit: 'people-in-general', sizeEstimate: null });
    const teral = await createRecord(ctx, 'groups', { name: 'Teral families', basis: 'ethnicity', aliases: [], country: null, description: '', countingUnit: 'family', sizeEstimate: null });
    const guard = await createRecord(ctx, 'actors', { name: '-Lake Guard', kind: 'militia', country: 'XVR', description: '' });
    const mayor = await createRecord(ctx, 'actors', { name: 'Mayor of Mirrow', kind: 'state-official', country: 'XVR', description: '' });
    const radio = await createRecord(ctx, 'sources', { name: '@Radio Witness', kind: 'media', reliability: 'B', url: 'https://radio.example/1', description: '' });
    const monitors = await createRecord(ctx, 'sources', { name: 'Lake Monitors', kind: 'ngo', reliability: 'A', url: null, description: '' });
    await createIncident(
      ctx,
      IncidentInput.parse({
        title: '-5 killed, +more: =SUM(A1)',
        narrative: 'Line one,\nline two "quoted"\r\n\ttabbed — عربى',
        startDate: '2023-05-14',
        endDate: '2023-05-20',
        reportDate: '2023-05-21',
        dateEstimated: true,
        placeId: place.id,
        verificationStatus: 'verified',
        confidentiality: 'confidential',
        monitoringStatus: 'closed',
        acts: [
          { violationType: 'arson', groupId: osk.id, identityBasis: 'religion', victims: { injured: 2, displaced: 40 }, perpetrators: [{ actorId: guard.id, involvement: 'ordered-or-planned' }, { actorId: mayor.id, involvement: 'failed-to-protect' }] },
          { violationType: 'killing', groupId: teral.id, victims: { killed: 5 }, perpetrators: [{ actorId: guard.id, involvement: 'carried-out' }] },
        ],
        sources: [
          { sourceId: radio.id, connection: 'eyewitness', materialType: 'testimony', credibility: 2, note: '=not a formula', informationDate: '2023-05-15' },
          { sourceId: monitors.id, connection: 'third-party', materialType: 'document', credibility: 3, note: '' },
        ],
      }),
    );
    await createIncident(ctx, IncidentInput.parse({ title: 'Known only to the year', startDate: '2021', country: 'XVR', admin1: 'South', confidentiality: 'public', acts: [{ violationType: 'harassment', groupId: teral.id }] }));
    await createIncident(ctx, IncidentInput.parse({ title: 'Slurs at the gate', startDate: '2024-02', country: 'KEN', acts: [{ violationType: 'slurs-and-insults' }] }));
    for (const format of ['json', 'csv', 'hxl', 'xlsx', 'ndjson', 'geojson', 'esf'] as const) {
      files[format] = join(dir, `export.${format}`);
      await pipeline(exportStream(ctx, format, { deleted: 'exclude' }, { public: false }), createWriteStream(files[format]));
    }
    original = await exported(ctx);
    expect(original).toHaveLength(3);
  }, 300_000);
  afterAll(async () => {
    await source?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('JSON into an empty instance gives the same incidents, ids kept; CSV, HXL, NDJSON and GeoJSON then change nothing, XLSX only line ends', async () => {
    const target = await openTestDatabase(engine);
    try {
      const run = await importInto(target, 'json');
      expect(run.rejected).toEqual([]);
      expect(run).toMatchObject({ format: 'precursor', imported: 3, rejectedCount: 0 });
      const back = await exported(createContext(target.db));
      expect(back.map(carried)).toEqual(original.map(carried));
      for (const format of ['csv', 'hxl', 'ndjson', 'geojson'] as const) {
        const again = await importInto(target, format);
        expect(again.rejected, format).toEqual([]);
        expect({ ...again, notes: undefined }, `${format}: ${again.notes.join("; ")}`).toMatchObject({ format: 'precursor', imported: 0, updated: 0, unchanged: 3 });
      }
      expect((await exported(createContext(target.db))).map(carried)).toEqual(original.map(carried));
      // XLSX carries the same, but for carriage returns: XML reads a CR LF in a cell as LF.
      const xlsx = await importInto(target, 'xlsx');
      expect(xlsx.rejected).toEqual([]);
      expect(xlsx).toMatchObject({ format: 'precursor', imported: 0, updated: 1, unchanged: 2 });
      const lineFeeds = (i: ExchangeIncident) => ({ ...carried(i), narrative: i.narrative.replace(/\r\n?/g, '\n') });
      expect((await exported(createContext(target.db))).map(lineFeeds)).toEqual(original.map(lineFeeds));
    } finally {
      await target.dispose();
    }
  }, 300_000);

  it('HURIDOCS ESF into an empty instance gives the same incidents, ids kept', async () => {
    const target = await openTestDatabase(engine);
    try {
      const run = await importInto(target, 'esf');
      expect(run.rejected).toEqual([]);
      expect(run).toMatchObject({ format: 'esf', imported: 3, rejectedCount: 0 });
      expect((await exported(createContext(target.db))).map(carried)).toEqual(original.map(carried));
    } finally {
      await target.dispose();
    }
  }, 300_000);
});
