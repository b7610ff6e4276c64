import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { createContext, type RequestContext } from '../../context.js';
import { createIncident } from '../../incidents/service.js';
import { IncidentInput } from '../../incidents/schema.js';
import { createRecord } from '../../registry/service.js';
import { exportStream, type ExportFormat } from '../export/index.js';
import type { FormatProfile, ImportedIncident, SourceRecord } from '../types.js';
import { esfProfile } from './esf.js';
import { exchangeToIncident, precursorProfile } from './precursor.js';

/**
 * Our exports read back by our own profiles (before the writer stores them): every format that
 * carries whole incidents gives, record for record, the same ImportedIncident as the JSON
 * export — formula-like text restored, our ids kept, acts, perpetrators, sources and links whole.
 */
describe.each(engines)('exports read back by the ESF and Precursor profiles on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  let dir: string;
  const files: Partial<Record<ExportFormat, string>> = {};
  let expected: ImportedIncident[];

  const exportTo = async (format: ExportFormat) => {
    const path = join(dir, `export.${format}`);
    await pipeline(exportStream(ctx, format, { deleted: 'exclude' }, { public: false }), createWriteStream(path));
    return path;
  };
  const readBack = async (profile: FormatProfile, path: string) => {
    const head = readFileSync(path).subarray(0, 64 * 1024);
    const table = await profile.open({ path, name: path, size: head.length }, {});
    const out: { incident?: ImportedIncident; problems: unknown[]; record: SourceRecord }[] = [];
    for await (const record of table.records) out.push({ ...profile.toIncident!(record), record });
    return out;
  };
  /** What the import compares: the incident without where it was in the file. */
  const withoutOrigin = (i: ImportedIncident | undefined) => i && { ...i, origin: undefined };

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
    dir = mkdtempSync(join(tmpdir(), 'precursor-exchange-'));
    const place = await createRecord(ctx, 'places', { name: 'Mirrow, "old" market', country: 'XVR', admin1: 'North', admin2: null, latitude: -1.5, longitude: 30.25, locationPrecision: 'exact' });
    const group = await createRecord(ctx, 'groups', { name: '=Osk faithful', basis: 'religion', aliases: [], country: 'XVR', description: '', countingUnit: 'people-in-general', sizeEstimate: null });
    const actor = await createRecord(ctx, 'actors', { name: "'Lake Guard", kind: 'militia', country: 'XVR', description: '' });
    const source = await createRecord(ctx, 'sources', { name: '@Radio Witness', kind: 'media', reliability: 'B', url: 'https://radio.example/1', description: '' });
    const later = await createIncident(ctx, IncidentInput.parse({ title: 'Later', startDate: '2023-07', country: 'XVR', acts: [{ violationType: 'harassment' }] }));
    await createIncident(
      ctx,
      IncidentInput.parse({
        title: '-5 killed, +more: =SUM(A1)',
        narrative: 'Line one,\nline two "quoted"\r\n\ttabbed',
        startDate: '2023-05-14',
        endDate: '2023-05-20',
        reportDate: '2023-05-21',
        dateEstimated: true,
        placeId: place.id,
        verificationStatus: 'verified',
        confidentiality: 'confidential',
        monitoringStatus: 'open',
        acts: [
          { violationType: 'arson', groupId: group.id, identityBasis: 'religion', victims: { injured: 2, displaced: 40 }, perpetrators: [{ actorId: actor.id, involvement: 'ordered-or-planned' }] },
          { violationType: 'killing', groupId: group.id, victims: { killed: 5 }, perpetrators: [{ actorId: actor.id, involvement: 'carried-out' }] },
        ],
        sources: [{ sourceId: source.id, connection: 'eyewitness', materialType: 'testimony', credibility: 2, note: '=not a formula', informationDate: '2023-05-15' }],
        links: [{ incidentId: later.id, kind: 'precedes', note: 'then' }],
      }),
    );
    for (const format of ['csv', 'hxl', 'json', 'ndjson', 'geojson', 'esf'] as const) files[format] = await exportTo(format);
    const json = JSON.parse(readFileSync(files.json!, 'utf8'));
    expected = json.incidents.map((doc: unknown, i: number) => exchangeToIncident(doc, { row: i + 2, fields: {} }).incident!);
    expect(expected).toHaveLength(2);
  }, 300_000);
  afterAll(async () => {
    await t?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('detects each layout as ours', () => {
    const sample = (path: string) => ({ fileName: path, head: readFileSync(path).subarray(0, 64 * 1024) });
    for (const format of ['csv', 'hxl', 'json', 'geojson'] as const) expect(precursorProfile.detect(sample(files[format]!)), format).toBe(1);
    expect(precursorProfile.detect(sample(files.ndjson!))).toBe(0.9);
    expect(precursorProfile.detect(sample(files.esf!))).toBe(0);
    expect(esfProfile.detect(sample(files.esf!))).toBe(1);
    expect(esfProfile.detect(sample(files.json!))).toBe(0);
  });

  it('reads every format back to the same incidents, formula-like text restored', async () => {
    for (const format of ['csv', 'hxl', 'json', 'ndjson', 'geojson'] as const) {
      const read = await readBack(precursorProfile, files[format]!);
      expect(read.flatMap((r) => r.problems), format).toEqual([]);
      expect(read.map((r) => withoutOrigin(r.incident)), format).toEqual(expected.map(withoutOrigin));
    }
    const esf = await readBack(esfProfile, files.esf!);
    expect(esf.flatMap((r) => r.problems)).toEqual([]);
    expect(esf.map((r) => withoutOrigin(r.incident))).toEqual(expected.map(withoutOrigin));
    const main = expected.find((i) => i.title.startsWith('-5'))!;
    expect(main).toMatchObject({
      title: '-5 killed, +more: =SUM(A1)',
      narrative: 'Line one,\nline two "quoted"\r\n\ttabbed',
      place: { name: 'Mirrow, "old" market', latitude: -1.5, longitude: 30.25, precision: 'exact' },
      acts: [
        { violationType: 'arson', group: { name: '=Osk faithful', basis: 'religion' }, perpetrators: [{ actor: { name: "'Lake Guard", kind: 'militia' }, involvement: 'ordered-or-planned' }] },
        { violationType: 'killing', victims: { killed: 5 } },
      ],
      sources: [{ source: { name: '@Radio Witness', reliability: 'B', url: 'https://radio.example/1' }, note: '=not a formula', credibility: 2 }],
    });
    expect(main.links).toEqual([{ key: expected.find((i) => i.title === 'Later')!.id, kind: 'precedes', note: 'then' }]);
  });

  it('names the physical line where each CSV record starts (a narrative spans lines)', async () => {
    const read = await readBack(precursorProfile, files.hxl!);
    // header 1, hashtags 2, the first record on 3 spanning 3 lines, the next on 6.
    expect(read.map((r) => r.record.row)).toEqual([3, 6]);
  });

  it('reports a damaged line as a problem of that record, and keeps the others', async () => {
    const path = join(dir, 'damaged.json');
    const lines = readFileSync(files.json!, 'utf8').split('\n');
    lines[1] = '{"id": broken,';
    await pipeline(async function* () { yield lines.join('\n'); }, createWriteStream(path));
    const read = await readBack(precursorProfile, path);
    expect(read[0]!.problems).toEqual([expect.objectContaining({ row: 2, code: 'malformed-row' })]);
    expect(withoutOrigin(read[1]!.incident)).toEqual(withoutOrigin(expected[1]));
  });
});
