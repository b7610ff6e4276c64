import type { Scope } from '../../access/scope.js';
import type { Sql } from '../../db/database.js';
import type { StatsDimension } from '../schema.js';
import { Params, withheldFrom } from './params.js';
import { whereClause, type IncidentFilter } from './query.js';
import { rollupCanAnswer, selectRollupStats } from './rollup.js';
import { victimSums, type StatsRow } from './types.js';

/**
 * How each stats dimension is computed. Array columns (groups, types, bases, perpetrators)
 * are unnested, so an incident counts once under each group it targets; when the filter
 * picks some groups (types, …), only those appear as cells. `place` is the one dimension that
 * can be withheld from a reader: an incident whose place is withheld from the scope counts
 * under no place (its country and region still count).
 */
const dimensions: Record<
  StatsDimension,
  { select: (scope: Scope, params: Params) => string; unnest?: { column: string; type: string; filter: keyof IncidentFilter } }
> = {
  // The counting rule (src/incidents/counting.ts, countingMonthKey): a year-only incident counts in `YYYY-??`.
  month: { select: () => `case when start_precision = 'year' then to_char(start_date, 'YYYY') || '-??' else to_char(start_date, 'YYYY-MM') end` },
  year: { select: () => `to_char(start_date, 'YYYY')` },
  level: { select: () => 'pyramid_level::int' },
  country: { select: () => 'country' },
  admin1: { select: () => 'admin1' },
  place: {
    select: (scope, params) => {
      const hidden = withheldFrom(scope, 'withhold_place', params);
      return hidden ? `case when ${hidden} then null else place_id end` : 'place_id';
    },
  },
  verification: { select: () => 'verification_status' },
  group: { select: () => 'u_group', unnest: { column: 'group_ids', type: 'uuid', filter: 'groupIds' } },
  basis: { select: () => 'u_basis', unnest: { column: 'identity_bases', type: 'text', filter: 'bases' } },
  type: { select: () => 'u_type', unnest: { column: 'violation_types', type: 'text', filter: 'types' } },
  perpetrator: { select: () => 'u_perpetrator', unnest: { column: 'perpetrator_ids', type: 'uuid', filter: 'perpetratorIds' } },
};

/**
 * Counts by the given dimensions over the incidents the scope may read; from the rollup when
 * it can answer, unless `useRollup` is false (tests compare the two).
 */
export async function selectStats(sql: Sql, scope: Scope, f: IncidentFilter, by: readonly StatsDimension[], useRollup = true): Promise<StatsRow[]> {
  if (useRollup && rollupCanAnswer(f, by)) return selectRollupStats(sql, scope, f, by);
  const params = new Params();
  const where = whereClause(scope, f, params);
  const laterals: string[] = [];
  const cellFilters: string[] = [];
  for (const name of by) {
    const u = dimensions[name].unnest;
    if (!u) continue;
    const alias = `u_${name}`;
    // An incident with no group still counts, under a null group.
    laterals.push(
      `cross join lateral unnest(case when cardinality(${u.column}) = 0 then array[null]::${u.type}[] else ${u.column} end) as ${alias}_t(${alias})`,
    );
    const picked = f[u.filter] as string[] | undefined;
    if (picked?.length) cellFilters.push(`${alias} = any(${params.add(picked)}::${u.type}[])`);
  }
  const selects = by.map((name) => `${dimensions[name].select(scope, params)} as "${name}"`);
  const groupBy = by.map((_, i) => String(i + 1));
  const filterSql = cellFilters.length ? `${where ? `${where} and` : 'where'} ${cellFilters.join(' and ')}` : where;
  return sql.query<StatsRow>(
    `select ${[...selects, 'count(*)::int as incidents', ...victimSums].join(', ')}
     from incidents ${laterals.join(' ')}
     ${filterSql}
     ${groupBy.length ? `group by ${groupBy.join(', ')} order by ${groupBy.join(', ')}` : ''}`,
    params.values,
  );
}
