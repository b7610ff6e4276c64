-- What an audit entry needs to say beyond its before and after documents: for a merge of two
-- edits (incident.merge), the version the editor started from, the version saved meanwhile and
-- which fields came from it. Nullable, no default: adding it rewrites no row.
alter table audit_entries add column detail jsonb;
