-- Accounts (issue 15 §2): users, teams, sessions, API tokens and the counters that throttle
-- sign-in. Secrets are never stored as given: passwords as argon2id hashes, session ids and
-- API tokens as SHA-256 digests (they are long random values, so a fast digest suffices).

create table teams (
  id uuid primary key,
  name text not null,
  created_at timestamptz not null default now()
);
create unique index teams_name_key on teams (lower(name));

create table users (
  id uuid primary key,
  -- Kept lower-case: one person, one login, whatever case they type.
  login text not null unique check (login = lower(login)),
  display_name text not null,
  role text not null check (role in ('administrator', 'editor', 'analyst', 'lawyer', 'viewer')),
  clearance text not null check (clearance in ('public', 'internal', 'confidential', 'strictly-confidential')),
  password_hash text not null,
  disabled boolean not null default false,
  -- The TOTP secret (RFC 6238), base32; never returned after enrolment. Pending until the
  -- first code is confirmed, so a half-done enrolment cannot lock a person out.
  totp_secret text,
  totp_enabled boolean not null default false,
  -- The 30-second step of the last code accepted: a code is good once (RFC 6238 §5.2).
  totp_last_step bigint,
  -- Sessions and tokens issued before this instant are void (set by a password reset or disable).
  credentials_since timestamptz not null default now(),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table team_members (
  team_id uuid not null references teams (id) on delete cascade,
  user_id uuid not null references users (id) on delete cascade,
  primary key (team_id, user_id)
);
create index team_members_user on team_members (user_id);

create table sessions (
  id_digest text primary key,
  user_id uuid not null references users (id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  last_seen_at timestamptz not null default now(),
  expires_at timestamptz not null
);
create index sessions_user on sessions (user_id);

create table api_tokens (
  id uuid primary key,
  user_id uuid not null references users (id) on delete cascade,
  name text not null,
  token_digest text not null unique,
  -- The actions the token may take (src/access/permissions.ts); null: all of its user's.
  actions text[],
  expires_at timestamptz not null,
  revoked_at timestamptz,
  last_used_at timestamptz,
  created_at timestamptz not null default now()
);
create index api_tokens_user on api_tokens (user_id);

-- Failed sign-ins per key: `login:<name>` (whether or not the account exists, so a lockout
-- says nothing about existence) and `address:<ip>`.
create table sign_in_failures (
  key text primary key,
  failures integer not null,
  first_failure_at timestamptz not null,
  locked_until timestamptz
);
