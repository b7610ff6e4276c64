-- Alerts of the early-warning detectors (issue 17 §1, src/warning). An alert is identified by
-- what it is about — rule, country, region, group, month — so a re-scan updates it and never
-- raises it twice (nulls not distinct: a country-wide alert has no region). One that no longer
-- holds after a back-dated import or an edit is marked withdrawn, never deleted.
create table alerts (
  id uuid primary key default gen_random_uuid(),
  rule text not null check (rule in ('surge', 'climb', 'spread', 'severity', 'speech-lead')),
  country char(3) not null,
  admin1 text,
  group_id uuid,
  month char(7) not null check (month ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
  severity text not null check (severity in ('low', 'medium', 'high')),
  level smallint not null check (level between 1 and 5),
  status text not null default 'new' check (status in ('new', 'acknowledged', 'escalated', 'dismissed', 'withdrawn')),
  status_reason text,
  explanation text not null,
  figures jsonb not null,
  parameters jsonb not null,
  incident_ids uuid[] not null,
  -- The highest confidentiality and the union of the teams of the incidents behind it. The door
  -- reads these first (src/access/door.ts) and then checks every incident, since a reader of one
  -- team must not see an alert that also stands on another team's incidents.
  confidentiality text not null,
  teams text[] not null default '{}',
  first_raised_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique nulls not distinct (rule, country, admin1, group_id, month)
);
-- The list pages newest month first (src/warning/store.ts), within a country when filtered.
create index alerts_by_month on alerts (month desc, id desc);
create index alerts_by_country_month on alerts (country, month desc, id desc);
create index alerts_incidents on alerts using gin (incident_ids);
