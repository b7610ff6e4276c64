-- The counts the early-warning detectors read (issue 17 §1, src/warning): a full scan read every
-- incident row (10.9 s of CPU at 100k incidents); it now reads one row per place × group × month.
-- Kept in step with every write in the same transaction, as the rollup (src/incidents/store/
-- warningCounts.ts, called beside adjustRollup): one upsert per incident × targeted group, batched.
--
-- Month follows the counting rule (src/incidents/counting.ts): month_known false is the year's
-- month-unknown bucket (month is then 1 January), never a month of a series. admin1 '' is an
-- incident without a region. What the rollup lacks and the detectors need is kept as counts, so
-- a write can take an incident out as exactly as it put it in:
--   violation_types  type code → incidents (each type once per incident)
--   perpetrators     actor id → incidents (ids, not kinds: an actor's kind is read at scan time,
--                    so editing an actor never leaves these stale)
--   confidentiality  level → incidents, and teams  team → incidents: an alert's protection (the
--                    highest level, the union of teams) is read from them without its incidents
--   id_sum           the sum of a 32-bit hash of each incident's id: an alert's fingerprint
--                    changes when the incidents behind it do, even if every count stays the same
create table warning_counts (
  country char(3) not null,
  group_id uuid not null,
  month date not null,
  month_known boolean not null,
  admin1 text not null,
  incidents integer not null,
  level1 integer not null,
  level2 integer not null,
  level3 integer not null,
  level4 integer not null,
  level5 integer not null,
  killed bigint not null,
  detained bigint not null,
  disappeared bigint not null,
  displaced bigint not null,
  violation_types jsonb not null,
  perpetrators jsonb not null,
  confidentiality jsonb not null,
  teams jsonb not null,
  id_sum bigint not null,
  primary key (country, group_id, month, month_known, admin1)
);

-- Two maps of counts added key by key; keys that reach zero are dropped.
create function warning_add_counts(a jsonb, b jsonb) returns jsonb language sql immutable as $$
  select coalesce(jsonb_object_agg(key, n), '{}'::jsonb)
    from (select key, sum(value::bigint) as n
            from (select * from jsonb_each_text(a) union all select * from jsonb_each_text(b)) e
           group by key) s
   where n <> 0
$$;
create aggregate warning_sum_counts(jsonb) (sfunc = warning_add_counts, stype = jsonb, initcond = '{}');

-- Filled from the live incidents, as the store's adjustWarningCounts fills it.
insert into warning_counts (country, group_id, month, month_known, admin1, incidents, level1, level2, level3, level4, level5,
                            killed, detained, disappeared, displaced, violation_types, perpetrators, confidentiality, teams, id_sum)
select country, group_id, month, month_known, admin1, count(*),
       count(*) filter (where level = 1), count(*) filter (where level = 2), count(*) filter (where level = 3),
       count(*) filter (where level = 4), count(*) filter (where level = 5),
       sum(killed), sum(detained), sum(disappeared), sum(displaced),
       warning_sum_counts(types), warning_sum_counts(perpetrators), warning_sum_counts(confidentiality), warning_sum_counts(teams), sum(id_hash)
  from (select i.country, g as group_id, date_trunc('month', i.start_date::timestamp)::date as month, i.start_precision <> 'year' as month_known,
               coalesce(i.admin1, '') as admin1, least(greatest(i.pyramid_level, 1), 5) as level, i.killed, i.detained, i.disappeared, i.displaced,
               (select coalesce(jsonb_object_agg(t, 1), '{}'::jsonb) from (select distinct unnest(i.violation_types)) x(t)) as types,
               (select coalesce(jsonb_object_agg(p, 1), '{}'::jsonb) from (select distinct unnest(i.perpetrator_ids)) x(p)) as perpetrators,
               jsonb_build_object(i.confidentiality, 1) as confidentiality,
               (select coalesce(jsonb_object_agg(t, 1), '{}'::jsonb) from (select distinct unnest(i.teams)) x(t)) as teams,
               ('x' || left(replace(i.id::text, '-', ''), 8))::bit(32)::int::bigint as id_hash
          from incidents i cross join lateral unnest(i.group_ids) as g
         where i.deleted_at is null) s
 group by 1, 2, 3, 4, 5;
