import type { Sql } from '../../db/database.js';

/** The SQL of import uploads, jobs and saved mappings (migration 014); nothing else touches these tables. */

export interface UploadRow {
  id: string;
  file_name: string;
  size_bytes: number;
  sha256: string;
  uploaded_by: string;
  created_at: string;
}

export async function insertUpload(sql: Sql, u: { id: string; fileName: string; sizeBytes: number; sha256: string; uploadedBy: string }): Promise<UploadRow> {
  const [row] = await sql.query<UploadRow>(
    `insert into import_uploads (id, file_name, size_bytes, sha256, uploaded_by) values ($1, $2, $3, $4, $5)
     returning id, file_name, size_bytes, sha256, uploaded_by, created_at`,
    [u.id, u.fileName, u.sizeBytes, u.sha256, u.uploadedBy],
  );
  return row!;
}

export async function selectUpload(sql: Sql, id: string): Promise<UploadRow | undefined> {
  const [row] = await sql.query<UploadRow>('select id, file_name, size_bytes, sha256, uploaded_by, created_at from import_uploads where id = $1', [id]);
  return row;
}

export interface JobRow {
  id: string;
  upload_id: string;
  options: unknown;
  status: 'queued' | 'running' | 'finished' | 'failed' | 'interrupted';
  progress: unknown;
  report: unknown;
  batch_id: string | null;
  error: string | null;
  started_by: string;
  started_by_name: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
  file_name: string;
  size_bytes: number;
  sha256: string;
}

const jobColumns = `j.id, j.upload_id, j.options, j.status, j.progress, j.report, j.batch_id, j.error, j.started_by, j.started_by_name,
  j.created_at, j.started_at, j.finished_at, u.file_name, u.size_bytes, u.sha256`;

export async function insertJob(sql: Sql, j: { id: string; uploadId: string; options: unknown; startedBy: string; startedByName: string }): Promise<void> {
  await sql.query(`insert into import_jobs (id, upload_id, options, status, started_by, started_by_name) values ($1, $2, $3::jsonb, 'queued', $4, $5)`, [
    j.id,
    j.uploadId,
    JSON.stringify(j.options),
    j.startedBy,
    j.startedByName,
  ]);
}

export async function selectJob(sql: Sql, id: string): Promise<JobRow | undefined> {
  const [row] = await sql.query<JobRow>(`select ${jobColumns} from import_jobs j join import_uploads u on u.id = j.upload_id where j.id = $1`, [id]);
  return row;
}

export async function selectJobs(sql: Sql, limit: number): Promise<JobRow[]> {
  return sql.query<JobRow>(`select ${jobColumns} from import_jobs j join import_uploads u on u.id = j.upload_id order by j.created_at desc, j.id limit $1`, [limit]);
}

/** Sets the fields given; `started_at` / `finished_at` are stamped with the status that implies them. */
export async function updateJob(
  sql: Sql,
  id: string,
  change: { status?: JobRow['status']; progress?: unknown; report?: unknown; batchId?: string | null; error?: string | null },
): Promise<void> {
  const sets: string[] = [];
  const params: unknown[] = [id];
  const set = (column: string, value: unknown, cast = '') => {
    params.push(value);
    sets.push(`${column} = $${params.length}${cast}`);
  };
  if (change.status) {
    set('status', change.status);
    if (change.status === 'running') sets.push('started_at = now()', 'finished_at = null');
    if (change.status === 'queued') sets.push('finished_at = null');
    if (['finished', 'failed', 'interrupted'].includes(change.status)) sets.push('finished_at = now()');
  }
  if (change.progress !== undefined) set('progress', JSON.stringify(change.progress), '::jsonb');
  if (change.report !== undefined) set('report', change.report === null ? null : JSON.stringify(change.report), '::jsonb');
  if (change.batchId !== undefined) set('batch_id', change.batchId);
  if (change.error !== undefined) set('error', change.error);
  if (!sets.length) return;
  await sql.query(`update import_jobs set ${sets.join(', ')} where id = $1`, params);
}

/** Jobs a stopped server left queued or running: marked interrupted, their ids returned. */
export async function interruptUnfinishedJobs(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ id: string }>(
    `update import_jobs set status = 'interrupted', finished_at = now(), error = coalesce(error, 'the server stopped before the import finished')
     where status in ('queued', 'running') returning id`,
  );
  return rows.map((r) => r.id);
}

export interface MappingRow {
  id: string;
  name: string;
  source_system: string;
  document: unknown;
  version: number;
  created_by: string;
  created_at: string;
  updated_by: string;
  updated_at: string;
}

const mappingColumns = 'id, name, source_system, document, version, created_by, created_at, updated_by, updated_at';

export async function selectMappings(sql: Sql): Promise<MappingRow[]> {
  return sql.query<MappingRow>(`select ${mappingColumns} from import_mappings order by source_system, lower(name)`);
}

export async function selectMapping(sql: Sql, id: string): Promise<MappingRow | undefined> {
  const [row] = await sql.query<MappingRow>(`select ${mappingColumns} from import_mappings where id = $1`, [id]);
  return row;
}

export async function selectMappingByName(sql: Sql, sourceSystem: string, name: string): Promise<MappingRow | undefined> {
  const [row] = await sql.query<MappingRow>(`select ${mappingColumns} from import_mappings where source_system = $1 and lower(name) = lower($2)`, [sourceSystem, name]);
  return row;
}

export async function insertMapping(sql: Sql, m: { id: string; name: string; sourceSystem: string; document: unknown; actor: string }): Promise<MappingRow> {
  const [row] = await sql.query<MappingRow>(
    `insert into import_mappings (id, name, source_system, document, created_by, updated_by) values ($1, $2, $3, $4::jsonb, $5, $5)
     returning ${mappingColumns}`,
    [m.id, m.name, m.sourceSystem, JSON.stringify(m.document), m.actor],
  );
  return row!;
}

/** Saves a new version over `version`; undefined when the stored version is another (someone saved meanwhile). */
export async function updateMapping(sql: Sql, m: { id: string; version: number; name: string; document: unknown; actor: string }): Promise<MappingRow | undefined> {
  const [row] = await sql.query<MappingRow>(
    `update import_mappings set name = $3, document = $4::jsonb, version = version + 1, updated_by = $5, updated_at = now()
     where id = $1 and version = $2 returning ${mappingColumns}`,
    [m.id, m.version, m.name, JSON.stringify(m.document), m.actor],
  );
  return row;
}
