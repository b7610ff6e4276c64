-- Stored country risk forecasts (issue 17 §2 and §4, src/forecast): one row per ranking run of
-- `precursor forecast rank … --save`, and one per country ranked. The watchlist reads the newest
-- run. A run is never changed: a new ranking is a new run, so a position the watchlist gave can
-- always be traced to the run and row that produced it.
create table forecast_runs (
  id uuid primary key,
  -- The year forecast, and the year of the predictors that forecast it (Y−1).
  year integer not null,
  predictors_year integer not null,
  outcome text not null,
  -- The last row-year trained on, the rows trained on, the tuning chosen inside the window.
  last_trained_year integer not null,
  trained_rows integer not null,
  tuning jsonb not null,
  -- The predictors file as named on the command line (for the record, never read again).
  source text not null,
  countries integer not null check (countries > 0),
  created_by text not null,
  created_at timestamptz not null default now()
);
create index forecast_runs_newest on forecast_runs (created_at desc, id desc);

create table forecast_rows (
  run_id uuid not null references forecast_runs (id) on delete cascade,
  rank integer not null check (rank >= 1),
  -- ISO 3166-1 alpha-3 of the country today; null when the predictors' state has none (a state
  -- that no longer exists): kept in the ranking, never joined to the app's countries.
  country char(3),
  ewp_name text not null,
  ccode integer not null,
  probability double precision not null check (probability >= 0 and probability <= 1),
  factors jsonb not null,
  primary key (run_id, rank)
);
create index forecast_rows_by_country on forecast_rows (country, run_id);
