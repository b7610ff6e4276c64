-- The counts an import adds, kept aside until its batch finishes (issue 16 §2).
-- An import writes its incidents' counts here as plain rows (no key, no index: nothing looked up
-- or updated per row), in the same transaction as the incidents, so they are never lost nor
-- counted twice, whatever kills the import. Every reader of the counts tables sums these rows
-- with them (src/incidents/store/rollup.ts, liveCounts), so an answer is exact at every moment.
-- The import's finish (and any later finish, should a killed run never be resumed) folds them
-- into the counts tables once: a key that many of the import's incidents share is then written
-- once, where every batch of a thousand rows upserted it again (at 1M generated incidents, a
-- third as many rows written; bench/ingest.ts).
create table incident_rollup_delta (like incident_rollup);
create table incident_counts_delta (like incident_counts);
