-- A tamper-evident audit trail (issue 15 §5) and the tombstones of purged records (§7, erasure).
--
-- Every audit entry joins one linear hash chain: `seq` numbers it, `prev_hash` is the hash of the
-- entry before it and `hash` is the SHA-256 of a canonical encoding of the entry's own fields —
-- the digests of before, after and detail, not the documents themselves. So a purge can erase the
-- documents of a record that endangers someone and the chain still verifies (the digests stay).
-- src/audit/chain.ts computes the same encoding in TypeScript: `precursor audit verify` checks
-- what this trigger wrote with a second, independent implementation.

alter table audit_entries
  add column seq bigint,
  add column prev_hash text,
  add column hash text,
  add column before_digest text,
  add column after_digest text,
  add column detail_digest text,
  add column erased_at timestamptz;

-- One field of the canonical encoding: its length in bytes, a colon and the text; '~' for null,
-- so that no two different entries encode alike (`ab`,`c` differs from `a`,`bc`).
create function audit_chain_field(v text) returns text language sql immutable as $$
  select case when v is null then '~' else octet_length(convert_to(v, 'UTF8'))::text || ':' || v end
$$;

-- The SHA-256 of a document as jsonb writes it (keys ordered, one spacing): the same document
-- always gives the same digest, whatever the JSON it was inserted as.
create function audit_content_digest(v jsonb) returns text language sql immutable strict as $$
  select encode(sha256(convert_to(v::text, 'UTF8')), 'hex')
$$;

