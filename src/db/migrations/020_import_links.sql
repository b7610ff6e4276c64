-- Links between imported incidents (issue 16 §1, §5): a row may name, as the other end of a
-- chain-of-events link, an incident that is not on record yet — later in the same file, or in a
-- file imported later. The link waits here, keyed by the other end's key in the row's source
-- system (or its incident id, for our own exports), and is made when that incident is imported.
-- The incident that names it owns it: purged or deleted for good, its pending links go too.
create table import_pending_links (
  source_system text not null,
  target_key text not null,
  from_incident uuid not null references incidents (id) on delete cascade,
  kind text not null,
  note text not null default '',
  batch_id uuid not null references import_batches (id),
  source_row integer not null,
  primary key (from_incident, target_key, kind)
);
create index import_pending_links_target on import_pending_links (target_key);
