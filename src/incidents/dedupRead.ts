import type { Scope } from '../access/scope.js';
import type { Sql } from '../db/database.js';
import type { DedupRecord } from '../dedup/record.js';
import * as store from './store/index.js';

/**
 * The incidents a duplicate scan compares, read through the door a country at a time in date
 * order (the order the scan's blocking sweeps in), in pages so no single answer is large.
 */
export function dedupCountries(sql: Sql, scope: Scope, countries?: readonly string[]): Promise<{ country: string; n: number }[]> {
  return store.selectDedupCountries(sql, scope, countries);
}

export async function readDedupRecords(sql: Sql, scope: Scope, country: string, pageSize = 20_000): Promise<DedupRecord[]> {
  const out: DedupRecord[] = [];
  let after: { date: string; id: string } | null = null;
  for (;;) {
    const rows = await store.selectDedupPage(sql, scope, country, after, pageSize);
    for (const r of rows) {
      out.push({
        id: r.id,
        start: r.start_date,
        startPrecision: r.start_precision,
        end: r.end_date,
        endPrecision: r.end_precision,
        country: r.country,
        admin1: r.admin1,
        latitude: r.latitude,
        longitude: r.longitude,
        groupIds: r.group_ids,
        violationTypes: r.violation_types,
        level: r.pyramid_level,
        victims: Number(r.victims),
        killed: Number(r.killed),
        text: r.text,
        sourceIds: r.source_ids,
      });
    }
    if (rows.length < pageSize) return out;
    const last = rows[rows.length - 1]!;
    after = { date: last.sort_date, id: last.id };
  }
}
