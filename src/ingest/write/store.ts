import type { Sql } from '../../db/database.js';
import type { ImportBatch, RowProblem } from '../types.js';

/**
 * SQL of the import tables (migration 013): batches, external ids, what each batch did to each
 * incident, and rejected rows. Nothing here reads incidents but their version, deletion and
 * access columns, for the writer to decide a row's outcome.
 */

export interface BatchRow {
  id: string;
  source_system: string;
  file_name: string;
  file_sha256: string;
  format: string;
  mapping_name: string | null;
  started_by: string;
  started_at: string;
  finished_at: string | null;
  status: ImportBatch['status'];
  counts: ImportBatch['counts'];
}

const batchColumns = 'id, source_system, file_name, file_sha256, format, mapping_name, started_by, started_at, finished_at, status, counts';

export async function insertBatch(tx: Sql, b: Omit<BatchRow, 'started_at' | 'finished_at' | 'status' | 'counts'> & { mapping: unknown }): Promise<BatchRow> {
  const [row] = await tx.query<BatchRow>(
    `insert into import_batches (id, source_system, file_name, file_sha256, format, mapping_name, mapping, started_by, status)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, 'running') returning ${batchColumns}`,
    [b.id, b.source_system, b.file_name, b.file_sha256, b.format, b.mapping_name, b.mapping === undefined ? null : JSON.stringify(b.mapping), b.started_by],
  );
  return row!;
}

/** The batch of this file and mapping left running (by a killed run), locked: at most one (a unique index says so). */
export async function selectRunningBatch(tx: Sql, sourceSystem: string, sha256: string, mappingName: string | null): Promise<BatchRow | undefined> {
  const [row] = await tx.query<BatchRow>(
    `select ${batchColumns} from import_batches
     where source_system = $1 and file_sha256 = $2 and coalesce(mapping_name, '') = coalesce($3, '') and status = 'running' for update`,
    [sourceSystem, sha256, mappingName],
  );
  return row;
}

export async function selectBatch(sql: Sql, id: string, forUpdate = false): Promise<BatchRow | undefined> {
  const [row] = await sql.query<BatchRow>(`select ${batchColumns} from import_batches where id = $1${forUpdate ? ' for update' : ''}`, [id]);
  return row;
}

export async function selectBatches(sql: Sql, limit = 1000): Promise<BatchRow[]> {
  return sql.query<BatchRow>(`select ${batchColumns} from import_batches order by started_at desc, id desc limit $1`, [limit]);
}

export async function updateBatch(tx: Sql, id: string, status: ImportBatch['status'], counts?: ImportBatch['counts'], report?: unknown): Promise<BatchRow> {
  const [row] = await tx.query<BatchRow>(
    `update import_batches set status = $2, counts = coalesce($3::jsonb, counts), report = coalesce($4::jsonb, report),
       finished_at = case when $2 = 'running' then null else now() end
     where id = $1 returning ${batchColumns}`,
    [id, status, counts ? JSON.stringify(counts) : null, report === undefined ? null : JSON.stringify(report)],
  );
  return row!;
}

/** An external id with the state of its incident (null columns when the incident row is gone: purged). */
export interface ExternalRow {
  key: string;
  incident_id: string;
  document: unknown;
  document_hash: string | null;
  /** The version the last import left the incident at. */
  imported_version: number;
  batch_id: string;
  tombstone: boolean;
  present: boolean;
  deleted_at: string | null;
  version: number | null;
  confidentiality: string | null;
  teams: string[] | null;
}

/** The external ids of these keys in the source system, locked for the write, with their incidents' state. */
export async function selectExternalIds(tx: Sql, sourceSystem: string, keys: readonly string[], lock = true): Promise<Map<string, ExternalRow>> {
  if (keys.length === 0) return new Map();
  const rows = await tx.query<ExternalRow>(
    `select x.key, x.incident_id, x.document, x.document_hash, x.version as imported_version, x.batch_id, x.tombstone,
            i.id is not null as present, i.deleted_at, i.version, i.confidentiality, i.teams
     from external_ids x left join incidents i on i.id = x.incident_id
     where x.source_system = $1 and x.key = any($2::text[])${lock ? ' for update of x' : ''}`,
    [sourceSystem, keys],
  );
  return new Map(rows.map((r) => [r.key, r]));
}

