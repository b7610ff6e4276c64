import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type CliDatabase, json, openEmptyCliDatabase, runCli, stopCliProcesses } from '../../../test/cli.js';
import { engines } from '../../../test/databases.js';
import { readConfig } from '../../config.js';
import { createContext } from '../../context.js';
import { openDatabase } from '../../db/open.js';
import { IncidentInput } from '../../incidents/schema.js';
import { createIncident } from '../../incidents/service.js';
import { createRecord } from '../../registry/service.js';
import { GroupInput, SourceInput } from '../../registry/schema.js';

/** `precursor export`: a file or standard output, the list's filters by name, public mode, exit codes. */
describe.each(engines)('precursor export on %s', (engine) => {
  let database: CliDatabase;
  let dir: string;

  beforeAll(async () => {
    database = await openEmptyCliDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'precursor-export-cli-'));
    const db = await openDatabase(readConfig({ ...process.env, ...database.env }));
    try {
      const ctx = createContext(db);
      const group = await createRecord(ctx, 'groups', GroupInput.parse({ name: 'Teral fishing families', basis: 'ethnicity' }));
      const source = await createRecord(ctx, 'sources', SourceInput.parse({ name: 'Eastern Lakes Monitors', kind: 'ngo', reliability: 'B' }));
      const sources = [{ sourceId: source.id, connection: 'eyewitness', materialType: 'testimony', credibility: 2 }];
      await createIncident(ctx, IncidentInput.parse({ title: '+Boats burned', startDate: '2024-03-02', country: 'XVR', confidentiality: 'public', acts: [{ violationType: 'arson', groupId: group.id }], sources }));
      await createIncident(ctx, IncidentInput.parse({ title: 'Nets cut', startDate: '2024-04', country: 'XVR', confidentiality: 'internal', acts: [{ violationType: 'harassment' }] }));
    } finally {
      await db.close();
    }
  }, 120_000);
  afterEach(stopCliProcesses);
  afterAll(async () => {
    await database?.dispose();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a file and says how many incidents it holds', async () => {
    const out = join(dir, 'all.csv');
    const result = await runCli(['export', '--format', 'csv', '--out', out, '--json'], { env: database.env });
    expect(result.code, result.stderr).toBe(0);
    expect(json(result)).toEqual({ format: 'csv', incidents: 2, out, public: false });
    const rows = readFileSync(out, 'utf8').trimEnd().split('\r\n');
    expect(rows).toHaveLength(3);
    expect(rows[1]).toContain(",'+Boats burned,");
  }, 60_000);

  it('writes to standard output, with the filters by name', async () => {
    const result = await runCli(['export', '--format', 'ndjson', '--group', 'Teral fishing families'], { env: database.env });
    expect(result.code, result.stderr).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.title)).toEqual(['+Boats burned']);
    expect(lines[0].sources[0].source.name).toBe('Eastern Lakes Monitors');
  }, 60_000);

  it('in public mode leaves out what is not public, and every source', async () => {
    const result = await runCli(['export', '--format', 'json', '--public'], { env: database.env });
    expect(result.code, result.stderr).toBe(0);
    const doc = JSON.parse(result.stdout);
    expect(doc.precursorExport.public).toBe(true);
    expect(doc.incidents.map((i: { title: string }) => i.title)).toEqual(['+Boats burned']);
    expect(result.stdout).not.toContain('Eastern Lakes Monitors');
  }, 60_000);

  it('refuses an unknown format with exit code 2, naming the option', async () => {
    const result = await runCli(['export', '--format', 'pdf'], { env: database.env });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('--format');
  }, 60_000);
});
