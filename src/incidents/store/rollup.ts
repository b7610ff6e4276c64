import type { Scope } from '../../access/scope.js';
import type { Sql } from '../../db/database.js';
import { victimKinds, type StatsDimension } from '../schema.js';
import { Params, whereOf } from './params.js';
import type { IncidentFilter } from './query.js';
import { victimSums, type StatsRow } from './types.js';

/**
 * The rollup (migrations 002 and 005): counts of live incidents by month × country × admin1 ×
 * level × group × confidentiality × teams, kept in step with every write in the same
 * transaction. Keyed by the access columns too, so the door's predicate filters its rows just
 * as it filters incidents: counts for a scope come from it as fast as counts for everyone.
 */

/** Sentinel group keys of the rollup: every incident counts once under `all`; one without a group under `none`. */
export const rollupAll = '00000000-0000-0000-0000-000000000000';
export const rollupNone = 'ffffffff-ffff-ffff-ffff-ffffffffffff';

/**
 * Adds (+1) or takes away (-1) the counts of the live incidents matching `where` (SQL over
 * `incidents` using `params` as $1…). Rows are upserted in key order so that concurrent
 * writers on a server lock them in the same order. A write that changes an incident's
 * confidentiality or teams takes its counts out under the old keys and back under the new.
 */
export async function adjustRollup(tx: Sql, where: string, params: unknown[], sign: 1 | -1): Promise<void> {
  const s = `$${params.length + 1}::int`;
  await tx.query(
    `insert into incident_rollup as r (month, country, admin1, pyramid_level, group_key, confidentiality, teams, incidents, ${victimKinds.join(', ')})
     select date_trunc('month', start_date::timestamp)::date, country, coalesce(admin1, ''), pyramid_level, g, confidentiality, teams,
            ${s} * count(*), ${victimKinds.map((c) => `${s} * sum(${c})`).join(', ')}
     from incidents
     cross join lateral unnest(array['${rollupAll}']::uuid[] ||
       case when cardinality(group_ids) = 0 then array['${rollupNone}']::uuid[] else group_ids end) as g
     where (${where}) and deleted_at is null
     group by 1, 2, 3, 4, 5, 6, 7
     order by 2, 5, 1, 3, 4, 6, 7
     on conflict (country, group_key, month, admin1, pyramid_level, confidentiality, teams) do update set
       incidents = r.incidents + excluded.incidents,
       ${victimKinds.map((c) => `${c} = r.${c} + excluded.${c}`).join(',\n       ')}`,
    [...params, sign],
  );
}

/** Recomputes the whole rollup from the incidents (for maintenance, and to check it in tests). */
export async function rebuildRollup(tx: Sql): Promise<void> {
  await tx.query('delete from incident_rollup');
  await adjustRollup(tx, 'true', [], 1);
}

const rollupDimensions: Partial<Record<StatsDimension, string>> = {
  month: `to_char(month, 'YYYY-MM')`,
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
const rollupFilters: ReadonlySet<keyof IncidentFilter> = new Set(['countries', 'admin1', 'groupIds', 'levels', 'from', 'to', 'deleted']);

/**
 * Whether the rollup holds the answer: only the dimensions and filters it is keyed by,
 * whole months, live incidents; and, without a group dimension, at most one group in the
 * filter (an incident targeting two picked groups must still count once).
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

/** Counts for the scope from the rollup; only when rollupCanAnswer says it can. */
export async function selectRollupStats(sql: Sql, scope: Scope, f: IncidentFilter, by: readonly StatsDimension[]): Promise<StatsRow[]> {
  const params = new Params();
  const where: (string | undefined)[] = [];
  if (f.groupIds?.length) where.push(`group_key = any(${params.add(f.groupIds)}::uuid[])`);
  else where.push(by.includes('group') ? `group_key <> '${rollupAll}'` : `group_key = '${rollupAll}'`);
  if (f.countries?.length) where.push(`country = any(${params.add(f.countries)}::char(3)[])`);
  if (f.admin1?.length) where.push(`admin1 = any(${params.add(f.admin1)}::text[])`);
  if (f.levels?.length) where.push(`pyramid_level = any(${params.add(f.levels)}::smallint[])`);
  if (f.from) where.push(`month >= ${params.add(f.from)}::date`);
  if (f.to) where.push(`month <= ${params.add(f.to)}::date`);
  where.push(params.visible(scope));
  const selects = by.map((d) => `${rollupDimensions[d]} as "${d}"`);
  const groupBy = by.map((_, i) => String(i + 1));
  return sql.query<StatsRow>(
    `select ${[...selects, 'coalesce(sum(incidents), 0)::int as incidents', ...victimSums].join(', ')}
     from incident_rollup ${whereOf(where)}
     ${groupBy.length ? `group by ${groupBy.join(', ')} having sum(incidents) > 0 order by ${groupBy.join(', ')}` : ''}`,
    params.values,
  );
}