export interface ExternalWrite {
  key: string;
  incident_id: string;
  /** Null when the base is the incident as the import left it (see migration 013). */
  document: unknown;
  document_hash: string;
  version: number;
}

/** Records (or moves) external ids to the batch, with the document each row was last imported as. */
export async function upsertExternalIds(tx: Sql, sourceSystem: string, batchId: string, rows: readonly ExternalWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into external_ids as x (source_system, key, incident_id, document, document_hash, version, batch_id)
     select $1, r.key, r.incident_id, r.document::jsonb, r.hash, r.version, $2
     from unnest($3::text[], $4::uuid[], $5::text[], $6::text[], $7::int[]) as r(key, incident_id, document, hash, version)
     on conflict (source_system, key) do update set incident_id = excluded.incident_id, document = excluded.document,
       document_hash = excluded.document_hash, version = excluded.version, batch_id = excluded.batch_id`,
    [sourceSystem, batchId, rows.map((r) => r.key), rows.map((r) => r.incident_id), rows.map((r) => (r.document == null ? null : JSON.stringify(r.document))), rows.map((r) => r.document_hash), rows.map((r) => r.version)],
  );
}

/** Puts external ids back as a rolled-back batch found them: removed where it created them, restored where it moved them. */
export async function restoreExternalIds(tx: Sql, sourceSystem: string, removed: readonly string[], restored: readonly (ExternalWrite & { batch_id: string })[]): Promise<void> {
  if (removed.length) await tx.query('delete from external_ids where source_system = $1 and key = any($2::text[])', [sourceSystem, removed]);
  if (restored.length) {
    await tx.query(
      `update external_ids x set incident_id = r.incident_id, document = r.document::jsonb, document_hash = r.hash, version = r.version, batch_id = r.batch_id
       from unnest($2::text[], $3::uuid[], $4::text[], $5::text[], $6::int[], $7::uuid[]) as r(key, incident_id, document, hash, version, batch_id)
       where x.source_system = $1 and x.key = r.key`,
      [sourceSystem, restored.map((r) => r.key), restored.map((r) => r.incident_id), restored.map((r) => (r.document == null ? null : JSON.stringify(r.document))), restored.map((r) => r.document_hash), restored.map((r) => r.version), restored.map((r) => r.batch_id)],
    );
  }
}

export interface ImportRow {
  batch_id: string;
  incident_id: string;
  source_system: string;
  key: string;
  source_row: number;
  file: string | null;
  sheet: string | null;
  outcome: 'imported' | 'updated' | 'conflict';
  version_before: number | null;
  version_after: number;
  previous_external: (ExternalWrite & { batch_id: string }) | null;
  incident_before: unknown;
  conflicts: unknown;
}

export async function insertImportRows(tx: Sql, rows: readonly Omit<ImportRow, 'batch_id'>[], batchId: string): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into import_rows (batch_id, incident_id, source_system, key, source_row, file, sheet, outcome, version_before, version_after, previous_external, incident_before, conflicts)
     select $1, r.incident_id, r.source_system, r.key, r.source_row, r.file, r.sheet, r.outcome, r.version_before, r.version_after, r.previous_external::jsonb, r.incident_before::jsonb, r.conflicts::jsonb
     from unnest($2::uuid[], $3::text[], $4::text[], $5::int[], $6::text[], $7::text[], $8::text[], $9::int[], $10::int[], $11::text[], $12::text[], $13::text[])
       as r(incident_id, source_system, key, source_row, file, sheet, outcome, version_before, version_after, previous_external, incident_before, conflicts)
     on conflict (batch_id, incident_id) do nothing`,
    [
      batchId,
      rows.map((r) => r.incident_id),
      rows.map((r) => r.source_system),
      rows.map((r) => r.key),
      rows.map((r) => r.source_row),
      rows.map((r) => r.file),
      rows.map((r) => r.sheet),
      rows.map((r) => r.outcome),
      rows.map((r) => r.version_before),
      rows.map((r) => r.version_after),
      rows.map((r) => (r.previous_external ? JSON.stringify(r.previous_external) : null)),
      rows.map((r) => (r.incident_before ? JSON.stringify(r.incident_before) : null)),
      rows.map((r) => (r.conflicts ? JSON.stringify(r.conflicts) : null)),
    ],
  );
}

