import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import type { AccessRule } from '../src/access/routes.js';
import { multipart } from './api.js';
import type { RouteSample, World } from './routeSamples.js';

/**
 * The import routes' samples for the authorisation matrix (spread into routeSamples). Each
 * sample that changes something imports a file of its own as the administrator first, so every
 * role's request has its own upload, job or batch.
 */
const sample = (access: AccessRule, request: RouteSample['request']): RouteSample => ({ access, request });

/** The shipped mapping the samples import with, and a small CSV of its shape (rows of their own each time); `bad` adds a row with an impossible date. */
const mappingName = 'example-spreadsheet';
const csvFile = (bad = false) => {
  const ref = randomBytes(4).toString('hex');
  return [
    'Ref,Title,Description,Date,Approximate date,Reported on,Country,Province,Town,GPS,Type,Targeted community,Basis,Perpetrator,Killed,Injured,Displaced,Source,Material',
    `MX-${ref},Shrine defaced ${ref},,14/02/2026,no,,XVR,Northern,Aldmoor,,arson,Sorani,ethnic,,,,,Field team,interview`,
    ...(bad ? [`MX-${ref}-2,Market closed,,31/02/2024,no,,XVR,Northern,Aldmoor,,arson,Sorani,ethnic,,,,,Field team,interview`] : []),
  ].join('\n');
};

export const sampleMapping = (name: string) => ({
  name,
  description: 'A sample mapping of the authorisation matrix',
  format: 'csv',
  key: { hash: 'record' },
  fields: { title: 'title', startDate: 'date', country: 'country', violationType: 'type' },
});

async function uploadAsAdmin(w: World, bad = false): Promise<string> {
  const { payload, headers } = multipart([{ name: 'file', filename: 'events.csv', contentType: 'text/csv', content: csvFile(bad) }]);
  const res = await w.api.send('administrator', { method: 'POST', url: '/api/imports/uploads', payload, headers });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.id;
}

/** Runs an import of a file of its own as the administrator, to its end; returns the job. */
async function importAsAdmin(w: World, options: { bad?: boolean; dryRun?: boolean } = {}): Promise<{ id: string; batchId: string | null; status: string }> {
  const uploadId = await uploadAsAdmin(w, options.bad);
  const started = await w.api.post('administrator', '/api/imports/jobs', { uploadId, mappingName, dryRun: options.dryRun ?? false });
  expect(started.status, JSON.stringify(started.body)).toBe(202);
  let job = started.body;
  await expect
    .poll(async () => {
      job = (await w.api.get('administrator', `/api/imports/jobs/${started.body.id}`)).body;
      return job.status;
    }, { timeout: 30_000 })
    .toMatch(/finished|failed|interrupted/);
  expect(job.status, JSON.stringify(job)).toBe('finished');
  return job;
}

/** One finished import with a rejected row per world, for the reads. */
const finishedImports = new WeakMap<World, Promise<{ id: string; batchId: string | null }>>();
const finishedImport = (w: World) => {
  if (!finishedImports.has(w)) finishedImports.set(w, importAsAdmin(w, { bad: true }));
  return finishedImports.get(w)!;
};

let serial = 0;

export const importSamples: Record<string, RouteSample> = {
  'POST /api/imports/uploads': sample('imports.write', () => {
    const { payload, headers } = multipart([{ name: 'file', filename: 'events.csv', contentType: 'text/csv', content: csvFile() }]);
    return { method: 'POST', url: '/api/imports/uploads', payload, headers };
  }),
  'POST /api/imports/uploads/:id/preview': sample('imports.write', async (w) => ({ method: 'POST', url: `/api/imports/uploads/${await uploadAsAdmin(w)}/preview`, body: { mappingName } })),
  'GET /api/imports/mappings': sample('imports.read', () => ({ method: 'GET', url: '/api/imports/mappings' })),
  'POST /api/imports/mappings': sample('imports.write', () => ({ method: 'POST', url: '/api/imports/mappings', body: { mapping: sampleMapping(`matrix-mapping-${++serial}`) } })),
  'PUT /api/imports/mappings/:id': sample('imports.write', async (w) => {
    const name = `matrix-mapping-${++serial}`;
    const saved = await w.api.post('administrator', '/api/imports/mappings', { mapping: sampleMapping(name) });
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    return { method: 'PUT', url: `/api/imports/mappings/${saved.body.id}`, body: { version: 1, mapping: { ...sampleMapping(name), description: 'Changed' } } };
  }),
  'POST /api/imports/jobs': sample('imports.write', async (w) => ({ method: 'POST', url: '/api/imports/jobs', body: { uploadId: await uploadAsAdmin(w), mappingName, dryRun: true } })),
  'GET /api/imports/jobs': sample('imports.read', () => ({ method: 'GET', url: '/api/imports/jobs' })),
  'GET /api/imports/jobs/:id': sample('imports.read', async (w) => ({ method: 'GET', url: `/api/imports/jobs/${(await finishedImport(w)).id}` })),
  'GET /api/imports/jobs/:id/errors': sample('imports.read', async (w) => ({ method: 'GET', url: `/api/imports/jobs/${(await finishedImport(w)).id}/errors` })),
  'POST /api/imports/jobs/:id/resume': sample('imports.write', async (w) => {
    // A job a stopped server cut off: marked so, as the next start would.
    const job = await importAsAdmin(w, { dryRun: true });
    await w.api.db.query(`update import_jobs set status = 'interrupted' where id = $1`, [job.id]);
    return { method: 'POST', url: `/api/imports/jobs/${job.id}/resume` };
  }),
  'GET /api/imports/batches': sample('imports.read', () => ({ method: 'GET', url: '/api/imports/batches' })),
  'GET /api/imports/batches/:id': sample('imports.read', async (w) => ({ method: 'GET', url: `/api/imports/batches/${(await finishedImport(w)).batchId}` })),
  'POST /api/imports/batches/:id/rollback': sample('imports.write', async (w) => ({ method: 'POST', url: `/api/imports/batches/${(await importAsAdmin(w)).batchId}/rollback` })),
};
