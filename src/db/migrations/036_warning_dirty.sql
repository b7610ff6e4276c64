-- What an incremental early-warning scan re-detects (issue 17 §1, src/warning/service.ts).
--
-- warning_dirty: every write that moves the warning counts (src/incidents/store/warningCounts.ts,
-- in the same statement) appends one row per country × region × group it touched, with the
-- earliest month it touched (a year-only incident: 1 January of its year). Plain rows, no key:
-- concurrent writers never wait on one another here. A scan takes (deletes) the rows of the
-- countries it scans in its own transaction, first, so a write committed after it is re-scanned
-- by the next one. A detector as of month t reads months <= t only, so a series' alerts before
-- its earliest touched month cannot change.
create table warning_dirty (
  country char(3) not null,
  admin1 text not null,
  group_id uuid not null,
  month date not null
);
create index warning_dirty_by_country on warning_dirty (country);

-- warning_scan_spans: each country's span of months as the last scan saw it (every series of a
-- country runs over the same months: src/warning/series.ts). A write that moves the first month
-- re-numbers every series of the country (re-scanned whole); one that moves the last adds or
-- removes months at the end of every series (re-scanned from there).
create table warning_scan_spans (
  country char(3) primary key,
  first_month date not null,
  last_month date not null
);
