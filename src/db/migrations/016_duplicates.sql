-- Likely duplicates across sources (issue 16 §3): pairs of incidents the scan proposes as one
-- event, each with its score and the features behind it, until a person merges or dismisses
-- them. A pair is stored once, the smaller id first. A dismissed pair stays dismissed when a
-- later scan finds it again; a merged pair records the merge it led to.
create table duplicate_candidates (
  incident_a uuid not null references incidents (id) on delete cascade,
  incident_b uuid not null references incidents (id) on delete cascade,
  score double precision not null check (score between 0 and 1),
  features jsonb not null,
  status text not null default 'new' check (status in ('new', 'dismissed', 'merged')),
  found_at timestamptz not null default now(),
  decided_by text,
  decided_at timestamptz,
  reason text,
  primary key (incident_a, incident_b),
  check (incident_a < incident_b)
);
create index duplicate_candidates_open on duplicate_candidates (score desc) where status = 'new';
create index duplicate_candidates_b on duplicate_candidates (incident_b);

-- The review queue (issue 16 §4): who is looking at which incident. One reviewer per incident
-- at a time; reassigning replaces the row (the audit trail keeps who had it before).
create table review_assignments (
  incident_id uuid primary key references incidents (id) on delete cascade,
  assignee text not null,
  assigned_by text not null,
  assigned_at timestamptz not null default now(),
  note text not null default ''
);
create index review_assignments_assignee on review_assignments (assignee);
