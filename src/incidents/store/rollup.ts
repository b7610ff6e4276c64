import { clearanceRowsPredicate } from '../../access/door.js';
import { confidentialityLevels, type Scope } from '../../access/scope.js';
import type { Sql } from '../../db/database.js';
import { victimKinds, type StatsDimension } from '../schema.js';
import { Params, whereOf } from './params.js';
import { adjustWarningCounts } from './warningCounts.js';
import type { IncidentFilter } from './query.js';
import { victimSums, type StatsRow } from './types.js';

/**
 * The rollup: two tables of counts of live incidents, kept in step with every write in the same
 * transaction.
 * - incident_rollup (migrations 002, 005 and 017): month × month known × last month × country ×
 *   admin1 × level × group × confidentiality × teams. Keyed by the access columns too, so the
 *   door's predicate filters its rows just as it filters incidents.
 * - incident_counts (migrations 011 and 017): the same counts folded by clearance — each incident
 *   under every clearance that may read it — and without admin1, so a scope sums one clearance's
 *   rows (src/access/door.ts, clearanceRowsPredicate). It answers whatever names no region.
 *
 * Dates follow the counting rule (src/incidents/counting.ts): `month` is the month the incident
 * began, `month_known` is false for one known only to its year (its `month` is then 1 January:
 * the year's month-unknown bucket, never January), and `last_month` is the month of the last day
 * its dated range may cover, so a period of whole months is matched by overlap exactly.
 */

/** Sentinel group keys of the rollup: every incident counts once under `all`; one without a group under `none`. */
export const rollupAll = '00000000-0000-0000-0000-000000000000';
export const rollupNone = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/** The date keys of an incident's counts (migration 017): month it began, whether that month is known, month its dated range ends. */
const countingKeys = `date_trunc('month', start_date::timestamp)::date, start_precision <> 'year', date_trunc('month', last_date::timestamp)::date`;

/** Each counts table's keys, in the order its rows are upserted (writers on a server lock them in the same order). */
const keysOf = {
  incident_rollup: ['country', 'group_key', 'month', 'month_known', 'last_month', 'admin1', 'pyramid_level', 'confidentiality', 'teams'],
  incident_counts: ['clearance', 'country', 'group_key', 'month', 'month_known', 'last_month', 'pyramid_level', 'teams'],
} as const;
type CountsTable = keyof typeof keysOf;
const columnsOf = (table: CountsTable) => [...keysOf[table], 'incidents', ...victimKinds].join(', ');
const addTo = (table: CountsTable) =>
  `on conflict (${keysOf[table].join(', ')}) do update set incidents = r.incidents + excluded.incidents, ${victimKinds.map((c) => `${c} = r.${c} + excluded.${c}`).join(', ')}`;

/**
 * The rows set aside by imports (migration 030: incident_rollup_delta, keyed as incident_rollup)
 * folded by clearance as incident_counts is (migration 011): each row under every clearance that
 * may read its confidentiality, without admin1; not summed (readers and the fold sum). The
 * clearances are the code's own constants, written into the SQL.
 */
const deltaByClearance = (from: string) => {
  const levels = `array[${confidentialityLevels.map((l) => `'${l}'`).join(', ')}]::text[]`;
  return `select l.clearance, d.country, d.group_key, d.month, d.month_known, d.last_month, d.pyramid_level, d.teams, d.incidents, ${victimKinds.map((c) => `d.${c}`).join(', ')}
    from ${from} d join unnest(${levels}) with ordinality as l(clearance, rank) on l.rank >= array_position(${levels}, d.confidentiality)`;
};

/**
 * A counts table as its readers must see it: its rows and the rows imports set aside (migration
 * 030) not folded in yet — every reader sums them, so the answer is the same before and after
 * the fold.
 */
export function liveCounts(table: CountsTable): string {
  const columns = columnsOf(table);
  const aside = table === 'incident_rollup' ? `select ${columns} from incident_rollup_delta` : deltaByClearance('incident_rollup_delta');
  return `(select ${columns} from ${table} union all ${aside})`;
}

/**
 * Adds (+1) or takes away (-1) the counts of the live incidents matching `where` (SQL over
 * `incidents` using `params` as $1…). Rows are upserted in key order so that concurrent
 * writers on a server lock them in the same order. A write that changes an incident's
 * confidentiality or teams takes its counts out under the old keys and back under the new.
 *
 * `into: 'deltas'` (the import's new incidents): the counts are appended to
 * incident_rollup_delta (migration 030) instead, as plain rows, and folded into both tables
 * when the import finishes (foldRollupDeltas); incident_counts' rows are derived from them then.
 * Sums commute, so other writers keep adjusting the tables meanwhile.
 */
