import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import yazl from 'yazl';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../../test/databases.js';
import { deviceKey, proofModeFiles } from '../../../test/proofBundle.js';
import { createContext, type RequestContext } from '../../context.js';
import type { Database } from '../../db/database.js';
import { EvidenceFiles } from '../../evidence/files.js';
import { getEvidence } from '../../evidence/service.js';
import { getIncident } from '../../incidents/service.js';
import { openZip } from '../formats/archive.js';
import { runImport } from '../pipeline.js';
import type { ImportFile } from '../types.js';
import { createImportWriter, importWriter } from './index.js';

/**
 * Attachments as evidence, end to end (issue 16 §1): the ODK "all data and media" ZIP fixture,
 * rebuilt with a ProofMode bundle beside its photo (signed here with a key made for the test),
 * imported through the pipeline and the writer — the photo and its side files stored as
 * evidence and linked to the incident, the proof's verification in the photo's chain of
 * custody — and imported again without a second record or a custody event. A row refused for
 * one of its files, or a writer call the database undoes, leaves no record and no file behind.
 */
const fixture = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'odk', 'incident_report.zip');
const photoName = '1709543564001.jpg';
const fileOf = (path: string): ImportFile => ({ path, name: path.split('/').pop()!, size: statSync(path).size });

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** The fixture's members (the root CSV edited by `edit`) plus `extra`, which replaces a member of the same name, as a new ZIP. */
async function rebuild(path: string, extra: Record<string, Buffer>, edit: (csv: string) => string = (c) => c): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const m of await openZip(fixture)) {
    if (m.isDirectory || m.name in extra) continue;
    let bytes = await readAll(await m.open());
    if (m.name === 'incident_report.csv') bytes = Buffer.from(edit(bytes.toString('utf8')));
    zip.addBuffer(bytes, m.name);
  }
  for (const [name, bytes] of Object.entries(extra)) zip.addBuffer(bytes, name);
  zip.end();
  writeFileSync(path, await readAll(zip.outputStream));
}

