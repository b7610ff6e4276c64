-- Each custody event may name the file and describe it as its uploader did: a second person
-- uploading the same bytes keeps their own file name and description (issue 15 §7), where
-- before only the first uploader's were kept on the evidence record.
alter table custody_events add column filename text;
alter table custody_events add column description text;