export async function adjustRollup(tx: Sql, where: string, params: unknown[], sign: 1 | -1, into: 'tables' | 'deltas' = 'tables'): Promise<void> {
  const s = `$${params.length + 1}::int`;
  // Each select lists its table's keys in keysOf's order, so `order by 1, 2, …` is the lock order.
  const target = (table: CountsTable, select: string) =>
    into === 'deltas'
      ? `insert into incident_rollup_delta (${columnsOf(table)}) ${select}`
      : `insert into ${table} as r (${columnsOf(table)}) ${select} order by ${keysOf[table].map((_, i) => i + 1).join(', ')} ${addTo(table)}`;
  await tx.query(
    target(
      'incident_rollup',
      `select country, g, ${countingKeys}, coalesce(admin1, ''), pyramid_level, confidentiality, teams,
            ${s} * count(*), ${victimKinds.map((c) => `${s} * sum(${c})`).join(', ')}
     from incidents
     cross join lateral unnest(array['${rollupAll}']::uuid[] ||
       case when cardinality(group_ids) = 0 then array['${rollupNone}']::uuid[] else group_ids end) as g
     where (${where}) and deleted_at is null
     group by 1, 2, 3, 4, 5, 6, 7, 8, 9`,
    ),
    [...params, sign],
  );
  if (into === 'deltas') {
    // The early-warning counts (migration 026) are not set aside: the detectors read them alone.
    await adjustWarningCounts(tx, where, params, sign);
    return;
  }
  // The same counts folded by clearance (migration 011): under every clearance that may read the
  // incident, without admin1.
  const levels = `$${params.length + 2}::text[]`;
  await tx.query(
    target(
      'incident_counts',
      `select c.clearance, country, g, ${countingKeys}, pyramid_level, teams,
            ${s} * count(*), ${victimKinds.map((c) => `${s} * sum(${c})`).join(', ')}
     from incidents
     cross join lateral unnest(array['${rollupAll}']::uuid[] ||
       case when cardinality(group_ids) = 0 then array['${rollupNone}']::uuid[] else group_ids end) as g
     join unnest(${levels}) with ordinality as c(clearance, rank) on c.rank >= array_position(${levels}, confidentiality)
     where (${where}) and deleted_at is null
     group by 1, 2, 3, 4, 5, 6, 7, 8`,
    ),
    [...params, sign, confidentialityLevels],
  );
  // The early-warning counts (migration 026): what the detectors read, in the same transaction.
  await adjustWarningCounts(tx, where, params, sign);
}

/**
 * Folds the counts imports set aside (migration 030) into both counts tables — each key once,
 * with its sum; incident_counts' rows folded by clearance from them — removed from the deltas
 * in the same statement: atomic, so a reader sees them in one place or the other, never both.
 * Only committed deltas are seen: a concurrent import's are folded by its own finish. Returns
 * how many delta rows it folded.
 */
export async function foldRollupDeltas(tx: Sql): Promise<number> {
  const sums = ['incidents', ...victimKinds].map((c) => `sum(${c})`).join(', ');
  const rollupKeys = keysOf.incident_rollup.join(', ');
  const [row] = await tx.query<{ n: number }>(
    `with d as (delete from incident_rollup_delta returning *),
     rollup as (insert into incident_rollup as r (${columnsOf('incident_rollup')})
       select ${rollupKeys}, ${sums} from d group by ${rollupKeys} order by ${rollupKeys}
       ${addTo('incident_rollup')}),
     counts as (insert into incident_counts as r (${columnsOf('incident_counts')})
       select clearance, country, group_key, month, month_known, last_month, pyramid_level, teams, ${sums}
       from (${deltaByClearance('d')}) c
       group by 1, 2, 3, 4, 5, 6, 7, 8 order by 1, 2, 3, 4, 5, 6, 7, 8
       ${addTo('incident_counts')})
     select count(*)::int as n from d`,
  );
  return row?.n ?? 0;
}

/** Recomputes the whole rollup (both tables, and the warning counts) from the incidents (for maintenance, and to check it in tests). */
export async function rebuildRollup(tx: Sql): Promise<void> {
  await tx.query('delete from incident_rollup');
  await tx.query('delete from incident_counts');
  await tx.query('delete from incident_rollup_delta');
  await tx.query('delete from warning_counts');
  await adjustRollup(tx, 'true', [], 1);
}

const rollupDimensions: Partial<Record<StatsDimension, string>> = {
  // The counting rule (src/incidents/counting.ts, countingMonthKey): a year-only incident counts in `YYYY-??`.
  month: `case when month_known then to_char(month, 'YYYY-MM') else to_char(month, 'YYYY') || '-??' end`,
  year: `to_char(month, 'YYYY')`,
  level: 'pyramid_level::int',
  country: 'country',
  admin1: `nullif(admin1, '')`,
  group: `nullif(group_key, '${rollupNone}')`,
};

