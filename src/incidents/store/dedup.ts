import type { Scope } from '../../access/scope.js';
import type { Sql } from '../../db/database.js';
import { Params, withheldFrom } from './params.js';

/**
 * What the duplicate scan (src/dedup) reads of each live incident the scope may read: the
 * facts two reports of one event share. A place or date withheld from the scope is read as
 * the scope would see it (no coordinates; the month), so a scan never decides on what the
 * person running it may not see.
 */
export interface DedupRow {
  id: string;
  /** The stored start date, for the keyset (start_date may be shown coarser). */
  sort_date: string;
  start_date: string;
  start_precision: 'day' | 'month' | 'year';
  end_date: string | null;
  end_precision: 'day' | 'month' | 'year' | null;
  country: string;
  admin1: string | null;
  latitude: number | null;
  longitude: number | null;
  group_ids: string[];
  violation_types: string[];
  pyramid_level: number;
  victims: string | number;
  killed: string | number;
  text: string;
  source_ids: string[];
}

/** Countries with live incidents the scope may read, with how many. */
export async function selectDedupCountries(sql: Sql, scope: Scope, countries?: readonly string[]): Promise<{ country: string; n: number }[]> {
  const p = new Params();
  const door = p.visible(scope);
  const only = countries?.length ? `and country = any(${p.add(countries)}::text[])` : '';
  return sql.query(`select country, count(*)::int as n from incidents where deleted_at is null ${only}${door ? ` and ${door}` : ''} group by country order by country`, p.values);
}

/**
 * One country's incidents in date order, a page at a time (keyset on start date and id). The
 * text is the title and the first 400 characters of the narrative: enough for the names two
 * reports share, small enough for a country of a quarter of a million records.
 */
export async function selectDedupPage(sql: Sql, scope: Scope, country: string, after: { date: string; id: string } | null, limit: number): Promise<DedupRow[]> {
  const p = new Params([country]);
  const door = p.visible(scope, { confidentiality: 'i.confidentiality', teams: 'i.teams' });
  const placeHidden = withheldFrom(scope, 'i.withhold_place', p);
  const dateHidden = withheldFrom(scope, 'i.withhold_date', p);
  const keyset = after ? `and (i.start_date, i.id) > (${p.add(after.date)}::date, ${p.add(after.id)}::uuid)` : '';
  const hideDate = (column: string, precision: string) =>
    dateHidden
      ? `case when ${dateHidden} and ${precision} = 'day' then date_trunc('month', ${column})::date::text else ${column}::text end`
      : `${column}::text`;
  const hidePrecision = (precision: string) => (dateHidden ? `case when ${dateHidden} and ${precision} = 'day' then 'month' else ${precision} end` : precision);
  const coordinate = (column: string) => (placeHidden ? `case when ${placeHidden} then null else pl.${column} end` : `pl.${column}`);
  return sql.query<DedupRow>(
    `select i.id, i.start_date::text as sort_date, ${hideDate('i.start_date', 'i.start_precision')} as start_date, ${hidePrecision('i.start_precision')} as start_precision,
       ${hideDate('i.end_date', 'i.end_precision')} as end_date, ${hidePrecision('i.end_precision')} as end_precision,
       i.country, i.admin1, ${coordinate('latitude')} as latitude, ${coordinate('longitude')} as longitude,
       i.group_ids, i.violation_types, i.pyramid_level,
       (i.killed + i.injured + i.detained + i.disappeared + i.displaced + i.affected)::bigint as victims, i.killed::bigint as killed,
       i.title || ' ' || left(coalesce(t.narrative, ''), 400) as text,
       coalesce((select array_agg(s.source_id) from incident_sources s where s.incident_id = i.id), '{}') as source_ids
     from incidents i
     left join places pl on pl.id = i.place_id
     left join incident_texts t on t.incident_id = i.id
     where i.country = $1 and i.deleted_at is null ${keyset}${door ? ` and ${door}` : ''}
     order by i.start_date, i.id
     limit ${Math.max(1, Math.floor(limit))}`,
    p.values,
  );
}
