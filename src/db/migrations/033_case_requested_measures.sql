-- Requested measures of a case (issue 18 §4): what the author asks the body for — interim measures
-- to prevent irreparable harm while it considers the case, and final measures (the findings and
-- remedies sought) — each addressed to someone (the State, the Committee …) and followed from a
-- proposal in the draft to the body's answer. Generated submissions print them in their "requested
-- measures" and "interim measures" sections; a withdrawn one is kept for the record and left out.
-- A child of the case like its remedies and tasks: written through the case (audited with it).
create table case_requested_measures (
  id uuid primary key,
  case_id uuid not null references cases (id) on delete cascade,
  text text not null,
  kind text not null check (kind in ('interim', 'final')),
  addressed_to text,
  status text not null default 'proposed' check (status in ('proposed', 'requested', 'granted', 'refused', 'withdrawn')),
  created_at timestamptz not null default clock_timestamp()
);
create index case_requested_measures_by_case on case_requested_measures (case_id, created_at);