const isMonthStart = (date: string) => date.endsWith('-01');
const isMonthEnd = (date: string) => {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
};

/**
 * The filters the rollup is keyed by (DESIGN.md: list what it can answer, so a new filter is
 * read from the incidents until said otherwise). The caller's scope is not a filter here: the
 * rollup is keyed by confidentiality and teams, so it answers for every scope.
 */
// `startFloor` and `textBacklog` are planning hints (they select nothing of their own): the rollup answers as if they were absent.
const rollupFilters: ReadonlySet<keyof IncidentFilter> = new Set(['countries', 'admin1', 'groupIds', 'levels', 'from', 'to', 'deleted', 'startFloor', 'textBacklog']);

/**
 * Whether the rollup holds the answer: only the dimensions and filters it is keyed by,
 * whole months, live incidents; and, without a group dimension, at most one group in the
 * filter (an incident targeting two picked groups must still count once).
 *
 * A period of whole months is answered exactly by overlap, whatever the incidents' precision
 * (a year-only incident is kept by a month of its year, one ranging over months by each month
 * it may cover): the rollup is keyed by the first and last month of each incident's dated range
 * (migration 017). A period that splits a month cannot be: part of a month may or may not hold
 * an incident known to the month, so it is read from the incidents table.
 */
export function rollupCanAnswer(f: IncidentFilter, by: readonly StatsDimension[]): boolean {
  const given = (Object.keys(f) as (keyof IncidentFilter)[]).filter((k) => {
    const v = f[k];
    return v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0);
  });
  if (!given.every((k) => rollupFilters.has(k))) return false;
  if (f.deleted !== 'exclude') return false;
  if ((f.from && !isMonthStart(f.from)) || (f.to && !isMonthEnd(f.to))) return false;
  if ((f.groupIds?.length ?? 0) > 1 && !by.includes('group')) return false;
  return by.every((d) => d in rollupDimensions);
}

/**
 * What incident_counts (migration 011: the rollup folded by clearance, without admin1) can
 * answer: what the rollup can, with neither a region filter nor a region dimension.
 */
export function clearanceCountsCanAnswer(f: IncidentFilter, by: readonly StatsDimension[]): boolean {
  return rollupCanAnswer(f, by) && !f.admin1?.length && !by.includes('admin1');
}

/**
 * Counts for the scope from the rollup; only when rollupCanAnswer says it can (`incidentsOnly`:
 * no victim sums, for a list's total — read from the indexes alone). From
 * incident_counts when it can answer (one clearance's rows, no regions: at 1M incidents the
 * largest country's stats read ~20× fewer rows), else from incident_rollup.
 */
export async function selectRollupStats(
  sql: Sql,
  scope: Scope,
  f: IncidentFilter,
  by: readonly StatsDimension[],
  options: { incidentsOnly?: boolean } = {},
): Promise<StatsRow[]> {
  const params = new Params();
  const folded = clearanceCountsCanAnswer(f, by);
  const where: (string | undefined)[] = [];
  if (folded) where.push(clearanceRowsPredicate(scope, (v) => params.add(v)));
  if (f.groupIds?.length) where.push(`group_key = any(${params.add(f.groupIds)}::uuid[])`);
  else where.push(by.includes('group') ? `group_key <> '${rollupAll}'` : `group_key = '${rollupAll}'`);
  if (f.countries?.length) where.push(`country = any(${params.add(f.countries)}::char(3)[])`);
  if (f.admin1?.length) where.push(`admin1 = any(${params.add(f.admin1)}::text[])`);
  if (f.levels?.length) where.push(`pyramid_level = any(${params.add(f.levels)}::smallint[])`);
  // Overlap of whole months (rollupCanAnswer): the incident's range ends in or after `from`'s
  // month and begins in or before `to`'s — exact, as the incidents table's last_date/start_date.
  if (f.from) where.push(`last_month >= ${params.add(f.from)}::date`);
  if (f.to) where.push(`month <= ${params.add(f.to)}::date`);
  if (!folded) where.push(params.visible(scope));
  const selects = by.map((d) => `${rollupDimensions[d]} as "${d}"`);
  const groupBy = by.map((_, i) => String(i + 1));
  return sql.query<StatsRow>(
    `select ${[...selects, 'coalesce(sum(incidents), 0)::int as incidents', ...(options.incidentsOnly ? [] : victimSums)].join(', ')}
     from ${liveCounts(folded ? 'incident_counts' : 'incident_rollup')} as r ${whereOf(where)}
     ${groupBy.length ? `group by ${groupBy.join(', ')} having sum(incidents) > 0 order by ${groupBy.join(', ')}` : ''}`,
    params.values,
  );
}