/** What a batch did, row by row, with each incident's state now (null columns: purged since). */
export async function selectImportRows(
  sql: Sql,
  batchId: string,
  incidentIds?: readonly string[],
): Promise<(ImportRow & { version: number | null; deleted_at: string | null; confidentiality: string | null; teams: string[] | null; title: string | null })[]> {
  return sql.query(
    `select r.*, i.version, i.deleted_at, i.confidentiality, i.teams, i.title
     from import_rows r left join incidents i on i.id = r.incident_id
     where r.batch_id = $1 and ($2::uuid[] is null or r.incident_id = any($2::uuid[]))
     order by r.source_row, r.incident_id`,
    [batchId, incidentIds ?? null],
  );
}

/** The incidents a batch wrote (created or changed), ids only: what its `import.finished` event names. */
export async function selectBatchIncidentIds(sql: Sql, batchId: string): Promise<string[]> {
  return (await sql.query<{ incident_id: string }>('select incident_id from import_rows where batch_id = $1', [batchId])).map((r) => r.incident_id);
}

/** The batches that wrote an incident, oldest first: its import history. */
export async function selectOriginsOf(sql: Sql, incidentId: string): Promise<(Pick<ImportRow, 'batch_id' | 'source_row' | 'file' | 'sheet' | 'key' | 'outcome' | 'version_after'> & { file_name: string; started_by: string; started_at: string; source_system: string })[]> {
  return sql.query(
    `select r.batch_id, r.source_row, r.file, r.sheet, r.key, r.outcome, r.version_after, b.file_name, b.started_by, b.started_at, b.source_system
     from import_rows r join import_batches b on b.id = r.batch_id
     where r.incident_id = $1 order by b.started_at, b.id`,
    [incidentId],
  );
}

export async function insertRejectedRows(tx: Sql, batchId: string, problems: readonly RowProblem[]): Promise<void> {
  if (problems.length === 0) return;
  await tx.query(
    `insert into import_rejected_rows (batch_id, source_row, file, sheet, field, target, code, message)
     select $1, * from unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])`,
    [
      batchId,
      problems.map((p) => p.row),
      problems.map((p) => p.file ?? null),
      problems.map((p) => p.sheet ?? null),
      problems.map((p) => p.field ?? null),
      problems.map((p) => p.target ?? null),
      problems.map((p) => p.code),
      problems.map((p) => p.message),
    ],
  );
}

export async function selectRejectedRows(sql: Sql, batchId: string): Promise<RowProblem[]> {
  const rows = await sql.query<{ source_row: number; file: string | null; sheet: string | null; field: string | null; target: string | null; code: string; message: string }>(
    'select source_row, file, sheet, field, target, code, message from import_rejected_rows where batch_id = $1 order by source_row',
    [batchId],
  );
  return rows.map((r) => ({
    row: r.source_row,
    ...(r.file ? { file: r.file } : {}),
    ...(r.sheet ? { sheet: r.sheet } : {}),
    ...(r.field ? { field: r.field } : {}),
    ...(r.target ? { target: r.target } : {}),
    code: r.code,
    message: r.message,
  }));
}

export interface PendingLinkRow {
  source_system: string;
  target_key: string;
  from_incident: string;
  kind: string;
  note: string;
  batch_id: string;
  source_row: number;
}

