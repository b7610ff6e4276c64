import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { fixture } from '../../../test/ingestFixtures.js';
import { createContext, type RequestContext } from '../../context.js';
import { getIncident } from '../../incidents/service.js';
import { runImport, type ImportRun } from '../pipeline.js';
import { importWriter } from '../write/index.js';

/**
 * Real UCDP GED rows, end to end: 18 events of GED version 23.1 in the Central African Republic
 * (test/fixtures/ged/ged-23.1-caf-sample.csv, CC BY 4.0 — source and credit in data/README.md),
 * detected, read and mapped by the shipped mapping, written by the import writer. The events
 * that killed civilians become incidents at their date and place precision with UCDP's credit;
 * those that killed only fighters are reported as not imported, with their own code.
 */
describe.each(engines)('a real UCDP GED sample imported end to end on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  let run: ImportRun;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
    run = await runImport(ctx, fixture('ged/ged-23.1-caf-sample.csv'), { writer: importWriter, today: '2026-11-30', errorFilePath: null });
  }, 120_000);
  afterAll(() => t?.dispose());

  const incidentOf = async (gedId: string) => {
    const [row] = await t.db.query<{ incident_id: string }>("select incident_id from external_ids where source_system = 'ucdp-ged' and key = $1", [gedId]);
    return getIncident(ctx, row!.incident_id);
  };

  it('imports the nine events that killed civilians and reports the nine that killed only fighters, each by its physical line', () => {
    expect(run).toMatchObject({ format: 'ged', mapping: 'ucdp-ged', rowsRead: 18, imported: 9, rejectedCount: 9, unknownCodes: [] });
    // Line 14 is an event whose quoted fields hold line breaks (lines 14–17): the next event starts on line 18.
    expect(run.rejected.map((r) => r.row)).toEqual([2, 3, 4, 13, 14, 18, 19, 20, 22]);
    for (const r of run.rejected) expect(r).toMatchObject({ field: '_violence', target: 'violationType', code: 'required' });
  });

  it('a one-sided killing in Bangui: the day, the exact place, 63 civilians killed, the perpetrator, UCDP as source and its credit', async () => {
    const bangui = await incidentOf('62982');
    expect(bangui).toMatchObject({ startDate: '2013-12-05', endDate: null, dateEstimated: false, country: 'CAF', admin1: 'Bangui province', confidentiality: 'public', victims: { killed: 63 }, pyramidLevel: 4 });
    expect(bangui.place).toMatchObject({ name: 'Bangui city', country: 'CAF', admin1: 'Bangui province', admin2: 'Bangui region', latitude: 4.366667, longitude: 18.583333, locationPrecision: 'exact' });
    expect(bangui.acts).toHaveLength(1);
    expect(bangui.acts[0]).toMatchObject({ violationType: 'killing', perpetrators: [expect.objectContaining({ involvement: 'carried-out' })] });
    expect(bangui.sources).toHaveLength(1);
    expect(bangui.narrative).toContain('Bangui City');
    expect(bangui.narrative).toContain('Amnesty,2013-12-19,Central African Republic: War crimes and crimes against humanity in Bangui');
    expect(bangui.narrative.trimEnd().endsWith('Source: UCDP Georeferenced Event Dataset (CC BY 4.0), event 62982.')).toBe(true);
  });

  it('dates at GED precision: a month for date_prec 4; places at where_prec: a province centroid is admin1', async () => {
    const gaga = await incidentOf('113891');
    expect(gaga).toMatchObject({ startDate: '2013-12', endDate: null, victims: { killed: 24 } });
    expect(gaga.place).toMatchObject({ name: 'Gaga village', admin1: "Ombella-M'Poko province", locationPrecision: 'exact' });
    const ouaka = await incidentOf('266783');
    expect(ouaka).toMatchObject({ startDate: '2013-11', endDate: null, admin1: 'Ouaka province' });
    expect(ouaka.place).toMatchObject({ locationPrecision: 'admin1', latitude: 6, longitude: 21 });
  });

  it('a non-state clash that killed civilians: a killing with both armed groups named, neither as the one who carried it out', async () => {
    const bocaranga = await incidentOf('244891');
    expect(bocaranga).toMatchObject({ startDate: '2017-02-02', victims: { killed: 3 }, country: 'CAF' });
    expect(bocaranga.acts[0]!.violationType).toBe('killing');
    expect(bocaranga.acts[0]!.perpetrators).toHaveLength(2);
    expect(bocaranga.acts[0]!.perpetrators.map((p) => p.involvement)).not.toContain('carried-out');
    expect(bocaranga.narrative).toContain('event 244891.');
  });

  it('imported again: nothing added', async () => {
    const again = await runImport(ctx, fixture('ged/ged-23.1-caf-sample.csv'), { writer: importWriter, today: '2026-11-30', errorFilePath: null });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 9, rejectedCount: 9 });
  });
});
