-- Persons (issue 15 §4): victims and witnesses of an incident. Identifying fields are stored
-- only as AES-256-GCM ciphertexts (src/persons/crypto.ts), each bound to its person and field;
-- what stays in clear is what analysis needs and does not identify (role, sex, age, links) and
-- the consent. `name_hashes` are keyed hashes of the name and aliases for exact-match lookup.
create table persons (
  id uuid primary key,
  incident_id uuid not null references incidents (id) on delete cascade,
  -- The person's number in the incident, for a pseudonym ("Victim 3") that never changes.
  number integer not null,
  role text not null,
  sex text,
  age smallint,
  -- Acts (acts.id: stable) and sources' information (the source's id in the incident) the
  -- person is named in; checked against the incident on every write, not by a foreign key,
  -- since only the incidents module reads its tables.
  act_ids uuid[] not null default '{}',
  source_ids uuid[] not null default '{}',
  name_enc bytea not null,
  aliases_enc bytea not null,
  birth_date_enc bytea not null,
  contacts_enc bytea not null,
  address_enc bytea not null,
  photos_enc bytea not null,
  notes_enc bytea not null,
  name_hashes text[] not null default '{}',
  consent_scope text,
  consent_given_on date,
  consent_recorded_by text,
  consent_recorded_at timestamptz,
  consent_withdrawn_on date,
  consent_withdrawn_by text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  created_by text not null,
  updated_at timestamptz not null default now(),
  updated_by text not null,
  unique (incident_id, number)
);
create index persons_name_hashes on persons using gin (name_hashes);

-- The data key that encrypts persons' fields, stored only wrapped (encrypted) by the master
-- key, which never enters the database. One row: a data key rotation replaces it in the same
-- transaction that re-encrypts every field.
create table person_keys (
  id uuid primary key,
  wrapped bytea not null,
  master_fingerprint text not null,
  created_at timestamptz not null default now(),
  rewrapped_at timestamptz
);
create unique index person_keys_one on person_keys ((true));
