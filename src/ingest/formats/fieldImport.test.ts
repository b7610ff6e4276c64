import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { submissions } from '../../../test/fixtures/field/incidentForm.js';
import { createContext, type RequestContext } from '../../context.js';
import { runImport } from '../pipeline.js';
import type { ImportedIncident, ImportFile, ImportWriter } from '../types.js';
import { EvidenceFiles } from '../../evidence/files.js';
import { createImportWriter } from '../write/index.js';

/**
 * The field tools' fixtures end to end: detected, read by their profile, mapped by the shipped
 * mapping, written by the import writer; run again, nothing is added. The third submission's
 * main violation (`relocation`) is in no mapping: it is rejected and reported as an unknown code.
 */
const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures');
const fileOf = (path: string): ImportFile => ({ path, name: path.split('/').pop()!, size: statSync(path).size });

describe.each(engines)('Kobo and ODK exports imported end to end on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  const written: ImportedIncident[] = [];
  // The real writer (with an evidence store for the ODK ZIP's photo), watched: what the mapping handed it is checked below.
  const evidenceDir = mkdtempSync(join(tmpdir(), 'precursor-field-evidence-'));
  const importWriter = createImportWriter({ files: new EvidenceFiles(evidenceDir, 10 * 1024 * 1024) });
  const writer: ImportWriter = {
    ...importWriter,
    writeIncidents: async (c, batch, incidents) => {
      written.push(...incidents);
      return importWriter.writeIncidents(c, batch, incidents);
    },
  };
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
  });
  afterAll(async () => {
    await t?.dispose();
    rmSync(evidenceDir, { recursive: true, force: true });
  });

  it.each([
    ['kobo/incident-report.xlsx', 'kobo', undefined],
    ['odk/incident_report.zip', 'odk', undefined],
    ['kobo/incident-report.csv', 'kobo', 'kobo-incident-form-csv'],
    ['odk/incident_report.csv', 'odk', 'odk-incident-form-csv'],
  ] as const)('%s: detected as %s, two submissions imported, the unknown choice reported; a second run adds nothing', async (fixture, format, mapping) => {
    written.length = 0;
    const file = fileOf(join(fixtures, fixture));
    // No --format: an XLSX is told apart by its first sheet's columns (Kobo's `_uuid`, `_submission_time`, `_index`).
    const named = {};
    const first = await runImport(ctx, file, { writer, today: '2026-01-01', ...named, ...(mapping ? { mapping } : {}) });
    expect(first.format).toBe(format);
    // The CSV of a form already imported from its XLSX/ZIP (same source system and keys) is unchanged or updated, never duplicated.
    expect(first.imported + first.updated + first.unchanged).toBe(2);
    expect(first.rejectedCount).toBe(1);
    expect(first.rejected[0]).toMatchObject({ row: 4, field: 'violation_type' });
    expect(first.unknownCodes).toEqual([{ target: 'violationType', value: 'relocation', count: 1 }]);

    const arson = written.find((i) => i.title === submissions[0]!.title)!;
    expect(arson.startDate).toBe('2025-03-02');
    expect(arson.reportDate).toBe('2025-03-04');
    expect(arson.place).toMatchObject({ country: 'XVR', name: 'Mirrow', latitude: -31.4521, longitude: -12.2087 });
    expect(arson.acts.map((a) => a.violationType).sort()).toEqual(['arson', 'assault', 'threats-of-violence']);
    expect(arson.acts[0]!.group).toMatchObject({ basis: 'ethnicity' });
    expect(arson.acts[0]!.perpetrators![0]!.actor).toMatchObject({ name: 'Youth crowd from Kessa', kind: 'individual' });
    if (!fixture.endsWith('.csv')) expect(arson.acts[0]!.victims).toEqual({ killed: 0, injured: 3, detained: 0, displaced: 6 });
    if (fixture.endsWith('.zip')) expect(arson.attachments?.map((a) => a.name)).toEqual(['1709543564001.jpg']);

    const again = await runImport(ctx, file, { writer, today: '2026-01-01', ...named, ...(mapping ? { mapping } : {}) });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2, rejectedCount: 1 });
  });
});
