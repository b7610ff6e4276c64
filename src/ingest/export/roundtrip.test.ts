import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { createContext, type RequestContext } from '../../context.js';
import { IncidentInput } from '../../incidents/schema.js';
import { EvidenceFiles } from '../../evidence/files.js';
import { uploadEvidence } from '../../evidence/service.js';
import { inputOf } from '../../incidents/document.js';
import { createIncident, updateIncident } from '../../incidents/service.js';
import { createRecord } from '../../registry/service.js';
import { runImport } from '../pipeline.js';
import { importWriter } from '../write/index.js';
import type { ExchangeIncident } from './exchange.js';
import { exportStream, type ExportFormat } from './index.js';
import { exchangePages } from './read.js';

/**
 * The round trip (issue 16 §5): export → import into an empty instance → the same incidents,
 * acts (with their ids), sources, links, teams, withheld fields, level override and evidence
 * records. Every format that carries them is imported into an empty instance of its own and
 * compared field by field with the original; imported again on top, each changes nothing.
 * What no import carries (ids of registry records, versions, authors and times, the evidence
 * files themselves) is left out of the comparison here, by name (README: "what each format
 * cannot carry").
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
    acts: i.acts.map((a) => ({ ...a, group: a.group && { ...a.group, id: undefined }, perpetrators: a.perpetrators.map((p) => ({ ...p, actor: { ...p.actor, id: undefined } })).sort(byName((p) => `${p.actor.name} ${p.involvement}`)) })),
    sources: i.sources.map((s) => ({ ...s, source: { ...s.source, id: undefined } })).sort(byName((s) => s.source.name)),
    links: i.links,
    teams: i.teams,
    withhold: i.withhold,
    pyramidLevelOverride: i.pyramidLevelOverride,
    evidenceIds: i.evidenceIds,
    evidence: i.evidence,
  });
  const importInto = async (db: TestDatabase, format: ExportFormat, batchSize?: number) => {
    const path = files[format];
    return runImport(createContext(db.db), { path, name: `export.${format}`, size: statSync(path).size }, { writer: importWriter, errorFilePath: null, ...(batchSize ? { batchSize } : {}) });
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
    const evidenceFiles = new EvidenceFiles(join(dir, 'evidence'), 1024 * 1024);
    const { evidence: statement } = await uploadEvidence(ctx, evidenceFiles, { content: Readable.from([Buffer.from('statement of the shopkeeper, 15 May')]), filename: 'statement.txt', description: 'taken at the market' });
    const first = await createIncident(
      ctx,
      IncidentInput.parse({
        title: '-5 killed, +more: =SUM(A1)',
        teams: ['lakes-team'],
        withhold: { place: 'confidential', date: null, reporter: 'strictly-confidential' },
        pyramidLevelOverride: { level: 5, reason: 'part of a campaign of killings' },
        evidenceIds: [statement.id],
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
    const second = await createIncident(ctx, IncidentInput.parse({ title: 'Known only to the year', startDate: '2021', country: 'XVR', admin1: 'South', confidentiality: 'public', acts: [{ violationType: 'harassment', groupId: teral.id }] }));
    // Links both ways in file order: the first names the second (later in the file), the third the first.
    await updateIncident(ctx, first.id, first.version, { ...inputOf(first), links: [{ incidentId: second.id, kind: 'precedes', note: 'the same families, =later' }] });
    await createIncident(ctx, IncidentInput.parse({ title: 'Slurs at the gate', startDate: '2024-02', country: 'KEN', acts: [{ violationType: 'slurs-and-insults' }], links: [{ incidentId: first.id, kind: 'follows' }] }));
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

  it('the source carries what the round trip must keep', () => {
    const withAll = original.find((i) => i.teams?.length)!;
    expect(withAll).toMatchObject({ teams: ['lakes-team'], withhold: { place: 'confidential', reporter: 'strictly-confidential' }, pyramidLevelOverride: { level: 5 } });
    expect(withAll.evidence).toEqual([expect.objectContaining({ filename: 'statement.txt', description: 'taken at the market', mediaType: 'text/plain' })]);
    expect(original.flatMap((i) => i.links)).toHaveLength(2);
  });

  it.each(['json', 'ndjson', 'geojson', 'csv', 'hxl', 'esf'] as const)('%s into an empty instance gives the same incidents, acts, links, teams, withholding, override and evidence records; again, nothing changes', async (format) => {
    const target = await openTestDatabase(engine);
    try {
      // One record per writer call: a link to a record later in the file waits, and is made when that record comes.
      const run = await importInto(target, format, 1);
      expect(run.rejected).toEqual([]);
      expect(run).toMatchObject({ imported: 3, rejectedCount: 0 });
      expect(run.pendingLinks).toBeUndefined();
      expect((await exported(createContext(target.db))).map(carried)).toEqual(original.map(carried));
      const again = await importInto(target, format);
      expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 3 });
    } finally {
      await target.dispose();
    }
  }, 300_000);

  it('a link to an incident of a later import waits, reported, and is made when that import comes', async () => {
    const target = await openTestDatabase(engine);
    try {
      const lines = readFileSync(files.ndjson, 'utf8').trim().split('\n');
      const linking = lines.filter((l) => (JSON.parse(l) as ExchangeIncident).links.length > 0);
      const rest = lines.filter((l) => !linking.includes(l));
      const firstPath = join(dir, 'linking.ndjson');
      const secondPath = join(dir, 'rest.ndjson');
      writeFileSync(firstPath, `${linking.join('\n')}\n`);
      writeFileSync(secondPath, `${rest.join('\n')}\n`);
      const c = createContext(target.db);
      const one = await runImport(c, { path: firstPath, name: 'linking.ndjson', size: statSync(firstPath).size }, { writer: importWriter, errorFilePath: null });
      // The third names the first (in this file); the first names the second (not in it): one link waits.
      expect(one).toMatchObject({ imported: 2, rejectedCount: 0 });
      expect(one.pendingLinks).toHaveLength(1);
      expect(one.notes.join(' ')).toMatch(/1 link names an incident not on record/);
      const two = await runImport(c, { path: secondPath, name: 'rest.ndjson', size: statSync(secondPath).size }, { writer: importWriter, errorFilePath: null });
      expect(two).toMatchObject({ imported: 1, rejectedCount: 0 });
      expect(two.pendingLinks).toBeUndefined();
      const back = await exported(c);
      expect(back.map((i) => ({ id: i.id, links: i.links }))).toEqual(original.map((i) => ({ id: i.id, links: i.links })));
    } finally {
      await target.dispose();
    }
  }, 300_000);

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
