-- Access (issue 15): a record may be restricted to teams. Empty: no team restriction, the
-- confidentiality level alone decides (src/access/door.ts). Team ids are the accounts'
-- teams (migration 006); kept as text so a record can name a team of another installation
-- after an exchange without breaking.
alter table incidents add column teams text[] not null default '{}';

-- Withheld fields (issue 15 §3): readers whose clearance is below the level given do not see
-- the exact place, the exact date or the reporter (sources' information). Null: not withheld.
-- Levels are confidentiality codes; the incidents store compares them with the reader's.
alter table incidents
  add column withhold_place text,
  add column withhold_date text,
  add column withhold_reporter text;

-- Victim totals of an incident sum its acts: up to 500 acts of at most 100,000,000 each
-- (src/incidents/schema.ts says why) pass 2^31, so the totals are bigint. Acts stay integer.
alter table incidents
  alter column killed type bigint,
  alter column injured type bigint,
  alter column detained type bigint,
  alter column disappeared type bigint,
  alter column displaced type bigint,
  alter column affected type bigint;

-- The rollup answers counts for a scope: it is keyed by the record's confidentiality and teams
-- too, so the door's predicate (visibilityPredicate) filters its rows as it filters incidents.
-- Rebuilt here from the incidents, as the store's adjustRollup would build it.
drop table incident_rollup;
create table incident_rollup (
  month date not null,
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
  primary key (country, group_key, month, admin1, pyramid_level, confidentiality, teams)
);
create index incident_rollup_by_group on incident_rollup (group_key, month);
insert into incident_rollup (month, country, admin1, pyramid_level, group_key, confidentiality, teams, incidents,
    killed, injured, detained, disappeared, displaced, affected)
  select date_trunc('month', start_date::timestamp)::date, country, coalesce(admin1, ''), pyramid_level, g, confidentiality, teams,
    count(*), sum(killed), sum(injured), sum(detained), sum(disappeared), sum(displaced), sum(affected)
  from incidents
  cross join lateral unnest(array['00000000-0000-0000-0000-000000000000']::uuid[] ||
    case when cardinality(group_ids) = 0 then array['ffffffff-ffff-ffff-ffff-ffffffffffff']::uuid[] else group_ids end) as g
  where deleted_at is null
  group by 1, 2, 3, 4, 5, 6, 7;

-- The date a list sorts and pages by for readers who may not see every exact date: a withheld
-- date counts as the first day of its month, so neither the order of a page nor a cursor (which
-- carries the sort values) can reveal the day. Readers of the highest clearance sort by
-- start_date as before, on the indexes of migration 001; these two serve the others.
alter table incidents add column shown_date date generated always as
  (case when withhold_date is null then start_date else date_trunc('month', start_date::timestamp)::date end) stored;
create index incidents_by_shown_date on incidents (shown_date desc, id desc) where deleted_at is null;
create index incidents_by_country_shown_date on incidents (country, shown_date desc, id desc) where deleted_at is null;

-- The covering indexes of migration 001 answer filtered counts from the index alone; a
-- restricted reader's count also reads teams (the door) and withhold_date (a period matched by
-- month where the date is withheld), so they are covered too.
drop index incidents_by_country_date;
create index incidents_by_country_date on incidents (country, start_date desc, id desc)
  include (admin1, pyramid_level, verification_status, confidentiality, teams, withhold_date) where deleted_at is null;
drop index incidents_by_admin1_date;
create index incidents_by_admin1_date on incidents (country, admin1, start_date desc)
  include (pyramid_level, verification_status, confidentiality, teams, withhold_date) where deleted_at is null;
