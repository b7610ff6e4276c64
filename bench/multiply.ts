/**
 * Makes a large query-benchmark database from a smaller one loaded through the write path:
 * copies the incidents of `precursor_bench_<from>` (PostgreSQL) `times` times into
 * `precursor_bench_<from × times>`, with new ids, then rebuilds the counts tables and vacuums.
 *
 *   npx tsx bench/multiply.ts --from 100000 --times 10     # → precursor_bench_1000000
 *
 * Why: the write path loads about 200 rows/s on this 2-core machine when others share it, so a 1M
 * database takes hours; the query benchmarks (bench/store.ts --reuse) need the rows, not the
 * loading. Each copy keeps its source's dates, places, groups, confidentiality and teams, so the
 * mix of every filter is the source's and each value is ten times as dense — what ten times the
 * generator's rows would give, except that titles and narratives repeat. The load figure of a
 * multiplied database is therefore not a write-path figure: bench/store.ts keeps none for it.
 *
 * Copies what the list, counts, stats and full-text queries read: incidents, incident_texts,
 * acts, involvements, incident_sources (not audit entries, external ids or import rows).
 */
import { parseArgs } from 'node:util';
import pg from 'pg';
import { openPostgres } from '../src/db/postgres.js';
import { migrate } from '../src/db/migrate.js';
import { rebuildRollup } from '../src/incidents/store/rollup.js';

const { values: args } = parseArgs({ options: { from: { type: 'string', default: '100000' }, times: { type: 'string', default: '10' } } });
const from = Number(args.from);
const times = Number(args.times);
const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const source = `precursor_bench_${from}`;
const target = `precursor_bench_${from * times}`;

function urlOf(name: string) {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** The columns an insert may write (generated ones are computed again). */
async function writableColumns(db: pg.Client, table: string): Promise<string[]> {
  const r = await db.query<{ column_name: string }>(
    `select column_name from information_schema.columns where table_schema = 'public' and table_name = $1 and is_generated = 'NEVER' and identity_generation is null order by ordinal_position`,
    [table],
  );
  return r.rows.map((c) => c.column_name);
}

/** A new uuid for copy `$1` of an id: deterministic, so a re-run of a copy is refused by the primary key rather than doubled. */
const remap = (column: string) => `md5(${column}::text || '/' || $1::text)::uuid`;

async function main() {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  if (!(await admin.query('select 1 from pg_database where datname = $1', [source])).rowCount) throw new Error(`${source} does not exist: load it first (npx tsx bench/store.ts --engines postgres --sizes ${from})`);
  await admin.query(`drop database if exists ${target} with (force)`);
  // A template copy keeps the source's world (places, groups, actors, teams) and its incidents as copy 0.
  await admin.query(`create database ${target} template ${source}`);
  await admin.end();
  const migrated = await openPostgres(urlOf(target));
  await migrate(migrated);
  await migrated.close();

  const db = new pg.Client({ connectionString: urlOf(target) });
  await db.connect();
  const started = performance.now();
  const plan: [table: string, mapped: Record<string, string>][] = [
    ['incidents', { id: remap('id') }],
    ['incident_texts', { incident_id: remap('incident_id') }],
    ['acts', { id: remap('id'), incident_id: remap('incident_id') }],
    ['involvements', { act_id: remap('act_id') }],
    ['incident_sources', { incident_id: remap('incident_id') }],
  ];
  const statements: string[] = [];
  for (const [table, mapped] of plan) {
    const cols = await writableColumns(db, table);
    const select = cols.map((c) => mapped[c] ?? c).join(', ');
    // Copy 0 only: the rows of the source, not the copies made earlier in this run.
    const originals = table === 'involvements' ? 'where act_id in (select id from acts where incident_id in (select id from originals))' : table === 'incidents' ? 'where id in (select id from originals)' : 'where incident_id in (select id from originals)';
    statements.push(`insert into ${table} (${cols.join(', ')}) select ${select} from ${table} ${originals}`);
  }
  await db.query('create table originals as select id from incidents');
  await db.query('alter table originals add primary key (id)');
  for (let copy = 1; copy < times; copy++) {
    await db.query('begin');
    for (const s of statements) await db.query(s, [copy]);
    await db.query('commit');
    process.stdout.write(`  copy ${copy}/${times - 1}: ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
  }
  await db.query('drop table originals');
  // bench/store.ts reads this to say that the database was multiplied, not loaded.
  await db.query('create table bench_multiplied (source_size int not null, times int not null, made_at timestamptz not null default now())');
  await db.query('insert into bench_multiplied (source_size, times) values ($1, $2)', [from, times]);
  await db.end();

  const counted = await openPostgres(urlOf(target));
  await counted.transaction((tx) => rebuildRollup(tx));
  await counted.exec('vacuum analyze');
  const [{ n }] = (await counted.query<{ n: number }>('select count(*)::int as n from incidents')) as [{ n: number }];
  await counted.close();
  process.stdout.write(`${target}: ${n} incidents in ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

await main();
