import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { createContext } from '../../context.js';
import { rebuildRollup } from '../../incidents/store/index.js';
import { runImport } from '../pipeline.js';
import { importWriter } from './index.js';

const fixture = fileURLToPath(new URL('../../../test/fixtures/spreadsheet/incidents.csv', import.meta.url));

/** The whole import, end to end: a spreadsheet read, mapped (data/mappings/example-spreadsheet.yaml) and written; run twice. */
describe.each(engines)('import of a spreadsheet through the pipeline and the writer on %s', (engine) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
  });
  afterAll(() => t?.dispose());

  it('imports the file, and a second run adds nothing', async () => {
    const ctx = createContext(t.db);
    const file = { path: fixture, name: 'incidents.csv', size: statSync(fixture).size };
    const first = await runImport(ctx, file, { mapping: 'example-spreadsheet', writer: importWriter });
    expect(first.imported).toBeGreaterThan(0);
    expect(first.imported + first.rejectedCount).toBe(first.rowsRead);
    const n = (await t.db.query<{ n: number }>('select count(*)::int as n from incidents'))[0]!.n;
    expect(n).toBe(first.imported);
    const batch = await importWriter.getBatch(ctx, first.batch!);
    expect(batch).toMatchObject({ status: 'finished', fileName: 'incidents.csv', counts: { imported: first.imported, rejected: first.rejectedCount } });

    const second = await runImport(ctx, file, { mapping: 'example-spreadsheet', writer: importWriter });
    expect(second).toMatchObject({ imported: 0, updated: 0, unchanged: first.imported, rejectedCount: first.rejectedCount });
    expect(await t.db.query('select count(*)::int as n from incidents')).toEqual([{ n }]);

    const snapshot = () => t.db.query('select * from incident_rollup where incidents <> 0 order by country, group_key, month, month_known, last_month, admin1, pyramid_level, confidentiality, teams');
    const maintained = await snapshot();
    await t.db.transaction((tx) => rebuildRollup(tx));
    expect(await snapshot()).toEqual(maintained);
  });
});
