-- Counts for readers, folded by clearance (issue 15, performance with access on). The rollup of
-- migration 005 is keyed by each record's confidentiality and teams, so a reader's counts sum
-- every access key it may read: at 1M incidents the largest country's stats read ~20× the rows
-- they read before access existed (369 ms against 76 ms, bench/store.ts). This table counts each
-- live incident under every clearance that may read it (a confidential record under
-- `confidential` and `strictly-confidential`), so a reader of any clearance sums one clearance's
-- rows, and leaves out admin1 (answered by incident_rollup, which keeps it), which cuts a
-- country's rows by its number of regions. Teams stay the record's own: a reader sums the rows
-- of no team and of its teams (src/access/door.ts, clearanceRowsPredicate).
-- Kept in step with every write by the incidents store, in the same transaction.
create table incident_counts (
  clearance text not null,
  country char(3) not null,
  group_key uuid not null,
  month date not null,
  pyramid_level smallint not null,
  teams text[] not null,
  incidents integer not null,
  killed bigint not null,
  injured bigint not null,
  detained bigint not null,
  disappeared bigint not null,
  displaced bigint not null,
  affected bigint not null,
  primary key (clearance, country, group_key, month, pyramid_level, teams) include (incidents)
);
-- Counts over every country (the default dashboard, a level's total): by group and level first.
-- Both indexes carry `incidents`, so a list's total is summed from the index alone.
create index incident_counts_by_group on incident_counts (clearance, group_key, pyramid_level, month) include (teams, incidents);

insert into incident_counts (clearance, country, group_key, month, pyramid_level, teams, incidents,
    killed, injured, detained, disappeared, displaced, affected)
  select c.clearance, country, g, date_trunc('month', start_date::timestamp)::date, pyramid_level, teams,
    count(*), sum(killed), sum(injured), sum(detained), sum(disappeared), sum(displaced), sum(affected)
  from incidents
  cross join lateral unnest(array['00000000-0000-0000-0000-000000000000']::uuid[] ||
    case when cardinality(group_ids) = 0 then array['ffffffff-ffff-ffff-ffff-ffffffffffff']::uuid[] else group_ids end) as g
  join unnest(array['public', 'internal', 'confidential', 'strictly-confidential']) with ordinality as c(clearance, rank)
    on c.rank >= array_position(array['public', 'internal', 'confidential', 'strictly-confidential'], confidentiality)
  where deleted_at is null
  group by 1, 2, 3, 4, 5, 6;

-- Lists for readers who may not see every exact date sort by shown_date (migration 005); these
-- serve a level sorted by level and a region, as incidents_by_level_date and
-- incidents_by_admin1_date serve readers of every date (bench/store.ts: "level 5 by level" for a
-- restricted reader sorted every level-5 incident it may read for one page).
create index incidents_by_level_shown_date on incidents (pyramid_level desc, shown_date desc, id desc) where deleted_at is null;
create index incidents_by_admin1_shown_date on incidents (country, admin1, shown_date desc, id desc) where deleted_at is null;
