-- The planner's view of how long incidents' dated ranges are (issue 15, performance with access
-- on). A period filter bounds start_date by the earliest start among incidents whose range is
-- longer than a year (migration 017, src/incidents/store/query.ts). Without statistics on
-- `last_date - start_date`, PostgreSQL guessed a fifth of all incidents were such ranges, planned
-- that lookup as a parallel scan and, at 1M incidents, crossed the JIT threshold: a restricted
-- reader's first page of one country since 2019 took 180 ms where 1 ms does the work.
create statistics if not exists incidents_range_length on (last_date - start_date) from incidents;
analyze incidents;
