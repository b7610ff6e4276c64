import type { Database } from '../src/db/database.js';
import { parseEventDate, periodEnd } from '../src/incidents/dates.js';
import type { IncidentListQuery } from '../src/incidents/schema.js';

/**
 * The baseline each list query shape is measured against: the SQL a person would write by hand
 * for the same question on the same tables and indexes — the same WHERE on the text search and
 * the filters, the summary's columns, newest first, LIMIT 50 — and nothing the app adds: no
 * total count, no access predicate, no ranking, no cursor. Written here, apart from the store,
 * so that a change to the store cannot move its own yardstick.
 */
export function plainQuery(q: IncidentListQuery): { text: string; values: unknown[] } {
  const values: unknown[] = [];
  const add = (v: unknown) => (values.push(v), `$${values.length}`);
  const where = ['deleted_at is null'];
  if (q.q) where.push(`id in (select incident_id from incident_texts where search @@ websearch_to_tsquery('english', ${add(q.q)}))`);
  if (q.country?.length && q.type?.length) {
    // The country-qualified type index (migration 001) is what the plain query would use too.
    where.push(`incident_country_types(country, violation_types) && ${add(q.country.flatMap((c) => q.type!.map((t) => `${c}:${t}`)))}::text[]`);
    where.push(`country = any(${add(q.country)}::char(3)[])`);
  } else if (q.country?.length) where.push(`country = any(${add(q.country)}::char(3)[])`);
  else if (q.type?.length) where.push(`violation_types && ${add(q.type)}::text[]`);
  if (q.admin1?.length) where.push(`admin1 = any(${add(q.admin1)}::text[])`);
  if (q.group?.length) where.push(`group_ids && ${add(q.group)}::uuid[]`);
  if (q.level?.length) where.push(`pyramid_level = any(${add(q.level)}::smallint[])`);
  if (q.verification?.length) where.push(`verification_status = any(${add(q.verification)}::text[])`);
  if (q.from) where.push(`start_date >= ${add(parseEventDate(q.from)!.date)}::date`);
  if (q.to) where.push(`start_date <= ${add(periodEnd(parseEventDate(q.to)!))}::date`);
  const order = q.sort === 'level:desc' ? 'pyramid_level desc, start_date desc, id desc' : 'start_date desc, id desc';
  return {
    text: `select id, title, start_date, country, admin1, pyramid_level, verification_status, confidentiality, group_ids, violation_types
      from incidents where ${where.join(' and ')} order by ${order} limit 50`,
    values,
  };
}

export async function runPlain(db: Database, q: IncidentListQuery): Promise<number> {
  const { text, values } = plainQuery(q);
  return (await db.query(text, values)).length;
}
