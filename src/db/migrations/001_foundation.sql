-- Foundation schema: the ESF-shaped record of incidents (events), acts, involvements,
-- places, groups, actors, sources, evidence, links, and the audit trail.
-- Vocabulary columns hold stable taxonomy codes (data/taxonomies/), checked by the service.

create table places (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  country char(3) not null,
  admin1 text,
  admin2 text,
  latitude double precision check (latitude between -90 and 90),
  longitude double precision check (longitude between -180 and 180),
  location_precision text not null default 'exact',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);
create index places_country on places (country, admin1);

create table groups (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  basis text not null,
  aliases text[] not null default '{}',
  country char(3),
  description text not null default '',
  counting_unit text not null default 'people-in-general',
  size_estimate bigint,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);

create table actors (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  kind text not null,
  country char(3),
  description text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);

create table sources (
  id uuid primary key default gen_random_uuid(),
  name text not null,
  kind text not null default 'other',
  reliability char(1) not null default 'F',
  url text,
  description text not null default '',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  deleted_at timestamptz
);

-- The incident row carries, beside its own fields, copies derived from its acts
-- (groups, bases, violation types, perpetrators, victim totals, pyramid level) so that
-- every filter and count is one indexed scan of one table; acts stay the truth and the
-- copies are rewritten in the same transaction as the acts.
create table incidents (
  id uuid primary key default gen_random_uuid(),
  title text not null,
  start_date date not null,
  start_precision text not null,
  end_date date,
  end_precision text,
  date_estimated boolean not null default false,
  report_date date,
  place_id uuid references places (id),
  country char(3) not null,
  admin1 text,
  derived_level smallint not null check (derived_level between 1 and 5),
  level_override smallint check (level_override between 1 and 5),
  level_override_reason text,
  pyramid_level smallint generated always as (coalesce(level_override, derived_level)) stored,
  verification_status text not null,
  confidentiality text not null,
  monitoring_status text not null,
  killed integer not null default 0,
  injured integer not null default 0,
  detained integer not null default 0,
  disappeared integer not null default 0,
  displaced integer not null default 0,
  affected integer not null default 0,
  group_ids uuid[] not null default '{}',
  identity_bases text[] not null default '{}',
  violation_types text[] not null default '{}',
  perpetrator_ids uuid[] not null default '{}',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by text not null,
  updated_at timestamptz not null default now(),
  updated_by text not null,
  deleted_at timestamptz,
  check (level_override is null or level_override_reason is not null)
);
create index incidents_by_date on incidents (start_date desc, id desc) where deleted_at is null;
-- Covering: a filtered count by country, region, level, verification or confidentiality is
-- answered from this index alone (an index-only scan) once the table has been vacuumed.
create index incidents_by_country_date on incidents (country, start_date desc, id desc)
  include (admin1, pyramid_level, verification_status, confidentiality) where deleted_at is null;
create index incidents_by_admin1_date on incidents (country, admin1, start_date desc)
  include (pyramid_level, verification_status, confidentiality) where deleted_at is null;
create index incidents_by_level_date on incidents (pyramid_level desc, start_date desc, id desc) where deleted_at is null;
create index incidents_by_updated on incidents (updated_at desc, id desc) where deleted_at is null;
create index incidents_groups on incidents using gin (group_ids) where deleted_at is null;
create index incidents_types on incidents using gin (violation_types) where deleted_at is null;
-- Violation types qualified by country ('SDN:killing'): one GIN lookup finds a type within a
-- country, where the plain type index would visit that type's incidents in every country.
create function incident_country_types(country char(3), types text[]) returns text[] language sql immutable parallel safe as $$ select coalesce(array_agg(country || ':' || t), '{}') from unnest(types) as t $$;
create index incidents_country_types on incidents using gin (incident_country_types(country, violation_types)) where deleted_at is null;
create index incidents_bases on incidents using gin (identity_bases) where deleted_at is null;
create index incidents_perpetrators on incidents using gin (perpetrator_ids) where deleted_at is null;
create index incidents_place on incidents (place_id);

-- The narrative and the full-text search vector live beside the incident, not in it: they
-- are most of a row's bytes, and keeping them out makes the incidents table several times
-- narrower, so filters and counts read far fewer pages (measured in bench/store.ts).
-- The vector weighs the title above the narrative; the store writes it with the row.
create table incident_texts (
  incident_id uuid primary key references incidents (id) on delete cascade,
  narrative text not null,
  search tsvector not null
);
create index incident_texts_search on incident_texts using gin (search);

-- An act: one violation against one victim (here a targeted group) inside an incident.
create table acts (
  id uuid primary key default gen_random_uuid(),
  incident_id uuid not null references incidents (id) on delete cascade,
  position smallint not null,
  violation_type text not null,
  group_id uuid references groups (id),
  identity_basis text,
  killed integer not null default 0,
  injured integer not null default 0,
  detained integer not null default 0,
  disappeared integer not null default 0,
  displaced integer not null default 0,
  affected integer not null default 0,
  unique (incident_id, position)
);
create index acts_group on acts (group_id);

-- One perpetrator's part in one act (ESF involvement).
create table involvements (
  act_id uuid not null references acts (id) on delete cascade,
  actor_id uuid not null references actors (id),
  degree text not null,
  primary key (act_id, actor_id, degree)
);
create index involvements_actor on involvements (actor_id);

-- One source's account of one incident (ESF information), graded apart from the source.
create table incident_sources (
  incident_id uuid not null references incidents (id) on delete cascade,
  source_id uuid not null references sources (id),
  connection text not null,
  material_type text not null,
  information_date date,
  credibility smallint not null check (credibility between 1 and 6),
  note text not null default '',
  primary key (incident_id, source_id)
);
create index incident_sources_source on incident_sources (source_id);

create table evidence (
  id uuid primary key default gen_random_uuid(),
  sha256 char(64) not null unique,
  size_bytes bigint not null,
  media_type text not null,
  filename text not null,
  description text not null default '',
  created_at timestamptz not null default now(),
  created_by text not null
);

-- Chain of custody: append-only; nothing updates or deletes these rows.
create table custody_events (
  id bigint generated always as identity primary key,
  evidence_id uuid not null references evidence (id),
  at timestamptz not null default now(),
  actor text not null,
  action text not null,
  note text not null default ''
);
create index custody_events_evidence on custody_events (evidence_id, id);

create table incident_evidence (
  incident_id uuid not null references incidents (id) on delete cascade,
  evidence_id uuid not null references evidence (id),
  primary key (incident_id, evidence_id)
);
create index incident_evidence_evidence on incident_evidence (evidence_id);

-- ESF chain of events: how an analyst writes down an escalation sequence.
create table incident_links (
  from_incident uuid not null references incidents (id) on delete cascade,
  to_incident uuid not null references incidents (id) on delete cascade,
  kind text not null,
  note text not null default '',
  primary key (from_incident, to_incident, kind),
  check (from_incident <> to_incident)
);
create index incident_links_to on incident_links (to_incident);

create table audit_entries (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor text not null,
  request_id text,
  action text not null,
  entity text not null,
  entity_id uuid,
  before jsonb,
  after jsonb
);
create index audit_entries_entity on audit_entries (entity, entity_id, id);
create index audit_entries_at on audit_entries (at desc);

-- Facts about this installation, such as whether the demo data set was ever loaded.
create table app_settings (
  key text primary key,
  value jsonb not null,
  updated_at timestamptz not null default now()
);
