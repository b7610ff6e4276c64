import type { Sql } from '../db/database.js';

/** Assessments of Framework indicators (migration 021). Append-only: nothing here updates or deletes. */

export interface AssessmentRow {
  id: string;
  country: string;
  indicator: string;
  status: string;
  assessed_on: string;
  note: string;
  incident_ids: string[];
  suggestion: { id: string; reason: string } | null;
  assessed_by: string;
  recorded_at: string;
}

const columns = `id, country, indicator, status, assessed_on::text as assessed_on, note, incident_ids::text[] as incident_ids, suggestion, assessed_by,
  to_char(recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as recorded_at`;

export async function insertAssessment(tx: Sql, row: Omit<AssessmentRow, 'recorded_at'>): Promise<AssessmentRow> {
  const [inserted] = await tx.query<AssessmentRow>(
    `insert into framework_assessments (id, country, indicator, status, assessed_on, note, incident_ids, suggestion, assessed_by)
     values ($1, $2, $3, $4, $5, $6, $7::uuid[], $8::jsonb, $9) returning ${columns}`,
    [row.id, row.country, row.indicator, row.status, row.assessed_on, row.note, row.incident_ids, row.suggestion === null ? null : JSON.stringify(row.suggestion), row.assessed_by],
  );
  return inserted!;
}

/**
 * Each indicator's newest assessment of a country assessed on or before `asOf` (all of them when
 * undefined): the scorecard as it stood that day.
 */
export function selectCurrentAssessments(sql: Sql, country: string, asOf?: string): Promise<AssessmentRow[]> {
  const params: unknown[] = [country];
  const until = asOf ? ` and assessed_on <= $${params.push(asOf)}::date` : '';
  return sql.query<AssessmentRow>(
    `select distinct on (indicator) ${columns} from framework_assessments where country = $1${until}
     order by indicator, assessed_on desc, recorded_at desc, id desc`,
    params,
  );
}

/** One indicator's assessments of a country, newest first (its history). */
export function selectIndicatorHistory(sql: Sql, country: string, indicator: string): Promise<AssessmentRow[]> {
  return sql.query<AssessmentRow>(
    `select ${columns} from framework_assessments where country = $1 and indicator = $2 order by assessed_on desc, recorded_at desc, id desc`,
    [country, indicator],
  );
}

/** The countries with at least one assessment (the watchlist reads their scorecards). */
export async function selectAssessedCountries(sql: Sql): Promise<string[]> {
  return (await sql.query<{ country: string }>('select distinct country from framework_assessments order by country')).map((r) => r.country);
}
