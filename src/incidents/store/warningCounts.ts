import type { Sql } from '../../db/database.js';

/*
 * The early-warning counts (migration 026, warning_counts): per country × group × month × region,
 * what the detectors of src/warning read — incidents by pyramid level, victims, and counts by
 * violation type, perpetrator, confidentiality and team, with a checksum of the incident ids.
 * Kept in step with every write in the same transaction, beside the rollup (rollup.ts calls this).
 */

/** The columns of one incident × targeted group, each map's values the sign (+1 or −1) of the write. */
const perIncidentGroup = (sign: string) => `
  select i.country, g as group_id, date_trunc('month', i.start_date::timestamp)::date as month, i.start_precision <> 'year' as month_known,
         coalesce(i.admin1, '') as admin1, least(greatest(i.pyramid_level, 1), 5) as level, i.killed, i.detained, i.disappeared, i.displaced,
         (select coalesce(jsonb_object_agg(t, ${sign}), '{}'::jsonb) from (select distinct unnest(i.violation_types)) x(t)) as types,
         (select coalesce(jsonb_object_agg(p, ${sign}), '{}'::jsonb) from (select distinct unnest(i.perpetrator_ids)) x(p)) as perpetrators,
         jsonb_build_object(i.confidentiality, ${sign}) as confidentiality,
         (select coalesce(jsonb_object_agg(t, ${sign}), '{}'::jsonb) from (select distinct unnest(i.teams)) x(t)) as teams,
         ('x' || left(replace(i.id::text, '-', ''), 8))::bit(32)::int::bigint as id_hash`;

const mapColumns = ['violation_types', 'perpetrators', 'confidentiality', 'teams'] as const;
const sumColumns = ['incidents', 'level1', 'level2', 'level3', 'level4', 'level5', 'killed', 'detained', 'disappeared', 'displaced', 'id_sum'] as const;

/**
 * Adds (+1) or takes away (−1) the warning counts of the live incidents matching `where` (SQL over
 * `incidents i` using `params` as $1…): one statement, one row per incident × targeted group,
 * upserted in key order so concurrent writers on a server lock rows in the same order. Incidents
 * without a targeted group form no series and are not counted. A row whose incidents fall to
 * zero stays, holding zeros: the scan skips it.
 */
export async function adjustWarningCounts(tx: Sql, where: string, params: unknown[], sign: 1 | -1): Promise<void> {
  const s = `$${params.length + 1}::int`;
  await tx.query(
    `insert into warning_counts as w (country, group_id, month, month_known, admin1, ${sumColumns.join(', ')}, ${mapColumns.join(', ')})
     select country, group_id, month, month_known, admin1,
            ${s} * count(*), ${[1, 2, 3, 4, 5].map((l) => `${s} * count(*) filter (where level = ${l})`).join(', ')},
            ${s} * sum(killed), ${s} * sum(detained), ${s} * sum(disappeared), ${s} * sum(displaced), ${s} * sum(id_hash),
            warning_sum_counts(types), warning_sum_counts(perpetrators), warning_sum_counts(confidentiality), warning_sum_counts(teams)
       from (${perIncidentGroup(s)}
               from incidents i cross join lateral unnest(i.group_ids) as g
              where (${where}) and i.deleted_at is null) s
      group by 1, 2, 3, 4, 5
      order by 1, 2, 3, 4, 5
     on conflict (country, group_id, month, month_known, admin1) do update set
       ${sumColumns.map((c) => `${c} = w.${c} + excluded.${c}`).join(', ')},
       ${mapColumns.map((c) => `${c} = warning_add_counts(w.${c}, excluded.${c})`).join(', ')}`,
    [...params, sign],
  );
}