describe.each(engines)('imported attachments stored as evidence on %s', (engine) => {
  let t: TestDatabase;
  let ctx: RequestContext;
  let files: EvidenceFiles;
  const dir = mkdtempSync(join(tmpdir(), 'precursor-import-media-'));
  const zipPath = join(dir, 'incident_report.zip');
  let photoBytes: Buffer;
  beforeAll(async () => {
    t = await openTestDatabase(engine);
    ctx = createContext(t.db);
    files = new EvidenceFiles(join(dir, 'evidence'), 10 * 1024 * 1024);
    const photo = (await openZip(fixture)).find((m) => m.name === `media/${photoName}`)!;
    photoBytes = await readAll(await photo.open());
    const side = await proofModeFiles(photoBytes, photoName, await deviceKey());
    await rebuild(zipPath, Object.fromEntries(Object.entries(side).map(([n, b]) => [`media/${n}`, b])));
  }, 60_000);
  afterAll(async () => {
    await t?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const arsonOf = async () => {
    const rows = await t.db.query<{ incident_id: string }>("select incident_id from external_ids where key = 'uuid:4f1c2a9e-6b1d-4c55-9a0e-2d3f4b5c6a01'");
    return getIncident(ctx, rows[0]!.incident_id);
  };

  it('the photo and its proof files become evidence of the incident, the proof verified in the chain of custody', async () => {
    const writer = createImportWriter({ files });
    const run = await runImport(ctx, fileOf(zipPath), { writer, today: '2026-01-01', errorFilePath: null });
    expect(run).toMatchObject({ format: 'odk', imported: 2, rejectedCount: 1 });
    const arson = await arsonOf();
    expect(arson.evidenceIds).toHaveLength(5);
    const evidence = await Promise.all(arson.evidenceIds.map((id) => getEvidence(ctx, id)));
    const photo = evidence.find((e) => e.filename === photoName)!;
    expect(photo.mediaType).toBe('image/jpeg');
    expect(photo.custody.map((c) => c.action)).toEqual(['imported', 'proof-verified', 'metadata-kept']);
    expect(photo.custody[0]!.note).toBe('imported from ODK submission uuid:4f1c2a9e-6b1d-4c55-9a0e-2d3f4b5c6a01');
    expect(photo.custody[1]!.note).toContain('ProofMode proof verified');
    expect(evidence.map((e) => e.filename).sort()).toEqual([photoName, `${photoName}.asc`, `${photoName}.proof.csv`, `${photoName}.proof.csv.asc`, 'pubkey.asc'].sort());
    // The other submission brought no file.
    const rows = await t.db.query<{ n: number }>('select count(*)::int as n from incident_evidence');
    expect(rows[0]!.n).toBe(5);
  });

  it('imported again: nothing added; a changed row keeps its evidence with no second record and no custody event', async () => {
    const writer = createImportWriter({ files });
    const before = await arsonOf();
    const custody = async () => (await t.db.query<{ n: number }>('select count(*)::int as n from custody_events'))[0]!.n;
    const events = await custody();
    const again = await runImport(ctx, fileOf(zipPath), { writer, today: '2026-01-01', errorFilePath: null });
    expect(again).toMatchObject({ imported: 0, updated: 0, unchanged: 2 });
    const changedPath = join(dir, 'changed', 'incident_report.zip');
    mkdirSync(join(dir, 'changed'), { recursive: true });
    const side = Object.fromEntries((await Promise.all(before.evidenceIds.map((id) => getEvidence(ctx, id)))).filter((e) => e.filename !== photoName).map((e) => [`media/${e.filename}`, files.pathOf(e.sha256)]));
    await rebuild(changedPath, Object.fromEntries(Object.entries(side).map(([n, p]) => [n, readFileSync(p)])), (csv) => csv.replace('two shopkeepers were beaten', 'two shopkeepers were beaten and robbed'));
    const changed = await runImport(ctx, fileOf(changedPath), { writer, today: '2026-01-01', errorFilePath: null });
    expect(changed).toMatchObject({ imported: 0, updated: 1, unchanged: 1 });
    const after = await arsonOf();
    expect(after.narrative).toContain('beaten and robbed');
    expect(after.evidenceIds).toEqual(before.evidenceIds);
    expect((await t.db.query<{ n: number }>('select count(*)::int as n from evidence'))[0]!.n).toBe(5);
    expect(await custody()).toBe(events);
  });

  /** Every file under `root` (directories left empty do not count), relative to it. */
  const filesUnder = (root: string): string[] =>
    existsSync(root) ? readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => relative(root, join(e.parentPath, e.name))) : [];
  const countOf = async (db: TestDatabase, table: string) => (await db.db.query<{ n: number }>(`select count(*)::int as n from ${table}`))[0]!.n;

  it('a row whose photo is refused leaves nothing behind: no record, no custody event, none of its side files on disk', async () => {
    const other = await openTestDatabase(engine);
    const store = join(dir, 'refused', 'evidence');
    try {
      // The photo replaced by an executable (refused as evidence), with a ProofMode bundle made for those bytes:
      // the side files are stored before the photo, which is then refused.
      const executable = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(248, 1)]);
      const side = await proofModeFiles(executable, photoName, await deviceKey());
      const path = join(dir, 'refused', 'incident_report.zip');
      mkdirSync(join(dir, 'refused'), { recursive: true });
      await rebuild(path, Object.fromEntries([[`media/${photoName}`, executable], ...Object.entries(side).map(([n, b]) => [`media/${n}`, b])]));
      const run = await runImport(createContext(other.db), fileOf(path), { writer: createImportWriter({ files: new EvidenceFiles(store, 10 * 1024 * 1024) }), today: '2026-01-01', errorFilePath: null });
      expect(run).toMatchObject({ imported: 1, rejectedCount: 2 });
      expect(run.rejected).toContainEqual(expect.objectContaining({ target: 'attachments', code: 'evidence', message: expect.stringContaining(`${photoName}: executable files`) }));
      expect({ evidence: await countOf(other, 'evidence'), custody: await countOf(other, 'custody_events'), links: await countOf(other, 'incident_evidence') }).toEqual({ evidence: 0, custody: 0, links: 0 });
      expect(filesUnder(store)).toEqual([]);
    } finally {
      await other.dispose();
    }
  });

  it('a writer call undone by the database removes the files it stored (no record names them)', async () => {
    const other = await openTestDatabase(engine);
    const store = join(dir, 'undone', 'evidence');
    try {
      // The call fails after the rows' files were stored and recorded: its transaction is rolled back.
      const db = other.db;
      const failing: Database = {
        engine: db.engine,
        query: (text, params) => db.query(text, params),
        copyFrom: (target, data) => db.copyFrom(target, data),
        transaction: (work) =>
          db.transaction((tx) =>
            work({
              query: (text, params) => (text.includes('insert into import_rows') ? Promise.reject(new Error('the disk is full (test)')) : tx.query(text, params)),
              copyFrom: (target, data) => tx.copyFrom(target, data),
            }),
          ),
        exec: (script) => db.exec(script),
        close: () => db.close(),
      };
      const writer = createImportWriter({ files: new EvidenceFiles(store, 10 * 1024 * 1024) });
      await expect(runImport(createContext(failing), fileOf(zipPath), { writer, today: '2026-01-01', errorFilePath: null })).rejects.toThrow('the disk is full (test)');
      expect({ evidence: await countOf(other, 'evidence'), custody: await countOf(other, 'custody_events') }).toEqual({ evidence: 0, custody: 0 });
      expect(filesUnder(store)).toEqual([]);
      // The same file imported again through a working database is stored and linked as usual.
      const again = await runImport(createContext(db), fileOf(zipPath), { writer, today: '2026-01-01', errorFilePath: null });
      expect(again).toMatchObject({ imported: 2, rejectedCount: 1 });
      expect(filesUnder(store)).toHaveLength(5);
    } finally {
      await other.dispose();
    }
  });

  it('a writer without an evidence store rejects the row that brings files, saying so, and keeps the others', async () => {
    const other = await openTestDatabase(engine);
    try {
      const run = await runImport(createContext(other.db), fileOf(zipPath), { writer: importWriter, today: '2026-01-01', errorFilePath: null });
      expect(run).toMatchObject({ imported: 1, rejectedCount: 2 });
      expect(run.rejected.map((r) => r.message)).toContainEqual(expect.stringContaining('no evidence store'));
    } finally {
      await other.dispose();
    }
  });
});