/** Keeps links whose other end is not on record yet (a link named again replaces its note). */
export async function insertPendingLinks(tx: Sql, rows: readonly PendingLinkRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.query(
    `insert into import_pending_links (source_system, target_key, from_incident, kind, note, batch_id, source_row)
     select * from unnest($1::text[], $2::text[], $3::uuid[], $4::text[], $5::text[], $6::uuid[], $7::int[])
     on conflict (from_incident, target_key, kind) do update set note = excluded.note, batch_id = excluded.batch_id, source_row = excluded.source_row`,
    [rows.map((r) => r.source_system), rows.map((r) => r.target_key), rows.map((r) => r.from_incident), rows.map((r) => r.kind), rows.map((r) => r.note), rows.map((r) => r.batch_id), rows.map((r) => r.source_row)],
  );
}

/** Drops the pending links of these incidents (their rows were imported again and name their links anew). */
export async function deletePendingLinksFrom(tx: Sql, incidentIds: readonly string[]): Promise<void> {
  if (incidentIds.length) await tx.query('delete from import_pending_links where from_incident = any($1::uuid[])', [incidentIds]);
}

/**
 * The pending links that name one of these incidents — by its key in the link's source system,
 * or by its id — removed as they are taken (the caller makes them), with the incident each names.
 */
export async function takePendingLinksTo(tx: Sql, targets: readonly { sourceSystem: string; key: string; incidentId: string }[]): Promise<(PendingLinkRow & { to_incident: string })[]> {
  if (targets.length === 0) return [];
  return tx.query(
    `with t as (select * from unnest($1::text[], $2::text[], $3::uuid[]) as t(source_system, key, incident_id))
     delete from import_pending_links p using t
     where (p.source_system = t.source_system and p.target_key = t.key) or p.target_key = t.incident_id::text
     returning p.*, t.incident_id as to_incident`,
    [targets.map((t) => t.sourceSystem), targets.map((t) => t.key), targets.map((t) => t.incidentId)],
  );
}

/** How many links of a batch's rows still wait for their other end. */
export async function countPendingLinks(sql: Sql, batchId: string): Promise<number> {
  const [row] = await sql.query<{ n: number }>('select count(*)::int as n from import_pending_links where batch_id = $1', [batchId]);
  return row?.n ?? 0;
}

/** The incidents (present, not tombstoned) these keys of the source system name. */
export async function selectIncidentsByKey(sql: Sql, sourceSystem: string, keys: readonly string[]): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await sql.query<{ key: string; incident_id: string }>(
    `select x.key, x.incident_id from external_ids x join incidents i on i.id = x.incident_id
     where x.source_system = $1 and x.key = any($2::text[]) and not x.tombstone`,
    [sourceSystem, keys],
  );
  return new Map(rows.map((r) => [r.key, r.incident_id]));
}

/**
 * An import moved an incident on from `before` to `after` (links it named, made later): its
 * external ids and import rows that stood at `before` stand at `after`, so neither a later
 * re-import nor a rollback takes that import's own change for a person's edit.
 */
export async function advanceImportedVersion(tx: Sql, incidentId: string, before: number, after: number): Promise<void> {
  await tx.query('update external_ids set version = $3 where incident_id = $1 and version = $2 and document is null', [incidentId, before, after]);
  await tx.query('update import_rows set version_after = $3 where incident_id = $1 and version_after = $2', [incidentId, before, after]);
}

/** A rejected row of an import, with its batch, for the review queue: one item per row (its problems together). */
export interface RejectedRowView {
  batch_id: string;
  file_name: string;
  source_system: string;
  format: string;
  status: string;
  /** ISO instant, microseconds: the page's keyset. */
  started_at: string;
  started_by: string;
  /** The latest API job that ran the batch (its error file is served by the job), if one did. */
  job_id: string | null;
  source_row: number;
  file: string;
  sheet: string;
  problems: { field: string | null; target: string | null; code: string; message: string }[];
}

export type RejectedRowKey = [startedAt: string, batchId: string, row: number, file: string, sheet: string];

/**
 * Rows rejected by imports not rolled back, newest batch first and in file order within it;
 * after `after` (the last item's key) when paging.
 */
