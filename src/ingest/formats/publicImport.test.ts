import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { fixture } from '../../../test/ingestFixtures.js';
import { createContext, type RequestContext } from '../../context.js';
import { getIncident } from '../../incidents/service.js';
import { runImport } from '../pipeline.js';
import { importWriter } from '../write/index.js';

/**
 * Each public format's sample, end to end: detected, read by its profile, mapped by its
 * shipped mapping, written by the import writer — and imported again without adding anything.
 */
describe.each(engines)('public formats imported end to end on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  let dir: string;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
    dir = mkdtempSync(join(tmpdir(), 'precursor-public-'));
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t?.dispose();
  });

  const run = (path: string, errorFile?: string) => runImport(ctx, fixture(path), { writer: importWriter, today: '2026-11-30', errorFilePath: errorFile ? join(dir, errorFile) : null });

  it.each([
    // file, format, imported, rejected rows (physical lines) and why
    ['ged/ged-events.csv', 'ged', 4, [4]],
    ['acled/acled-shaped.csv', 'acled', 5, [6, 8, 9]],
    ['hxl/incidents-preamble.csv', 'hxl', 3, [9]],
    ['hxl/tags-first.csv', 'hxl', 2, []],
    ['uwazi/violations.csv', 'uwazi', 3, [5]],
    ['uwazi/export.csv', 'uwazi', 1, []],
  ] as const)('%s (%s): imported, rejected rows reported, and a second run adds nothing', async (path, format, imported, rejectedRows) => {
    const first = await run(path, `${format}-errors.csv`);
    expect(first.format).toBe(format);
    expect({ imported: first.imported, rejected: first.rejected.map((r) => r.row) }).toEqual({ imported, rejected: [...rejectedRows] });
    if (rejectedRows.length) expect(readFileSync(first.errorFile!, 'utf8').split(/\r?\n/)[0]).toMatch(/reason/);
    const again = await run(path);
    expect({ imported: again.imported, updated: again.updated, unchanged: again.unchanged }).toEqual({ imported: 0, updated: 0, unchanged: imported });
  });

  it('a GED event becomes an incident with its precision, perpetrators, civilian deaths and UCDP as source', async () => {
    const report = await run('ged/ged-events.csv');
    expect(report.imported + report.unchanged).toBe(4);
    const rows = await t.db.query<{ id: string }>("select id from incidents where country = 'MLI'");
    const incident = await getIncident(ctx, rows[0]!.id);
    expect(incident).toMatchObject({ startDate: '2021-03', country: 'MLI', pyramidLevel: 4, victims: { killed: 3 }, confidentiality: 'public' });
    expect(incident.acts[0]!.violationType).toBe('killing');
  });

  it('reports unknown codes with their counts, for the user to map and re-run', async () => {
    const acled = await run('acled/acled-shaped.csv');
    expect(acled.unknownCodes).toEqual([{ target: 'violationType', value: 'Drone swarm harassment [civilians]', count: 1 }]);
    const uwazi = await run('uwazi/violations.csv');
    expect(uwazi.unknownCodes).toEqual([{ target: 'violationType', value: 'Life and physical integrity::Beating', count: 1 }]);
  });
});
