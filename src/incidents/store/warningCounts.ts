import type { Sql } from '../../db/database.js';

/*
 * The early-warning counts (migration 026, warning_counts): per country × group × month × region,
 * what the detectors of src/warning read — incidents by pyramid level, victims, and counts by
 * violation type, perpetrator, confidentiality and team, with a checksum of the incident ids.
 * Kept in step with every write in the same transaction, beside the rollup (rollup.ts calls this).
 */

const keys = 'country, group_id, month, month_known, admin1';
const mapColumns = ['violation_types', 'perpetrators', 'confidentiality', 'teams'] as const;
const sumColumns = ['incidents', 'level1', 'level2', 'level3', 'level4', 'level5', 'killed', 'detained', 'disappeared', 'displaced', 'id_sum'] as const;

/**
 * Adds (+1) or takes away (−1) the warning counts of the live incidents matching `where` (SQL over
 * `incidents i` using `params` as $1…): one statement, one row per place × group × month touched,
 * upserted in key order so concurrent writers on a server lock rows in the same order. Incidents
 * without a targeted group form no series and are not counted. A row whose incidents fall to
 * zero stays, holding zeros: the scan skips it.
 *
 * Each place × group touched is also marked in warning_dirty (migration 036) with the earliest
 * month touched, in the same statement: what the next incremental scan re-detects.
 *
 * Each map is counted with the database's own aggregates (a type counts once per incident:
 * count(distinct id)), so the only function of migration 026 it calls is the merge of a batch's
 * maps into a row already there — once per row touched, not per incident.
 */
export async function adjustWarningCounts(tx: Sql, where: string, params: unknown[], sign: 1 | -1): Promise<void> {
  const s = `$${params.length + 1}::int`;
  const counted = (name: string, code: string, from: string) =>
    `${name} as (select ${keys}, jsonb_object_agg(code, n) as m
       from (select ${keys}, ${code} as code, ${s} * count(distinct id) as n from s ${from} group by ${keys}, code) x group by ${keys})`;
  await tx.query(
    `with s as (
       select i.id, i.country, g as group_id, date_trunc('month', i.start_date::timestamp)::date as month, i.start_precision <> 'year' as month_known,
              coalesce(i.admin1, '') as admin1, least(greatest(i.pyramid_level, 1), 5) as level, i.killed, i.detained, i.disappeared, i.displaced,
              i.violation_types, i.perpetrator_ids, i.confidentiality, i.teams, ('x' || left(replace(i.id::text, '-', ''), 8))::bit(32)::int::bigint as id_hash
         from incidents i cross join lateral unnest(i.group_ids) as g
        where (${where}) and i.deleted_at is null),
     sums as (
       select ${keys}, ${s} * count(*) as incidents, ${[1, 2, 3, 4, 5].map((l) => `${s} * count(*) filter (where level = ${l}) as level${l}`).join(', ')},
              ${s} * sum(killed) as killed, ${s} * sum(detained) as detained, ${s} * sum(disappeared) as disappeared, ${s} * sum(displaced) as displaced,
              ${s} * sum(id_hash) as id_sum
         from s group by ${keys}),
     ${counted('types', 't', 'cross join unnest(s.violation_types) as t')},
     ${counted('perps', 'p::text', 'cross join unnest(s.perpetrator_ids) as p')},
     ${counted('levels', 'confidentiality', '')},
     ${counted('teamsof', 't', 'cross join unnest(s.teams) as t')},
     dirty as (insert into warning_dirty (country, admin1, group_id, month)
       select country, admin1, group_id, min(month) from sums group by country, admin1, group_id)
     insert into warning_counts as w (${keys}, ${sumColumns.join(', ')}, ${mapColumns.join(', ')})
     select ${keys}, ${sumColumns.join(', ')},
            coalesce(types.m, '{}'), coalesce(perps.m, '{}'), coalesce(levels.m, '{}'), coalesce(teamsof.m, '{}')
       from sums
       left join types using (${keys}) left join perps using (${keys}) left join levels using (${keys}) left join teamsof using (${keys})
      order by ${keys}
     on conflict (${keys}) do update set
       ${sumColumns.map((c) => `${c} = w.${c} + excluded.${c}`).join(', ')},
       ${mapColumns.map((c) => `${c} = warning_add_counts(w.${c}, excluded.${c})`).join(', ')}`,
    [...params, sign],
  );
}
