-- Case files (issue 18 §2, §5): a case joins incidents, victims, evidence, domestic remedies, other
-- international procedures, tasks and what each body did (outcomes), towards a UN mechanism.
--
-- A case file is at least as sensitive as its most sensitive incident and names victims and a legal
-- strategy, so it carries its own `confidentiality` and `teams`, read through the same door
-- predicate as incidents (src/access/door.ts). Its incidents and evidence are links only: each is
-- filtered through the door again whenever the case is read, so a reader never sees more of them
-- than the incidents module would show it. `version` is bumped by every write (optimistic
-- concurrency for the case's own fields, as incidents have).
create table cases (
  id uuid primary key,
  version integer not null default 1,
  title text not null,
  status text not null check (status in ('draft', 'preparing', 'submitted', 'registered', 'decided', 'follow-up', 'closed')),
  owner_id text,
  country text not null,
  targeted_group_ids uuid[] not null default '{}',
  summary text not null default '',
  provisions text[] not null default '{}',
  target_mechanisms text[] not null default '{}',
  remedies_exception text check (remedies_exception in ('unavailable', 'ineffective', 'prolonged')),
  author_is_victim boolean,
  author_anonymous boolean,
  confidentiality text not null default 'confidential',
  teams text[] not null default '{}',
  created_by text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- The list's keyset order (newest change first) and its filters.
create index cases_by_update on cases (updated_at desc, id desc);
create index cases_by_country on cases (country);

create table case_incidents (
  case_id uuid not null references cases (id) on delete cascade,
  incident_id uuid not null,
  added_by text not null,
  added_at timestamptz not null default now(),
  primary key (case_id, incident_id)
);
-- "Which cases cite this incident" (a purge or a merge looks it up).
create index case_incidents_by_incident on case_incidents (incident_id);

create table case_evidence (
  case_id uuid not null references cases (id) on delete cascade,
  evidence_id uuid not null,
  primary key (case_id, evidence_id)
);

-- Each child's `created_at` is the clock's time, not the transaction's, so children added in one
-- transaction (the demo load) keep the order they were added in.

-- Victims as described until persons exist as records; `person_id` once they do.
create table case_victims (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  description text not null,
  person_id uuid,
  consent boolean,
  created_at timestamptz not null default clock_timestamp()
);
create index case_victims_by_case on case_victims (case_id, created_at);

-- Domestic remedies pursued (dates at their precision: YYYY, YYYY-MM or YYYY-MM-DD), and those
-- not pursued with the reason (`not_pursued_reason` set).
create table case_remedies (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  body text,
  filed text,
  decided text,
  outcome text,
  final boolean,
  not_pursued_reason text,
  created_at timestamptz not null default clock_timestamp()
);
create index case_remedies_by_case on case_remedies (case_id, created_at);

-- Other international procedures the same matter went to (the same-matter bar).
create table case_procedures (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  body text,
  submitted text,
  decided text,
  status text check (status in ('pending', 'decided')),
  examined_merits boolean,
  created_at timestamptz not null default clock_timestamp()
);
create index case_procedures_by_case on case_procedures (case_id, created_at);

create table case_tasks (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  title text not null,
  due date,
  done boolean not null default false,
  assignee text,
  created_at timestamptz not null default clock_timestamp()
);
create index case_tasks_by_case on case_tasks (case_id, created_at);
-- The calendar: open tasks by due date.
create index case_tasks_due on case_tasks (due) where due is not null and not done;

-- What each body did (registration, observations due, interim measures, Views …); `measures` are
-- the remedies ordered or recommendations, each with its implementation status, for the
-- reparations work that follows.
create table case_outcomes (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  mechanism text not null,
  kind text not null check (kind in ('registration', 'state-observations', 'author-comments', 'interim-measures', 'admissibility', 'views', 'follow-up', 'upr-recommendation', 'concluding-observations')),
  date text,
  due date,
  summary text not null default '',
  violation_found boolean,
  measures jsonb not null default '[]',
  created_at timestamptz not null default clock_timestamp()
);
create index case_outcomes_by_case on case_outcomes (case_id, created_at);
create index case_outcomes_due on case_outcomes (due) where due is not null;
