-- Search vectors built after a large import (issue 16 §2): computing the English full-text
-- vector was the largest single cost of the import write path (~0.2 ms a row in PGlite, the
-- same order as the whole incidents insert with its indexes). In the embedded engine the import
-- writes the text with no vector (on a PostgreSQL server it is cheap at insert, and kept there);
-- the batch's finish (and the finish of a re-run of a killed import) fills every vector still
-- missing. Until then a search still finds such a row: the store matches a
-- missing vector by computing it on the fly (src/incidents/store/searchVector.ts), and this
-- index lists those rows so that the on-the-fly branch reads nothing when none is missing.
alter table incident_texts alter column search drop not null;
create index incident_texts_unsearched on incident_texts (incident_id) where search is null;
