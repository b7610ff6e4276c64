import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openActorsApi, type ActorsApi } from '../../test/actors.js';
import { expectProblem, expectStatus, multipart } from '../../test/api.js';
import { engines } from '../../test/databases.js';

const fixture = readFileSync(fileURLToPath(new URL('../../test/fixtures/spreadsheet/incidents.csv', import.meta.url)));

/**
 * The import API end to end, through the real pipeline (src/ingest/pipeline.ts) and writer
 * (src/ingest/write/): upload the example spreadsheet, preview it with its shipped mapping, run
 * a job, read the report and the error file, import it again (nothing added), roll the batch back.
 */
describe.each(engines)('imports through the API on %s', (engine) => {
  let api: ActorsApi;
  beforeAll(async () => {
    api = await openActorsApi(engine);
  });
  afterAll(() => api?.close());

  const upload = async (content: Buffer | string, filename = 'incidents.csv') => {
    const { payload, headers } = multipart([{ name: 'file', filename, contentType: 'text/csv', content }]);
    const res = await api.send('editor', { method: 'POST', url: '/api/imports/uploads', payload, headers });
    expectStatus(res, 201);
    return res.body.id as string;
  };
  const run = async (body: Record<string, unknown>) => {
    const started = await api.post('editor', '/api/imports/jobs', body);
    expectStatus(started, 202);
    let job: any;
    await expect
      .poll(async () => {
        job = (await api.get('editor', `/api/imports/jobs/${started.body.id}`)).body;
        return job.status;
      }, { timeout: 60_000 })
      .toMatch(/finished|failed|interrupted/);
    return job;
  };

  it('lists the shipped mappings and the fields a mapping may fill', async () => {
    const res = await api.get('analyst', '/api/imports/mappings');
    expectStatus(res, 200);
    expect(res.body.shipped).toContainEqual(expect.objectContaining({ name: 'example-spreadsheet', format: 'csv' }));
    expect(res.body.targets).toEqual(expect.arrayContaining(['title', 'startDate', 'violationType', 'victims.killed']));
  });

  it('previews a spreadsheet with its mapping: the incidents as recorded, the mapping document to adjust', async () => {
    const uploadId = await upload(fixture);
    const res = await api.post('editor', `/api/imports/uploads/${uploadId}/preview`, { mappingName: 'example-spreadsheet' });
    expectStatus(res, 200);
    expect(res.body.format).toBe('csv');
    expect(res.body.columns).toContain('Ref');
    expect(res.body.mapping).toMatchObject({ name: 'example-spreadsheet', fields: { title: 'Title' } });
    expect(res.body.rows[0]).toMatchObject({ row: 2, fields: { Ref: 'VR-001' }, incident: { title: 'Shops burnt in the market', startDate: '2023-05-14' } });
    // Without a mapping a generic CSV shows its records for the page to map.
    const bare = await api.post('editor', `/api/imports/uploads/${uploadId}/preview`, {});
    expectStatus(bare, 200);
    expect(bare.body).toMatchObject({ mapping: null });
    expect(bare.body.rows[0].incident).toBeNull();
    // An inline mapping is checked as a mapping file is, its problems named under `mapping`.
    expectProblem(await api.post('editor', `/api/imports/uploads/${uploadId}/preview`, { mapping: { name: 'x', description: 'd', format: 'csv', key: { hash: 'record' }, fields: { titel: 'Title' } } }), 400, ['mapping.fields.titel']);
  });

  it('imports as a job, reports the rejected rows with an error file, adds nothing the second time, and rolls the batch back', async () => {
    const bad = Buffer.concat([fixture, Buffer.from('VR-099,Impossible day,,31/02/2024,no,,XVR,Northern,Aldmoor,,arson,Sorani,ethnic,,,,,Field team,interview\n')]);
    const uploadId = await upload(bad);
    const job = await run({ uploadId, mappingName: 'example-spreadsheet' });
    expect(job.status, JSON.stringify(job)).toBe('finished');
    expect(job.report.imported).toBeGreaterThan(0);
    expect(job.report.rejectedCount).toBeGreaterThanOrEqual(1);
    expect(job.report.rejected).toContainEqual(expect.objectContaining({ row: 9, field: 'Date', target: 'startDate' }));
    expect(job.batchId).toBe(job.report.batch);

    const errors = await api.get('analyst', job.report.errorFile);
    expectStatus(errors, 200);
    expect(String(errors.headers['content-type'])).toMatch(/^text\/csv/);
    expect(errors.body as string).toMatch(/^Ref,Title,.*,reason\r?\n/);
    expect(errors.body as string).toContain('VR-099');

    const batch = await api.get('analyst', `/api/imports/batches/${job.batchId}`);
    expectStatus(batch, 200);
    expect(batch.body).toMatchObject({ id: job.batchId, fileName: 'incidents.csv', status: 'finished', counts: { imported: job.report.imported } });

    const again = await run({ uploadId: await upload(bad), mappingName: 'example-spreadsheet' });
    expect(again.report).toMatchObject({ imported: 0, unchanged: job.report.imported });

    const rolledBack = await api.post('editor', `/api/imports/batches/${again.batchId}/rollback`);
    expectStatus(rolledBack, 200);
    expect(rolledBack.body.status).toBe('rolled-back');
  });
});