export async function selectRejectedRowsForReview(sql: Sql, q: { batchId?: string; after: RejectedRowKey | null; limit: number }): Promise<RejectedRowView[]> {
  const params: unknown[] = [q.batchId ?? null, q.limit];
  let keyset = '';
  if (q.after) {
    const [t, b, row, file, sheet] = q.after.map((v) => `$${params.push(v)}`);
    keyset = `and (b.started_at < ${t}::timestamptz or (b.started_at = ${t}::timestamptz and b.id < ${b}::uuid)
      or (b.started_at = ${t}::timestamptz and b.id = ${b}::uuid and (r.source_row, coalesce(r.file, ''), coalesce(r.sheet, '')) > (${row}::int, ${file}::text, ${sheet}::text)))`;
  }
  return sql.query<RejectedRowView>(
    `select b.id as batch_id, b.file_name, b.source_system, b.format, b.status, b.started_by,
       to_char(b.started_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as started_at,
       (select j.id from import_jobs j where j.batch_id = b.id::text order by j.created_at desc limit 1) as job_id,
       r.source_row, coalesce(r.file, '') as file, coalesce(r.sheet, '') as sheet,
       jsonb_agg(jsonb_build_object('field', r.field, 'target', r.target, 'code', r.code, 'message', r.message) order by r.field nulls first, r.message) as problems
     from import_rejected_rows r join import_batches b on b.id = r.batch_id
     where b.status <> 'rolled-back' and ($1::uuid is null or b.id = $1::uuid) ${keyset}
     group by b.id, r.source_row, coalesce(r.file, ''), coalesce(r.sheet, '')
     order by b.started_at desc, b.id desc, r.source_row, coalesce(r.file, ''), coalesce(r.sheet, '')
     limit $2`,
    params,
  );
}

/** How many rows imports not rolled back rejected (a row with several problems once), up to `cap`. */
export async function countRejectedRows(sql: Sql, cap: number): Promise<number> {
  const [row] = await sql.query<{ n: number }>(
    `select count(*)::int as n from (
       select 1 from import_rejected_rows r join import_batches b on b.id = r.batch_id
       where b.status <> 'rolled-back' group by r.batch_id, r.source_row, coalesce(r.file, ''), coalesce(r.sheet, '') limit $1) x`,
    [cap],
  );
  return row?.n ?? 0;
}

/**
 * A savepoint inside the writer's transaction: one row's evidence undone without the rest of the
 * call (a row refused for one of its files, or for its merge, after that evidence was stored).
 * Names are the writer's own constants, never input.
 */
export async function savepoint(tx: Sql, name: 'import_row_evidence' | 'import_row_merge'): Promise<void> {
  await tx.query(`savepoint ${name}`);
}

/** Undoes what was written since the savepoint, and ends it. */
export async function rollbackToSavepoint(tx: Sql, name: 'import_row_evidence' | 'import_row_merge'): Promise<void> {
  await tx.query(`rollback to savepoint ${name}`);
  await tx.query(`release savepoint ${name}`);
}

/** Keeps what was written since the savepoint, and ends it. */
export async function releaseSavepoint(tx: Sql, name: 'import_row_evidence' | 'import_row_merge'): Promise<void> {
  await tx.query(`release savepoint ${name}`);
}

/**
 * Refreshes the planner's statistics of the tables an import grows. A server's autovacuum
 * analyzes a table once a tenth of it changed, a minute or more later; the embedded engine
 * never does (src/db/maintenance.ts). Meanwhile the planner plans for the table as it was, and
 * an import into a young database saw lookups by key and by id turn into reads of whole tables
 * (bench/importFile.ts, 2026-11-30). ANALYZE reads a sample of each table and blocks no write.
 */
export async function analyzeImportedTables(sql: Sql): Promise<void> {
  await sql.query(
    `analyze incidents, incident_texts, acts, involvements, incident_sources, external_ids, import_rows,
       places, actors, groups, sources, warning_counts, incident_rollup, incident_counts, incident_rollup_delta`,
  );
}
