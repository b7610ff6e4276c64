-- Access (issue 15): a record may be restricted to teams. Empty: no team restriction, the
-- confidentiality level alone decides (src/access/door.ts). Team ids are the accounts'
-- teams (migration 006); kept as text so a record can name a team of another installation
-- after an exchange without breaking.
alter table incidents add column teams text[] not null default '{}';
