-- Imports (issue 16): every run is a recorded batch; every source row is keyed by
-- (source system, key) to the incident it became, with the document last imported from it —
-- the base of the three-way merge when the row changes — so a re-import adds nothing and a
-- changed row updates its incident without overwriting what a person edited since.

create table import_batches (
  id uuid primary key,
  source_system text not null,
  file_name text not null,
  file_sha256 char(64) not null,
  format text not null,
  mapping_name text,
  -- The mapping as used (a user's file may change or vanish): what the batch's rows were read with.
  mapping jsonb,
  started_by text not null,
  started_at timestamptz not null default now(),
  finished_at timestamptz,
  status text not null check (status in ('running', 'finished', 'failed', 'rolled-back')),
  counts jsonb not null default '{"imported":0,"updated":0,"unchanged":0,"skipped":0,"conflicts":0,"rejected":0}',
  -- What the pipeline reported beyond the counts (unknown codes, the error file's name).
  report jsonb
);
create index import_batches_by_start on import_batches (started_at desc, id desc);
-- A killed run of the same file and mapping is resumed, not begun again: at most one running batch each.
create unique index import_batches_running on import_batches (source_system, file_sha256, coalesce(mapping_name, '')) where status = 'running';

-- No foreign key to incidents: a purge removes the incident for good, and the key must stay
-- (tombstoned) so that the row is never imported again. The trigger below marks it.
create table external_ids (
  source_system text not null,
  key text not null,
  incident_id uuid not null,
  -- The incident as last imported from the row (names resolved to ids, acts with their ids):
  -- the base of the three-way merge. Null when the import created the incident: the base is
  -- then the incident at `version` — as stored while no one edited it, else the `before` of
  -- the audit entry of the first edit — so the bulk path writes no second copy of each row.
  -- Erased (null) when the incident is purged.
  document jsonb,
  -- The version the row's last import left the incident at.
  version integer not null,
  -- SHA-256 of the imported row as the mapping produced it: the same hash again is `unchanged`.
  document_hash char(64),
  batch_id uuid not null references import_batches (id),
  tombstone boolean not null default false,
  primary key (source_system, key)
);
create index external_ids_incident on external_ids (incident_id);
create index external_ids_batch on external_ids (batch_id);

-- What a batch did to each incident: its row in the file (the incident's own history answers
-- "created by import batch X from file F row N"), the version it left the incident at (a
-- rollback refuses when a person edited it since), and the external id as it was before, to
-- put back on rollback. A conflict keeps the person's value and its fields wait here for review.
create table import_rows (
  batch_id uuid not null references import_batches (id),
  incident_id uuid not null,
  source_system text not null,
  key text not null,
  source_row integer not null,
  file text,
  sheet text,
  outcome text not null check (outcome in ('imported', 'updated', 'conflict')),
  version_before integer,
  version_after integer not null,
  previous_external jsonb,
  -- The incident's document before an update (inputOf), to put back on rollback.
  incident_before jsonb,
  conflicts jsonb,
  primary key (batch_id, incident_id)
);
create index import_rows_incident on import_rows (incident_id);

-- Rows the mapping or the writer refused, kept for the review queue and the batch's report.
create table import_rejected_rows (
  batch_id uuid not null references import_batches (id),
  source_row integer not null,
  file text,
  sheet text,
  field text,
  target text,
  code text not null,
  message text not null
);
create index import_rejected_rows_batch on import_rejected_rows (batch_id, source_row);

-- A purge (src/purge) deletes the incident row for good: its external ids become tombstones and
-- lose the document they held, so a re-import skips the row (reported `purged`) and nothing of
-- the purged record stays behind here. Only purges delete incident rows; soft deletes update.
create function external_ids_tombstone() returns trigger language plpgsql as $$
begin
  update external_ids set tombstone = true, document = null where incident_id = OLD.id;
  update import_rows set conflicts = null, previous_external = null, incident_before = null where incident_id = OLD.id;
  return OLD;
end
$$;
create trigger external_ids_tombstone after delete on incidents for each row execute function external_ids_tombstone();
