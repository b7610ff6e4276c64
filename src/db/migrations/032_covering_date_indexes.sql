-- A list's page is found in two steps (src/incidents/store/query.ts selectIncidentPage): the ids,
-- from the filters and the sort alone, then the rows of those ids. These date-ordered indexes
-- carry the columns the common filters and the access door read, so the first step is an
-- index-only scan that rejects what the page does not keep without reading its row. A restricted
-- reader's page of one group's incidents since a month read ~2,600 table pages for 51 rows at
-- 1M incidents; from the index it reads a few dozen (bench/store.ts, group+from).
--
-- Carried: the door (confidentiality, teams, withhold_date), the period (start_date or
-- shown_date, last_date), and the filters a monitor combines most (country, admin1, groups,
-- level, verification). Rarer filters (identity bases, perpetrators, sources, text) still read
-- the row, as before. Violation types are left out on purpose: with them carried, PostgreSQL
-- chose to walk a country's whole date index computing incident_country_types for each row
-- (430 ms at 1M) over the GIN index of country-type pairs (a few ms).
drop index if exists incidents_by_date;
create index incidents_by_date on incidents (start_date desc, id desc)
  include (last_date, country, admin1, group_ids, pyramid_level, verification_status, confidentiality, teams, withhold_date)
  where deleted_at is null;

drop index if exists incidents_by_shown_date;
create index incidents_by_shown_date on incidents (shown_date desc, id desc)
  include (start_date, last_date, country, admin1, group_ids, pyramid_level, verification_status, confidentiality, teams, withhold_date)
  where deleted_at is null;

drop index if exists incidents_by_country_shown_date;
create index incidents_by_country_shown_date on incidents (country, shown_date desc, id desc)
  include (start_date, last_date, admin1, group_ids, pyramid_level, verification_status, confidentiality, teams, withhold_date)
  where deleted_at is null;
