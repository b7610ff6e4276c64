-- Counts that respect date precision (issue 17 §0; the rule is src/incidents/counting.ts).
-- Until now an incident known only to its year counted in January, and a period filter kept an
-- incident only if it started inside the period. Now, by month, a year-only incident counts in
-- its year's month-unknown bucket, and a period keeps every incident whose dated range overlaps it.

-- The last day an incident's dated range may cover: the end of its end's period, never before
-- the end of its start's period (2025 runs to 2025-12-31, 2025-03 to 2025-03-31). A period
-- filter keeps an incident when last_date >= from and start_date <= to.
alter table incidents add column last_date date generated always as (
  greatest(
    case start_precision
      when 'year' then (date_trunc('year', start_date::timestamp) + interval '1 year - 1 day')::date
      when 'month' then (date_trunc('month', start_date::timestamp) + interval '1 month - 1 day')::date
      else start_date end,
    case end_precision
      when 'year' then (date_trunc('year', end_date::timestamp) + interval '1 year - 1 day')::date
      when 'month' then (date_trunc('month', end_date::timestamp) + interval '1 month - 1 day')::date
      else end_date end)
) stored;

-- Ranges longer than a year are rare (a detention over several years); every other incident
-- that overlaps a period starting on `from` started on or after from − 366 days. The store
-- bounds start_date by that, or by the earliest start among these long ranges, so a period
-- still range-scans the (…, start_date) indexes (src/incidents/store/query.ts).
create index incidents_long_ranges on incidents (last_date) include (start_date) where last_date - start_date > 366;

-- The covering indexes of migration 005 answer a filtered count from the index alone; a period
-- now reads last_date too, so they carry it.
drop index incidents_by_country_date;
create index incidents_by_country_date on incidents (country, start_date desc, id desc)
  include (admin1, pyramid_level, verification_status, confidentiality, teams, withhold_date, last_date) where deleted_at is null;
drop index incidents_by_admin1_date;
create index incidents_by_admin1_date on incidents (country, admin1, start_date desc)
  include (pyramid_level, verification_status, confidentiality, teams, withhold_date, last_date) where deleted_at is null;

-- Both rollup tables gain two keys: month_known (false: the year's month-unknown bucket; month
-- is then 1 January of the year) and last_month (the month of last_date), so a period of whole
-- months is answered exactly by overlap: last_month >= from and month <= to. Rebuilt from the
-- incidents, as the store's adjustRollup builds them; the access keys are kept as they were.
drop table incident_rollup;
create table incident_rollup (
  month date not null,
  month_known boolean not null,
  last_month date not null,
  country char(3) not null,
  admin1 text not null,
  pyramid_level smallint not null,
  group_key uuid not null,
  confidentiality text not null,
  teams text[] not null,
  incidents integer not null,
  killed bigint not null,
  injured bigint not null,
  detained bigint not null,
  disappeared bigint not null,
  displaced bigint not null,
  affected bigint not null,
  primary key (country, group_key, month, month_known, last_month, admin1, pyramid_level, confidentiality, teams)
);
create index incident_rollup_by_group on incident_rollup (group_key, month);
insert into incident_rollup (month, month_known, last_month, country, admin1, pyramid_level, group_key, confidentiality, teams, incidents,
    killed, injured, detained, disappeared, displaced, affected)
  select date_trunc('month', start_date::timestamp)::date, start_precision <> 'year', date_trunc('month', last_date::timestamp)::date,
    country, coalesce(admin1, ''), pyramid_level, g, confidentiality, teams,
    count(*), sum(killed), sum(injured), sum(detained), sum(disappeared), sum(displaced), sum(affected)
  from incidents
  cross join lateral unnest(array['00000000-0000-0000-0000-000000000000']::uuid[] ||
    case when cardinality(group_ids) = 0 then array['ffffffff-ffff-ffff-ffff-ffffffffffff']::uuid[] else group_ids end) as g
  where deleted_at is null
  group by 1, 2, 3, 4, 5, 6, 7, 8, 9;

drop table incident_counts;
create table incident_counts (
  clearance text not null,
  country char(3) not null,
  group_key uuid not null,
  month date not null,
  month_known boolean not null,
  last_month date not null,
  pyramid_level smallint not null,
  teams text[] not null,
  incidents integer not null,
  killed bigint not null,
  injured bigint not null,
  detained bigint not null,
  disappeared bigint not null,
  displaced bigint not null,
  affected bigint not null,
  primary key (clearance, country, group_key, month, month_known, last_month, pyramid_level, teams) include (incidents)
);
-- As in migration 011, with last_month carried so a list's total over a period is still summed
-- from the index alone.
create index incident_counts_by_group on incident_counts (clearance, group_key, pyramid_level, month) include (last_month, teams, incidents);
insert into incident_counts (clearance, country, group_key, month, month_known, last_month, pyramid_level, teams, incidents,
    killed, injured, detained, disappeared, displaced, affected)
  select c.clearance, country, g, date_trunc('month', start_date::timestamp)::date, start_precision <> 'year',
    date_trunc('month', last_date::timestamp)::date, pyramid_level, teams,
    count(*), sum(killed), sum(injured), sum(detained), sum(disappeared), sum(displaced), sum(affected)
  from incidents
  cross join lateral unnest(array['00000000-0000-0000-0000-000000000000']::uuid[] ||
    case when cardinality(group_ids) = 0 then array['ffffffff-ffff-ffff-ffff-ffffffffffff']::uuid[] else group_ids end) as g
  join unnest(array['public', 'internal', 'confidential', 'strictly-confidential']) with ordinality as c(clearance, rank)
    on c.rank >= array_position(array['public', 'internal', 'confidential', 'strictly-confidential'], confidentiality)
  where deleted_at is null
  group by 1, 2, 3, 4, 5, 6, 7, 8;
