-- Counts of incidents by month × country × admin1 × pyramid level × targeted group,
-- kept in step with the incidents table by the incidents store in the same transaction
-- as every write. Dashboard counts and list totals read this table instead of scanning
-- incidents when their filters allow (1M incidents: one country's stats in milliseconds
-- instead of seconds). Each incident adds one row under the sentinel group 'all' (so
-- totals count it once) and one per targeted group, or one under 'none' if it targets none.
create table incident_rollup (
  month date not null,
  country char(3) not null,
  admin1 text not null,
  pyramid_level smallint not null,
  group_key uuid not null,
  incidents integer not null,
  killed bigint not null,
  injured bigint not null,
  detained bigint not null,
  disappeared bigint not null,
  displaced bigint not null,
  affected bigint not null,
  primary key (country, group_key, month, admin1, pyramid_level)
);
create index incident_rollup_by_group on incident_rollup (group_key, month);
