-- An import finds the places its rows name (src/registry/byName.store.ts, selectPlacesFor): by
-- name within the country (ignoring case), or by coordinates when a row names none. The lookup
-- joined every wanted place to every place of its country and tested name or coordinates per
-- pair, so a file naming a new town on most rows slowed as it went: 7.3 s of a 20,000-row
-- import's 28.8 s of server time, and most of a 100,000-row import's (bench/importFile.ts,
-- 2026-11-30, 315 rows/s). The lookup is now two equality joins, one per way of naming a place,
-- each with its index.
create index if not exists places_by_name on places (country, lower(name)) where deleted_at is null;
create index if not exists places_by_coordinates on places (country, latitude, longitude) where deleted_at is null and latitude is not null;
