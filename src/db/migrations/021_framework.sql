-- The UN Framework of Analysis scorecard (issue 17 §3): per country, an analyst's assessment of
-- one indicator (data/frameworks/framework-of-analysis.yaml) at a date. Append-only: each
-- assessment is a row, the newest by date assessed (then by when it was recorded) is the current
-- one, and the earlier ones are the history the scorecard compares against (`?since=`).
-- Evidence is a list of incident ids, filtered through the access door whenever it is read;
-- a purged incident simply stops being listed.
create table framework_assessments (
  id uuid primary key,
  country text not null,
  indicator text not null,
  status text not null check (status in ('present', 'partly', 'absent', 'unknown')),
  assessed_on date not null,
  note text not null default '',
  incident_ids uuid[] not null default '{}',
  -- The suggestion the analyst confirmed, if this assessment came from one (its id and reason).
  suggestion jsonb,
  assessed_by text not null,
  recorded_at timestamptz not null default now()
);
create index framework_assessments_by_indicator on framework_assessments (country, indicator, assessed_on desc, recorded_at desc);
