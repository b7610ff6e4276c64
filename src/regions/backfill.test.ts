import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, openTestDatabase, type TestDatabase } from '../../test/databases.js';
import { listMigrations, migrate } from '../db/migrate.js';
import type { Database } from '../db/database.js';

/**
 * Migration 003 on a database that already holds free-text regions: one region per
 * spelling that differs only by case or spacing, named by its most used spelling, and every
 * place, incident and rollup count rewritten to it.
 */
describe.each(engines)('regions backfill (migration 003) on %s', (engine) => {
  let t: TestDatabase;
  const before003 = listMigrations().filter((m) => m.id < '003');
  // Up to 004: the rollup keeps migration 002's shape until 005 (access) rebuilds it.
  const before005 = listMigrations().filter((m) => m.id < '005');

  const rollup = () => t.db.query('select * from incident_rollup where incidents <> 0 order by country, group_key, month, admin1, pyramid_level');

  beforeAll(async () => {
    t = await openTestDatabase(engine, { migrations: before003 });
    await t.db.query(
      `insert into places (name, country, admin1, admin2) values
         ('Mirrow', 'XVR', 'Eastern Lakes', 'Mirrow District'),
         ('Tessal', 'XVR', 'eastern lakes', 'mirrow  district'),
         ('Port Aldric', 'XVR', ' Capital   District ', null),
         ('Elsewhere', 'XKX', 'eastern lakes', null)`,
    );
    const incident = (admin1: string | null, country = 'XVR', date = '2024-03-02') =>
      `('t', '${date}', 'day', '${country}', ${admin1 === null ? 'null' : `'${admin1}'`}, 2, 'not-yet-verified', 'internal', 'open', 'test', 'test')`;
    await t.db.query(
      `insert into incidents (title, start_date, start_precision, country, admin1, derived_level, verification_status, confidentiality, monitoring_status, created_by, updated_by) values
       ${[
         incident('Eastern Lakes'),
         incident('Eastern Lakes'),
         incident('Eastern  Lakes', 'XVR', '2024-04-10'),
         incident('eastern lakes'),
         incident('EASTERN LAKES'),
         incident('Capital District'),
         incident('eastern lakes', 'XKX'),
         incident(null),
       ].join(', ')}`,
    );
    await rebuildRollup002(t.db);
    expect(await migrate(t.db, before005)).toContain('003_regions');
  });
  afterAll(() => t?.dispose());

  it('makes one region per spelling up to case and spacing, named by the most used spelling, per country', async () => {
    const regions = await t.db.query<{ country: string; level: number; name: string; key: string; parent: string | null }>(
      `select r.country, r.level, r.name, r.key, p.name as parent from regions r left join regions p on p.id = r.parent_id order by r.country, r.level, r.name`,
    );
    expect(regions).toEqual([
      { country: 'XKX', level: 1, name: 'eastern lakes', key: 'eastern lakes', parent: null },
      { country: 'XVR', level: 1, name: 'Capital District', key: 'capital district', parent: null },
      { country: 'XVR', level: 1, name: 'Eastern Lakes', key: 'eastern lakes', parent: null },
      { country: 'XVR', level: 2, name: 'Mirrow District', key: 'mirrow district', parent: 'Eastern Lakes' },
    ]);
  });

  it('rewrites places and incidents to that spelling', async () => {
    expect(await t.db.query('select name, admin1, admin2 from places order by name')).toEqual([
      { name: 'Elsewhere', admin1: 'eastern lakes', admin2: null },
      { name: 'Mirrow', admin1: 'Eastern Lakes', admin2: 'Mirrow District' },
      { name: 'Port Aldric', admin1: 'Capital District', admin2: null },
      { name: 'Tessal', admin1: 'Eastern Lakes', admin2: 'Mirrow District' },
    ]);
    expect(await t.db.query(`select country, admin1, count(*)::int as n from incidents group by 1, 2 order by 1, 2`)).toEqual([
      { country: 'XKX', admin1: 'eastern lakes', n: 1 },
      { country: 'XVR', admin1: 'Capital District', n: 1 },
      { country: 'XVR', admin1: 'Eastern Lakes', n: 5 },
      { country: 'XVR', admin1: null, n: 1 },
    ]);
  });

  it('moves the rollup counts with them: the rollup equals one rebuilt from the incidents', async () => {
    const migrated = await rollup();
    expect(migrated.filter((r) => r.admin1 === 'Eastern Lakes' && r.group_key === '00000000-0000-0000-0000-000000000000').map((r) => [r.month, r.incidents])).toEqual([
      ['2024-03-01', 4],
      ['2024-04-01', 1],
    ]);
    await rebuildRollup002(t.db);
    expect(await rollup()).toEqual(migrated);
  });

  it('says in the audit trail what it respelled', async () => {
    const [entry] = await t.db.query<{ actor: string; after: any }>(`select actor, after from audit_entries where action = 'region.backfill'`);
    expect(entry!.actor).toBe('migration:003_regions');
    expect(entry!.after.regions).toBe(3);
    expect(entry!.after.respelled).toEqual([
      { country: 'XVR', from: ' Capital   District ', into: 'Capital District', places: 1, incidents: 0 },
      { country: 'XVR', from: 'EASTERN LAKES', into: 'Eastern Lakes', places: 0, incidents: 1 },
      { country: 'XVR', from: 'Eastern  Lakes', into: 'Eastern Lakes', places: 0, incidents: 1 },
      { country: 'XVR', from: 'eastern lakes', into: 'Eastern Lakes', places: 1, incidents: 1 },
    ]);
  });
});

/** The rollup of migration 002 rebuilt from the incidents (the store's own rebuild writes 005's shape). */
function rebuildRollup002(db: Database): Promise<void> {
  return db.transaction(async (tx) => {
    await tx.query('delete from incident_rollup');
    await tx.query(
      `insert into incident_rollup (month, country, admin1, pyramid_level, group_key, incidents, killed, injured, detained, disappeared, displaced, affected)
       select date_trunc('month', start_date::timestamp)::date, country, coalesce(admin1, ''), pyramid_level, g,
         count(*), sum(killed), sum(injured), sum(detained), sum(disappeared), sum(displaced), sum(affected)
       from incidents
       cross join lateral unnest(array['00000000-0000-0000-0000-000000000000']::uuid[] ||
         case when cardinality(group_ids) = 0 then array['ffffffff-ffff-ffff-ffff-ffffffffffff']::uuid[] else group_ids end) as g
       where deleted_at is null
       group by 1, 2, 3, 4, 5`,
    );
  });
}