-- The hash of one entry. The time is written in UTC to the microsecond, as PostgreSQL keeps it.
create function audit_entry_hash(id bigint, seq bigint, at timestamptz, actor text, request_id text, action text,
    entity text, entity_id uuid, before_digest text, after_digest text, detail_digest text, prev_hash text)
  returns text language sql stable as $$
  select encode(sha256(convert_to(concat_ws(E'\n',
    'precursor-audit-chain-v1',
    audit_chain_field(id::text),
    audit_chain_field(seq::text),
    audit_chain_field(to_char(at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
    audit_chain_field(actor),
    audit_chain_field(request_id),
    audit_chain_field(action),
    audit_chain_field(entity),
    audit_chain_field(entity_id::text),
    audit_chain_field(before_digest),
    audit_chain_field(after_digest),
    audit_chain_field(detail_digest),
    audit_chain_field(prev_hash)), 'UTF8')), 'hex')
$$;

-- The entries written before this migration join the chain in the order they were written.
update audit_entries set
  before_digest = audit_content_digest(before),
  after_digest = audit_content_digest(after),
  detail_digest = audit_content_digest(detail);

do $$
declare
  r record;
  n bigint := 0;
  prev text := repeat('0', 64);
  h text;
begin
  for r in select * from audit_entries order by id loop
    n := n + 1;
    h := audit_entry_hash(r.id, n, r.at, r.actor, r.request_id, r.action, r.entity, r.entity_id,
      r.before_digest, r.after_digest, r.detail_digest, prev);
    update audit_entries set seq = n, prev_hash = prev, hash = h where id = r.id;
    prev := h;
  end loop;
end
$$;

-- Unique: two writers that both read the same head (which the lock below prevents) fail here
-- instead of forking the chain. An entry's seq and hashes are null only until its transaction
-- commits (see below).
create unique index audit_entries_seq on audit_entries (seq);

-- A new entry's documents are digested as it is inserted, whoever inserts it (a service, a
-- migration, a module's own SQL); its place in the chain is left empty until the commit.
create function audit_entries_digest() returns trigger language plpgsql as $$
begin
  NEW.before_digest := audit_content_digest(NEW.before);
  NEW.after_digest := audit_content_digest(NEW.after);
  NEW.detail_digest := audit_content_digest(NEW.detail);
  NEW.seq := null;
  NEW.prev_hash := null;
  NEW.hash := null;
  NEW.erased_at := null;
  return NEW;
end
$$;
create trigger audit_entries_digest before insert on audit_entries for each row execute function audit_entries_digest();

-- The entry joins the chain when its transaction commits (a deferred constraint trigger), in the
-- order the transaction wrote its entries. The transaction-scoped advisory lock serialises the
-- appends of concurrent transactions, so they form one line, not a fork. Taken at commit, it is
-- held only while the commit ends, and by then the transaction takes no other lock: a writer that
-- audits and then locks rows (rollup counts) cannot deadlock with one that locked those rows and
-- waits to audit. After the lock, the head query sees what the previous holder committed (READ
-- COMMITTED, the default: each query takes a new snapshot).
create function audit_entries_chain() returns trigger language plpgsql as $$
declare
  head_seq bigint;
  head_hash text;
  e audit_entries;
begin
  perform pg_advisory_xact_lock(4242008);
  select seq, hash into head_seq, head_hash from audit_entries where seq is not null order by seq desc limit 1;
  select * into e from audit_entries where id = NEW.id;
  e.seq := coalesce(head_seq, 0) + 1;
  e.prev_hash := coalesce(head_hash, repeat('0', 64));
  e.hash := audit_entry_hash(e.id, e.seq, e.at, e.actor, e.request_id, e.action, e.entity, e.entity_id,
    e.before_digest, e.after_digest, e.detail_digest, e.prev_hash);
  update audit_entries set seq = e.seq, prev_hash = e.prev_hash, hash = e.hash where id = e.id;
  return null;
end
$$;
create constraint trigger audit_entries_chain after insert on audit_entries
  deferrable initially deferred for each row execute function audit_entries_chain();

-- Append-only: no entry is changed or removed, and the table is never truncated. Two changes
-- are allowed: the commit's chaining of a new entry (seq and hashes set once, from null, nothing
-- else changed), and a purge's erasure — before, after and detail become null (never anything
-- else) and erased_at is set, while every hashed field, the digests among them, stays as it was.
create function audit_entries_append_only() returns trigger language plpgsql as $$
begin
  if TG_OP = 'UPDATE'
    and OLD.seq is null and OLD.prev_hash is null and OLD.hash is null
    and NEW.seq is not null and NEW.prev_hash is not null and NEW.hash is not null
    and (NEW.id, NEW.at, NEW.actor, NEW.request_id, NEW.action, NEW.entity, NEW.entity_id,
         NEW.before_digest, NEW.after_digest, NEW.detail_digest, NEW.erased_at, NEW.before, NEW.after, NEW.detail)
      is not distinct from
        (OLD.id, OLD.at, OLD.actor, OLD.request_id, OLD.action, OLD.entity, OLD.entity_id,
         OLD.before_digest, OLD.after_digest, OLD.detail_digest, OLD.erased_at, OLD.before, OLD.after, OLD.detail)
  then
    return NEW;
  end if;
  if TG_OP = 'UPDATE'
    and (NEW.id, NEW.seq, NEW.at, NEW.actor, NEW.request_id, NEW.action, NEW.entity, NEW.entity_id,
         NEW.before_digest, NEW.after_digest, NEW.detail_digest, NEW.prev_hash, NEW.hash)
      is not distinct from
        (OLD.id, OLD.seq, OLD.at, OLD.actor, OLD.request_id, OLD.action, OLD.entity, OLD.entity_id,
         OLD.before_digest, OLD.after_digest, OLD.detail_digest, OLD.prev_hash, OLD.hash)
    and (NEW.before is null or NEW.before = OLD.before)
    and (NEW.after is null or NEW.after = OLD.after)
    and (NEW.detail is null or NEW.detail = OLD.detail)
    and NEW.erased_at is not null
    and (OLD.erased_at is null or NEW.erased_at = OLD.erased_at)
  then
    return NEW;
  end if;
  raise exception 'audit entries are append-only: % refused (a purge may only erase an entry''s before, after and detail)', TG_OP
    using errcode = 'P0001';
end
$$;
create trigger audit_entries_append_only before update or delete on audit_entries
  for each row execute function audit_entries_append_only();
create trigger audit_entries_no_truncate before truncate on audit_entries
  for each statement execute function audit_entries_append_only();

-- What was purged, and nothing of what it said: the record's kind and id (so the id cannot come
-- back through an import or the restore of an older backup), when, by whom, and the SHA-256 of
-- the reason (the reason itself may name who was endangered). See src/purge/.
create table tombstones (
  entity text not null,
  entity_id uuid not null,
  purged_at timestamptz not null default now(),
  purged_by text not null,
  reason_digest text not null,
  primary key (entity, entity_id)
);

-- A tombstone removed would let the record back in: tombstones are never changed or deleted.
create function tombstones_permanent() returns trigger language plpgsql as $$
begin
  raise exception 'tombstones are permanent: % refused', TG_OP using errcode = 'P0001';
end
$$;
create trigger tombstones_permanent before update or delete on tombstones
  for each row execute function tombstones_permanent();
