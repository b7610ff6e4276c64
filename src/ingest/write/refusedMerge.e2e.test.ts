import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { reportOf, row } from '../../../test/importRows.js';
import { deviceKey, proofModeFiles, sha256, type DeviceKey } from '../../../test/proofBundle.js';
import { createContext, type RequestContext } from '../../context.js';
import { EvidenceFiles } from '../../evidence/files.js';
import { getEvidence } from '../../evidence/service.js';
import { inputOf } from '../../incidents/document.js';
import { getIncident, updateIncident } from '../../incidents/service.js';
import type { Attachment, ImportedIncident, ImportWriter, RowOutcome } from '../types.js';
import { createImportWriter } from './index.js';

/**
 * A changed row whose merge with a person's edits is invalid is refused after its evidence was
 * stored (issue 16): it must leave nothing — no evidence record, no custody event, no bytes on
 * disk that no record names — while the other rows of the same call keep theirs.
 */
describe.each(engines)('a changed row refused for its merge, with evidence, on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  let files: EvidenceFiles;
  let writer: ImportWriter;
  let key: DeviceKey;
  const dir = mkdtempSync(join(tmpdir(), 'precursor-refused-merge-'));
  const root = join(dir, 'evidence');

  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
    files = new EvidenceFiles(root, 10 * 1024 * 1024);
    writer = createImportWriter({ files });
    key = await deviceKey();
  });
  afterAll(async () => {
    await t?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  let n = 0;
  /** One run in ONE writer call, so every row is decided in the same transaction. */
  async function run(rows: ImportedIncident[]): Promise<RowOutcome[]> {
    const file = `merge-${++n}.csv`;
    const batch = await writer.beginBatch(ctx, { sourceSystem: 'test', fileName: file, fileSha256: file.padEnd(64, '0').slice(0, 64), format: 'csv', mappingName: 'test', mapping: { name: 'test' } });
    const outcomes = await writer.writeIncidents(ctx, batch, rows);
    await writer.finishBatch(ctx, batch, reportOf(batch, outcomes), 'finished');
    return outcomes;
  }

  /** A photo (JPEG-looking bytes, different each time) with a ProofMode bundle signed by the one test device: every bundle has the same pubkey.asc. */
  async function photo(name: string, note: string): Promise<{ attachment: Attachment; sha256: string; sideSha256s: string[] }> {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(512)]);
    const side = await proofModeFiles(bytes, name, key);
    return {
      attachment: { name, note, open: async () => Readable.from([bytes]), proofFiles: Object.fromEntries(Object.entries(side).map(([n, b]) => [n, async () => b])) },
      sha256: sha256(bytes),
      sideSha256s: Object.values(side).map(sha256),
    };
  }

  const filesUnder = (at: string): string[] =>
    existsSync(at) ? readdirSync(at, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(at, join(e.parentPath, e.name))).sort() : [];
  const countOf = async (table: string) => (await t.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

  it('leaves no evidence record, no custody event and no file; the valid row of the same call is written with its evidence', async () => {
    const first = await run([row(1), row(2)]);
    expect(first.map((o) => o.status)).toEqual(['imported', 'imported']);
    const [kept, refused] = first.map((o) => (o as { incidentId: string }).incidentId) as [string, string];

    // A person ends the incident on 20 May; the source then moves its start to 1 June (after that end).
    const edited = await getIncident(ctx, refused);
    await updateIncident(ctx, refused, edited.version, { ...inputOf(edited), endDate: '2023-05-20' });
    const before = await getIncident(ctx, refused);

    // The valid row first, so the refused row's savepoint comes after evidence that must stay; both bundles share pubkey.asc.
    const good = await photo('good.jpg', 'imported from test row K1');
    const bad = await photo('bad.jpg', 'imported from test row K2');
    const second = await run([
      row(1, { narrative: 'Shops of the minority were burned at night, and a photo came.', attachments: [good.attachment] }),
      row(2, { startDate: '2023-06-01', attachments: [bad.attachment] }),
    ]);

    expect(second[0]).toMatchObject({ status: 'updated', incidentId: kept });
    expect(second[1]).toMatchObject({ status: 'rejected' });
    expect((second[1] as { problems: { code: string; target?: string; message: string }[] }).problems).toContainEqual(
      expect.objectContaining({ code: 'invalid', target: 'endDate', message: expect.stringContaining('after merging with the edits made since: the end date is before the start date') }),
    );

    // The refused incident is as the person left it.
    const after = await getIncident(ctx, refused);
    expect({ version: after.version, startDate: after.startDate, endDate: after.endDate, evidenceIds: after.evidenceIds }).toEqual({ version: before.version, startDate: '2023-05-14', endDate: '2023-05-20', evidenceIds: [] });

    // The valid row: its photo and four side files, stored, linked and in the chain of custody.
    const valid = await getIncident(ctx, kept);
    expect(valid.evidenceIds).toHaveLength(5);
    const evidence = await Promise.all(valid.evidenceIds.map((id) => getEvidence(ctx, id)));
    expect(evidence.find((e) => e.filename === 'good.jpg')!.custody.map((c) => c.action)).toEqual(['imported', 'proof-verified', 'metadata-kept']);

    // Nothing else: no record, no custody event (not even on the shared pubkey.asc), no link, no file of the refused row.
    expect({ evidence: await countOf('evidence'), links: await countOf('incident_evidence') }).toEqual({ evidence: 5, links: 5 });
    const custody = await t.db.query<{ evidence_id: string; note: string }>('select evidence_id, note from custody_events');
    expect(custody.filter((c) => !valid.evidenceIds.includes(c.evidence_id))).toEqual([]);
    expect(custody.filter((c) => c.note.includes('K2'))).toEqual([]);
    expect(filesUnder(root)).toEqual(evidence.map((e) => relative(root, files.pathOf(e.sha256))).sort());
    for (const sha of [bad.sha256, ...bad.sideSha256s.filter((s) => !good.sideSha256s.includes(s))]) expect(existsSync(files.pathOf(sha))).toBe(false);
  });
});
