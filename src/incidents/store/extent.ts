import type { Scope } from '../../access/scope.js';
import type { Sql } from '../../db/database.js';
import { Params } from './params.js';
import { whereClause, type IncidentFilter } from './query.js';

/**
 * The first and last month (`YYYY-MM`) of the incidents matching `f` that the scope may read,
 * from those dated to the day or the month only: an incident known only to its year is stored
 * on 1 January and would otherwise claim a month nobody observed. Min and max walk the
 * (country, start_date) index. Months only, so a withheld date is not revealed.
 */
export async function selectExtent(sql: Sql, scope: Scope, f: IncidentFilter): Promise<{ first: string | null; last: string | null }> {
  const params = new Params();
  const where = whereClause(scope, f, params);
  const [row] = await sql.query<{ first: string | null; last: string | null }>(
    `select to_char(min(start_date), 'YYYY-MM') as first, to_char(max(start_date), 'YYYY-MM') as last
     from incidents ${where ? `${where} and` : 'where'} start_precision in ('day', 'month')`,
    params.values,
  );
  return { first: row?.first ?? null, last: row?.last ?? null };
}
