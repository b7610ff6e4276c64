-- Regions per country: admin1, and admin2 under an admin1 (issue 14). Places and incidents
-- keep the region's display spelling in their admin1/admin2 columns (the rollup and every
-- filter key on it); this table says which spellings exist, so that a new write of
-- "eastern  lakes" is stored as the existing "Eastern Lakes" instead of starting a second
-- region in the counts.
--
-- `key` is the spelling with Unicode NFKC applied and inner whitespace collapsed (done in
-- TypeScript before a spelling reaches SQL, by normalize()/regexp_replace here), then
-- lower(): computed by the database in both places, so keys always compare alike on one
-- database whatever its locale.
-- `aliases` holds the keys of regions merged into this one, so that an old spelling still
-- written by an import or a stale form lands here rather than bringing the merged region back.
-- `boundary` is a GeoJSON Polygon or MultiPolygon (longitude, latitude), for "which region
-- is this point in"; `centroid_*` places a label.
create table regions (
  id uuid primary key default gen_random_uuid(),
  country char(3) not null,
  level smallint not null check (level in (1, 2)),
  parent_id uuid references regions (id),
  name text not null check (name <> ''),
  key text not null,
  aliases text[] not null default '{}',
  centroid_latitude double precision check (centroid_latitude between -90 and 90),
  centroid_longitude double precision check (centroid_longitude between -180 and 180),
  boundary jsonb check (boundary is null or boundary->>'type' in ('Polygon', 'MultiPolygon')),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((level = 1) = (parent_id is null)),
  check ((centroid_latitude is null) = (centroid_longitude is null))
);
create unique index regions_by_key on regions (country, coalesce(parent_id, '00000000-0000-0000-0000-000000000000'::uuid), key);
create index regions_by_parent on regions (parent_id);
create index regions_aliases on regions using gin (aliases);

-- Backfill admin1: every spelling in use, whitespace normalised; of the spellings that differ
-- only by case, the most used one (by places and incidents together) names the region.
insert into regions (country, level, name, key)
select distinct on (country, lower(spelling)) country, 1, spelling, lower(spelling)
from (
  select country, spelling, sum(n) as n
  from (
    select country, regexp_replace(btrim(normalize(admin1, NFKC)), '\s+', ' ', 'g') as spelling, count(*) as n from places where admin1 is not null group by 1, 2
    union all
    select country, regexp_replace(btrim(normalize(admin1, NFKC)), '\s+', ' ', 'g') as spelling, count(*) as n from incidents where admin1 is not null group by 1, 2
  ) used
  where spelling <> ''
  group by 1, 2
) spellings
order by country, lower(spelling), n desc, spelling;

-- What the backfill rewrites, in the audit trail before it happens (the migration is a write
-- too); nothing on a database that had no region yet.
insert into audit_entries (actor, action, entity, after)
select 'migration:003_regions', 'region.backfill', 'region', jsonb_build_object(
  'regions', (select count(*) from regions),
  'respelled', coalesce(jsonb_agg(jsonb_build_object('country', country, 'from', admin1, 'into', name, 'places', places, 'incidents', incidents) order by country, name, admin1), '[]'::jsonb))
from (
  select u.country, u.admin1, r.name, sum(u.places) as places, sum(u.incidents) as incidents
  from (
    select country, admin1, count(*) as places, 0 as incidents from places where admin1 is not null group by 1, 2
    union all
    select country, admin1, 0, count(*) from incidents where admin1 is not null group by 1, 2
  ) u
  join regions r on r.level = 1 and r.country = u.country and r.key = lower(regexp_replace(btrim(normalize(u.admin1, NFKC)), '\s+', ' ', 'g'))
  where u.admin1 <> r.name
  group by 1, 2, 3
) changed
having (select count(*) from regions) > 0;

update places p set admin1 = r.name
from regions r
where r.level = 1 and r.country = p.country and r.key = lower(regexp_replace(btrim(normalize(p.admin1, NFKC)), '\s+', ' ', 'g'))
  and p.admin1 <> r.name;

update incidents i set admin1 = r.name
from regions r
where r.level = 1 and r.country = i.country and r.key = lower(regexp_replace(btrim(normalize(i.admin1, NFKC)), '\s+', ' ', 'g'))
  and i.admin1 <> r.name;

-- The rollup (migration 002) keys on admin1: move the counts of every respelled region onto
-- its canonical spelling (summed, so each key is written once).
with moved as (
  delete from incident_rollup o
  using regions r
  where r.level = 1 and r.country = o.country and o.admin1 <> ''
    and r.key = lower(regexp_replace(btrim(normalize(o.admin1, NFKC)), '\s+', ' ', 'g'))
    and o.admin1 <> r.name
  returning o.*, r.name as canonical
)
insert into incident_rollup as t (month, country, admin1, pyramid_level, group_key, incidents, killed, injured, detained, disappeared, displaced, affected)
select month, country, canonical, pyramid_level, group_key, sum(incidents), sum(killed), sum(injured), sum(detained), sum(disappeared), sum(displaced), sum(affected)
from moved
group by month, country, canonical, pyramid_level, group_key
on conflict (country, group_key, month, admin1, pyramid_level) do update set
  incidents = t.incidents + excluded.incidents,
  killed = t.killed + excluded.killed,
  injured = t.injured + excluded.injured,
  detained = t.detained + excluded.detained,
  disappeared = t.disappeared + excluded.disappeared,
  displaced = t.displaced + excluded.displaced,
  affected = t.affected + excluded.affected;

-- Backfill admin2 of places, under their (now canonical) admin1.
insert into regions (country, level, parent_id, name, key)
select distinct on (a.id, lower(u.spelling)) a.country, 2, a.id, u.spelling, lower(u.spelling)
from (
  select country, admin1, regexp_replace(btrim(normalize(admin2, NFKC)), '\s+', ' ', 'g') as spelling, count(*) as n
  from places where admin1 is not null and admin2 is not null group by 1, 2, 3
) u
join regions a on a.level = 1 and a.country = u.country and a.name = u.admin1
where u.spelling <> ''
order by a.id, lower(u.spelling), u.n desc, u.spelling;

update places p set admin2 = r.name
from regions a, regions r
where a.level = 1 and a.country = p.country and a.name = p.admin1
  and r.parent_id = a.id and r.key = lower(regexp_replace(btrim(normalize(p.admin2, NFKC)), '\s+', ' ', 'g'))
  and p.admin2 <> r.name;
