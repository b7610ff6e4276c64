-- Imports through the API and the web app (issue 16 §1): files uploaded for import, the jobs
-- that run them in the server process, and the mappings people save per source system.
-- The batches themselves (what an import wrote) are migration 013's; a job names its batch.

-- A file uploaded for import, kept under the data directory (imports/uploads/<id>) so that it
-- can be previewed with several mappings, imported, and imported again after a fix.
create table import_uploads (
  id uuid primary key,
  file_name text not null,
  size_bytes bigint not null,
  sha256 text not null,
  uploaded_by text not null,
  created_at timestamptz not null default now()
);

-- A mapping a person made or adjusted (columns to fields, source codes to ours), per source
-- system; shipped mappings stay in data/mappings/. `document` follows the Mapping interface.
create table import_mappings (
  id uuid primary key,
  name text not null,
  source_system text not null,
  document jsonb not null,
  version integer not null default 1,
  created_by text not null,
  created_at timestamptz not null default now(),
  updated_by text not null,
  updated_at timestamptz not null default now()
);
create unique index import_mappings_name_key on import_mappings (source_system, lower(name));

-- An import run by the server. A job left `queued` or `running` by a server that stopped is
-- marked `interrupted` when the next one starts; resuming it runs the same file again and the
-- writer resumes its batch (the external ids make the second run add nothing twice).
create table import_jobs (
  id uuid primary key,
  upload_id uuid not null references import_uploads (id),
  -- format, mapping name or user mapping id, dry run, sheet: what the run was asked to do.
  options jsonb not null,
  status text not null check (status in ('queued', 'running', 'finished', 'failed', 'interrupted')),
  -- The last progress seen (rows read, written, rejected, bytes), kept every few seconds.
  progress jsonb,
  report jsonb,
  batch_id text,
  error text,
  started_by text not null,
  started_by_name text not null,
  created_at timestamptz not null default now(),
  started_at timestamptz,
  finished_at timestamptz
);
create index import_jobs_created_at on import_jobs (created_at desc);
