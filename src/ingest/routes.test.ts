import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { headersFor, testAuthenticate, type As } from '../../test/actors.js';
import { expectProblem, expectStatus, multipart, type Res } from '../../test/api.js';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { fakeImportEngine, fakeMapping, type FakeEngine } from '../../test/fakeImportEngine.js';
import { EvidenceFiles } from '../evidence/files.js';
import { buildApp, type App } from '../http/app.js';
import { ImportFiles } from './jobs/files.js';
import { interruptUnfinishedJobs } from './jobs/store.js';

const csv = ['title,date,type', 'Shrine defaced,2026-02-10,harassment', 'Market closed,2026-03,hit', 'Teacher dismissed,2026-31-02,harassment', 'Slur painted,2026-04-01,graffiti', 'Curfew,2026,harassment'].join('\n');

describe.each(engines)('the import API with a fake pipeline on %s', (engine) => {
  let database: TestDatabase;
  let dir: string;
  let fake: FakeEngine;
  let app: App;
  const apps: App[] = [];

  const build = async (maxBytes = 64 * 1024) => {
    const built = await buildApp({
      db: database.db,
      files: new EvidenceFiles(join(dir, 'evidence'), 1024 * 1024),
      version: 'test',
      authenticate: testAuthenticate,
      imports: { files: new ImportFiles(join(dir, 'imports'), maxBytes), engine: fake },
    });
    await built.ready();
    apps.push(built);
    return built;
  };
  const send = async (as: As, request: InjectOptions, on: App = app): Promise<Res> => {
    const json = request.body !== undefined && !Buffer.isBuffer(request.body) && typeof request.body !== 'string';
    const res = await on.inject({ ...request, headers: { ...(json ? { 'content-type': 'application/json' } : {}), ...request.headers, ...headersFor(as) }, body: json ? JSON.stringify(request.body) : request.body });
    const type = String(res.headers['content-type'] ?? '');
    return { status: res.statusCode, headers: res.headers, body: /json/.test(type) && res.body ? JSON.parse(res.body) : res.body, raw: res.rawPayload };
  };
  const uploadFile = (content: string | Buffer, as: As = 'editor', on: App = app, filename = 'events.csv') => {
    const { payload, headers } = multipart([{ name: 'file', filename, contentType: 'text/csv', content }]);
    return send(as, { method: 'POST', url: '/api/imports/uploads', payload, headers }, on);
  };
  const finished = async (id: string, on: App = app) => {
    let job: any;
    await expect
      .poll(async () => {
        job = (await send('editor', { method: 'GET', url: `/api/imports/jobs/${id}` }, on)).body;
        return job.status;
      }, { timeout: 20_000 })
      .toMatch(/finished|failed|interrupted/);
    return job;
  };

  beforeAll(async () => {
    database = await openTestDatabase(engine);
    dir = mkdtempSync(join(tmpdir(), 'precursor-imports-test-'));
    fake = fakeImportEngine();
    app = await build();
  });
  afterAll(async () => {
    for (const a of apps) await a.close();
    await database?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores an upload streamed with its SHA-256, and refuses an empty file, a file over the limit and a body that is not multipart', async () => {
    const res = await uploadFile(csv);
    expectStatus(res, 201);
    expect(res.body).toMatchObject({ fileName: 'events.csv', sizeBytes: Buffer.byteLength(csv), uploadedBy: 'test-editor' });
    expect(res.body.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(existsSync(join(dir, 'imports', 'uploads', res.body.id))).toBe(true);

    expectProblem(await uploadFile(''), 400, ['file']);
    const small = await build(100);
    const tooLarge = expectProblem(await uploadFile(csv, 'editor', small), 413, ['file']);
    expect(tooLarge.errors![0]!.code).toBe('file-too-large');
    expectProblem(await send('editor', { method: 'POST', url: '/api/imports/uploads', body: { file: 'x' } }), 415, ['file']);
    // Nothing half-written is left behind.
    expect(readdirSync(join(dir, 'imports', 'uploads')).filter((n) => n.endsWith('.part'))).toEqual([]);
  });

  it('previews the first rows as they would be recorded, with each row’s problems and the unknown codes', async () => {
    const { body: upload } = await uploadFile(csv);
    const res = await send('editor', { method: 'POST', url: `/api/imports/uploads/${upload.id}/preview`, body: { rows: 3 } });
    expectStatus(res, 200);
    expect(res.body).toMatchObject({ uploadId: upload.id, format: 'csv', columns: ['title', 'date', 'type'], notes: ['fake reader: UTF-8, comma'], mapping: { name: 'fake-csv' } });
    expect(res.body.rows).toHaveLength(3);
    expect(res.body.rows[0]).toMatchObject({ row: 2, incident: { title: 'Shrine defaced', startDate: '2026-02-10' }, problems: [] });
    expect(res.body.rows[1].incident.acts[0].violationType).toBe('harassment');
    expect(res.body.rows[2]).toMatchObject({ row: 4, incident: null, problems: [{ field: 'date', target: 'startDate', code: 'invalid-date' }] });
    expect(res.body.unknownCodes).toEqual([{ target: 'violationType', value: 'graffiti', count: 1 }]);

    expectProblem(await send('editor', { method: 'POST', url: `/api/imports/uploads/${upload.id}/preview`, body: { mappingName: 'nope' } }), 400, ['mappingName']);
    expectProblem(await send('editor', { method: 'POST', url: `/api/imports/uploads/${upload.id}/preview`, body: { mappingName: '../../etc/passwd' } }), 400, ['mappingName']);
    expectProblem(await send('editor', { method: 'POST', url: `/api/imports/uploads/${upload.id}/preview`, body: { mappingName: 'fake-csv', mapping: fakeMapping } }), 400, ['mappingName']);
    expectProblem(await send('editor', { method: 'POST', url: `/api/imports/uploads/${upload.id}/preview`, body: { rows: 0 } }), 400, ['rows']);
    expectProblem(await send('editor', { method: 'POST', url: '/api/imports/uploads/00000000-0000-4000-8000-000000000000/preview', body: {} }), 404);
  });

  it('saves a mapping of one’s own (audited), previews with it, and keeps names unique within a source system', async () => {
    const mine = { ...fakeMapping, name: 'Our events', sourceSystem: 'fake-csv', values: { violationType: { ...fakeMapping.values!.violationType, graffiti: { code: 'hate-speech', why: 'slurs painted on walls' } } } };
    const saved = await send('editor', { method: 'POST', url: '/api/imports/mappings', body: { mapping: mine } });
    expectStatus(saved, 201);
    expect(saved.body).toMatchObject({ name: 'Our events', sourceSystem: 'fake-csv', version: 1, createdBy: 'test-editor' });
    expectProblem(await send('editor', { method: 'POST', url: '/api/imports/mappings', body: { mapping: { ...mine, name: 'our EVENTS' } } }), 409, ['mapping.name']);
    expectProblem(await send('editor', { method: 'POST', url: '/api/imports/mappings', body: { mapping: { fields: {} } } }), 400, ['mapping.name']);

    const list = await send('analyst', { method: 'GET', url: '/api/imports/mappings' });
    expect(list.body.shipped).toEqual([{ name: 'fake-csv', description: fakeMapping.description, format: 'csv' }]);
    expect(list.body.saved.map((m: { name: string }) => m.name)).toContain('Our events');

    const { body: upload } = await uploadFile(csv);
    const preview = await send('editor', { method: 'POST', url: `/api/imports/uploads/${upload.id}/preview`, body: { userMappingId: saved.body.id } });
    expect(preview.body.unknownCodes).toEqual([]);
    expect(preview.body.rows[3].incident.acts[0].violationType).toBe('hate-speech');

    const updated = await send('editor', { method: 'PUT', url: `/api/imports/mappings/${saved.body.id}`, body: { version: 1, mapping: { ...mine, description: 'Adjusted' } } });
    expectStatus(updated, 200);
    expect(updated.body).toMatchObject({ version: 2, mapping: { description: 'Adjusted' } });
    expectProblem(await send('editor', { method: 'PUT', url: `/api/imports/mappings/${saved.body.id}`, body: { version: 1, mapping: mine } }), 409, ['version']);
    expectProblem(await send('editor', { method: 'PUT', url: `/api/imports/mappings/${saved.body.id}`, body: { version: 2, mapping: { ...mine, sourceSystem: 'other' } } }), 400, ['mapping.sourceSystem']);

    const audit = await send('administrator', { method: 'GET', url: `/api/audit?entity=import-mapping&entityId=${saved.body.id}` });
    expectStatus(audit, 200);
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual(['import-mapping.update', 'import-mapping.create']);
  });

  it('runs a job in the server, with progress, a report with the rejected rows and an error file to download', async () => {
    const { body: upload } = await uploadFile(csv);
    const started = await send('editor', { method: 'POST', url: '/api/imports/jobs', body: { uploadId: upload.id } });
    expectStatus(started, 202);
    expect(started.body).toMatchObject({ uploadId: upload.id, fileName: 'events.csv', dryRun: false });
    expect(['queued', 'running', 'finished']).toContain(started.body.status);

    const job = await finished(started.body.id);
    expect(job).toMatchObject({ status: 'finished', error: null, startedBy: 'test-editor' });
    expect(job.report).toMatchObject({ imported: 3, rejectedCount: 2, errorFile: `/api/imports/jobs/${job.id}/errors` });
    expect(job.report.rejected).toEqual([
      { row: 4, field: 'date', target: 'startDate', code: 'invalid-date', message: "'2026-31-02' is not a date" },
      { row: 5, field: 'type', target: 'acts.0.violationType', code: 'unknown-code', message: "'graffiti' is not mapped to a violation type" },
    ]);
    expect(job.progress).toMatchObject({ rowsWritten: 3, rejected: 2, etaSeconds: null });
    expect(job.batchId).toBe(job.report.batch);

    const errors = await send('analyst', { method: 'GET', url: job.report.errorFile });
    expectStatus(errors, 200);
    expect(errors.headers['content-disposition']).toBe("attachment; filename*=UTF-8''events.errors.csv");
    expect(String(errors.body).split('\n')).toEqual(['title,date,type,reason', "Teacher dismissed,2026-31-02,harassment,'2026-31-02' is not a date", "Slur painted,2026-04-01,graffiti,'graffiti' is not mapped to a violation type"]);

    const jobs = await send('analyst', { method: 'GET', url: '/api/imports/jobs' });
    expect(jobs.body.items[0].id).toBe(job.id);

    // The batch is the writer's: listed, shown and rolled back through it.
    const batches = await send('analyst', { method: 'GET', url: '/api/imports/batches' });
    expect(batches.body.items.map((b: { id: string }) => b.id)).toContain(job.batchId);
    expect((await send('analyst', { method: 'GET', url: `/api/imports/batches/${job.batchId}` })).body).toMatchObject({ id: job.batchId, status: 'finished', counts: { imported: 3, rejected: 2 } });
    const rolledBack = await send('editor', { method: 'POST', url: `/api/imports/batches/${job.batchId}/rollback` });
    expectStatus(rolledBack, 200);
    expect(rolledBack.body.status).toBe('rolled-back');
    expectProblem(await send('analyst', { method: 'GET', url: '/api/imports/batches/10000000-0000-4000-8000-999999999999' }), 404);
    expectProblem(await send('analyst', { method: 'GET', url: '/api/imports/batches/nope' }), 400);
  });

  it('answers 404 for the error file of a job that rejected nothing, and refuses to start a job on a missing upload', async () => {
    const { body: upload } = await uploadFile('title,date,type\nCurfew,2026,harassment');
    const job = await finished((await send('editor', { method: 'POST', url: '/api/imports/jobs', body: { uploadId: upload.id } })).body.id);
    expect(job.report).toMatchObject({ imported: 1, rejectedCount: 0, errorFile: null });
    expectProblem(await send('editor', { method: 'GET', url: `/api/imports/jobs/${job.id}/errors` }), 404);
    expectProblem(await send('editor', { method: 'POST', url: '/api/imports/jobs', body: { uploadId: '00000000-0000-4000-8000-000000000000' } }), 400, ['uploadId']);
  });

  it('marks a job interrupted when the app closes during it, and resumes it into the same batch', async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `Event ${i},2026-01-${String(i + 1).padStart(2, '0')},harassment`);
    const other = await build();
    const { body: upload } = await uploadFile(['title,date,type', ...rows].join('\n'), 'editor', other);
    fake.delayPerBatch = 100;
    const started = await send('editor', { method: 'POST', url: '/api/imports/jobs', body: { uploadId: upload.id } }, other);
    await expect.poll(async () => (await send('editor', { method: 'GET', url: `/api/imports/jobs/${started.body.id}` }, other)).body.progress.rowsWritten, { timeout: 10_000 }).toBeGreaterThan(0);
    const running = (await send('editor', { method: 'GET', url: `/api/imports/jobs/${started.body.id}` }, other)).body;
    expect(running.status).toBe('running');
    expect(running.progress.percent).toBeGreaterThan(0);
    await other.close();
    fake.delayPerBatch = 0;

    const cut = (await send('editor', { method: 'GET', url: `/api/imports/jobs/${started.body.id}` })).body;
    expect(cut).toMatchObject({ status: 'interrupted' });
    expect(cut.error).toMatch(/resume/);
    expect(cut.progress.rowsWritten).toBeGreaterThan(0);
    expect(cut.progress.rowsWritten).toBeLessThan(20);
    const batchId = cut.batchId;
    expect(fake.batches.get(batchId)?.status).toBe('running');

    expectStatus(await send('editor', { method: 'POST', url: `/api/imports/jobs/${cut.id}/resume` }), 202);
    const done = await finished(cut.id);
    expect(done).toMatchObject({ status: 'finished', batchId, error: null });
    expectProblem(await send('editor', { method: 'POST', url: `/api/imports/jobs/${cut.id}/resume` }), 409);
  });

  it('marks jobs a killed server left running as interrupted at the next start', async () => {
    const { body: upload } = await uploadFile(csv);
    const job = await finished((await send('editor', { method: 'POST', url: '/api/imports/jobs', body: { uploadId: upload.id } })).body.id);
    await database.db.query(`update import_jobs set status = 'running', finished_at = null where id = $1`, [job.id]);
    expect(await interruptUnfinishedJobs(database.db)).toEqual([job.id]);
    expect((await send('editor', { method: 'GET', url: `/api/imports/jobs/${job.id}` })).body.status).toBe('interrupted');
  });

  it('fails a job whose writer fails, saying why, and lets it be resumed', async () => {
    const { body: upload } = await uploadFile(csv);
    fake.beforeBatch = () => {
      throw new Error('disk full');
    };
    const job = await finished((await send('editor', { method: 'POST', url: '/api/imports/jobs', body: { uploadId: upload.id } })).body.id);
    fake.beforeBatch = () => {};
    expect(job).toMatchObject({ status: 'failed', error: 'the import failed on an unexpected error; it has been logged', report: null });
    expectStatus(await send('editor', { method: 'POST', url: `/api/imports/jobs/${job.id}/resume` }), 202);
    expect((await finished(job.id)).status).toBe('finished');
  });

  it('lets readers of imports see jobs and mappings, and only writers upload, preview and run', async () => {
    expectStatus(await send('analyst', { method: 'GET', url: '/api/imports/jobs' }), 200);
    expectProblem(await send('viewer', { method: 'GET', url: '/api/imports/jobs' }), 403);
    expectProblem(await send('anonymous', { method: 'GET', url: '/api/imports/mappings' }), 401);
    expectProblem(await uploadFile(csv, 'analyst'), 403);
    expectProblem(await send('analyst', { method: 'POST', url: '/api/imports/jobs', body: { uploadId: '00000000-0000-4000-8000-000000000000' } }), 403);
  });
});
