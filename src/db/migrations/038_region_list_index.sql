-- Restricted readers' lists: two planner estimates and one index (issue 15, performance with
-- access on).
--
-- The door's team clause, `cardinality(teams) = 0 or teams && $teams`, was estimated with the
-- default selectivity of an expression without statistics (0.5 %) where half of all incidents have
-- no team: a restricted page of one large group's incidents since a month was expected to keep 356
-- rows of 21,935 (it keeps ~3,900), so PostgreSQL read all 21,935 rows through the groups index
-- (18,358 table pages, 468 ms) rather than walk the covering date index and stop at 51. Statistics
-- on the expression fix the estimate (1,609) and the plan (an index-only scan with a limit).
create statistics if not exists incidents_teams_count on (cardinality(teams)) from incidents;

-- A list of one region's incidents (country + admin1, newest first) for a restricted reader
-- (issue 15, performance with access on). Two faults showed in the 1M benchmark's plans
-- (bench/store.ts, "country+admin1+verification", restricted: p95 66 ms, one query 620 ms):
--
-- 1. PostgreSQL multiplied the selectivity of `country = X` by that of `admin1 = 'X region 4'`
--    as if they were independent, while the region names the country: it expected 2,224 rows where
--    there were 16,294, chose a bitmap scan that reads every one of them and sorts, and read 14,423
--    table pages for a page of 51. Functional-dependency statistics tell it admin1 implies country.
-- 2. The region's date-ordered index carried no column the door or the common filters read, so
--    even the right plan read each row to reject it. It now carries what migration 032's date
--    indexes carry, and the first step of a list (the page's ids) is an index-only scan that stops
--    after 51 kept rows.
create statistics if not exists incidents_country_admin1 (dependencies, mcv) on country, admin1 from incidents;

drop index if exists incidents_by_admin1_shown_date;
create index incidents_by_admin1_shown_date on incidents (country, admin1, shown_date desc, id desc)
  include (start_date, last_date, group_ids, pyramid_level, verification_status, confidentiality, teams, withhold_date)
  where deleted_at is null;

analyze incidents;
