import type { Sql } from '../db/database.js';
import type { Factor, Tuning } from './model.js';

/** Stored forecast runs and their rows (migration 028). Append-only: a run is never changed. */

export interface ForecastRunRow {
  id: string;
  year: number;
  predictors_year: number;
  outcome: string;
  last_trained_year: number;
  trained_rows: number;
  tuning: Tuning;
  source: string;
  countries: number;
  created_by: string;
  created_at: string;
}

export interface ForecastRowRow {
  run_id: string;
  rank: number;
  country: string | null;
  ewp_name: string;
  ccode: number;
  probability: number;
  factors: Factor[];
}

const runColumns = `id, year, predictors_year, outcome, last_trained_year, trained_rows, tuning, source, countries, created_by,
  to_char(created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as created_at`;
const rowColumns = 'run_id, rank, country, ewp_name, ccode, probability, factors';

export async function insertForecastRun(tx: Sql, run: Omit<ForecastRunRow, 'created_at'>, rows: readonly Omit<ForecastRowRow, 'run_id'>[]): Promise<ForecastRunRow> {
  const [inserted] = await tx.query<ForecastRunRow>(
    `insert into forecast_runs (id, year, predictors_year, outcome, last_trained_year, trained_rows, tuning, source, countries, created_by)
     values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9, $10) returning ${runColumns}`,
    [run.id, run.year, run.predictors_year, run.outcome, run.last_trained_year, run.trained_rows, JSON.stringify(run.tuning), run.source, run.countries, run.created_by],
  );
  // One statement for the whole ranking (about 160 countries).
  await tx.query(
    `insert into forecast_rows (run_id, rank, country, ewp_name, ccode, probability, factors)
     select $1::uuid, rank, country, ewp_name, ccode, probability, factors
       from jsonb_to_recordset($2::jsonb) as r(rank integer, country text, ewp_name text, ccode integer, probability double precision, factors jsonb)`,
    [run.id, JSON.stringify(rows)],
  );
  return inserted!;
}

/** Runs, newest first. */
export function selectForecastRuns(sql: Sql, limit: number): Promise<ForecastRunRow[]> {
  return sql.query<ForecastRunRow>(`select ${runColumns} from forecast_runs order by created_at desc, id desc limit $1`, [limit]);
}

export async function selectForecastRun(sql: Sql, id: string): Promise<ForecastRunRow | undefined> {
  return (await sql.query<ForecastRunRow>(`select ${runColumns} from forecast_runs where id = $1::uuid`, [id]))[0];
}

/** A run's rows, by rank. */
export function selectForecastRows(sql: Sql, runId: string): Promise<ForecastRowRow[]> {
  return sql.query<ForecastRowRow>(`select ${rowColumns} from forecast_rows where run_id = $1::uuid order by rank`, [runId]);
}
