import { randomUUID } from 'node:crypto';
import { requirePermission } from '../access/permissions.js';
import { recordAudit } from '../audit/service.js';
import type { RequestContext } from '../context.js';
import { notFound } from '../errors.js';
import { countryNameToIso3, gleditschWardToIso3 } from '../ingest/formats/gleditschWard.js';
import type { Ranking } from './rank.js';
import { insertForecastRun, selectForecastRows, selectForecastRun, selectForecastRuns, type ForecastRowRow, type ForecastRunRow } from './store.js';

/**
 * Stored forecasts: a ranking (./rank.ts) kept as a run, so the app — the watchlist first — can
 * use it, and every position it gives can name the run and the row behind it. Runs are
 * append-only and audited; the newest is the one in force.
 */

export interface ForecastRun {
  id: string;
  year: number;
  predictorsYear: number;
  outcome: string;
  lastTrainedYear: number;
  trainedRows: number;
  tuning: Ranking['tuning'];
  source: string;
  countries: number;
  createdBy: string;
  createdAt: string;
}

export interface ForecastRow {
  rank: number;
  /** ISO 3166-1 alpha-3, or null for a state that has none today (it is ranked, never matched). */
  country: string | null;
  ewpName: string;
  ccode: number;
  probability: number;
  factors: Ranking['countries'][number]['factors'];
}

const toRun = (r: ForecastRunRow): ForecastRun => ({
  id: r.id,
  year: r.year,
  predictorsYear: r.predictors_year,
  outcome: r.outcome,
  lastTrainedYear: r.last_trained_year,
  trainedRows: r.trained_rows,
  tuning: r.tuning,
  source: r.source,
  countries: r.countries,
  createdBy: r.created_by,
  createdAt: r.created_at,
});
const toRow = (r: ForecastRowRow): ForecastRow => ({ rank: r.rank, country: r.country, ewpName: r.ewp_name, ccode: r.ccode, probability: r.probability, factors: r.factors });

/**
 * The country of a predictors row as the app names countries. The name first, since the
 * predictors' `ccode` is a Correlates of War code, which differs from Gleditsch–Ward's for a
 * few states (Yemen is 679 in one and 678 in the other); the code when the name is not an ISO
 * name ("Democratic Republic of Vietnam"). A state without a successor code (Czechoslovakia): null.
 */
export function forecastCountryCode(name: string, ccode: number): string | null {
  return countryNameToIso3(name) ?? gleditschWardToIso3(String(ccode)) ?? null;
}

/** Keeps a ranking as a new run (audited); `source` names the predictors file, for the record; `outcome` the one trained on. */
export async function saveForecastRun(ctx: RequestContext, ranking: Omit<Ranking, 'calibrator'>, made: { source: string; outcome: string }): Promise<{ run: ForecastRun; unmatched: string[] }> {
  requirePermission(ctx.actor.scope, 'forecasts.write');
  const rows = ranking.countries.map((c) => ({ rank: c.rank, country: forecastCountryCode(c.country, c.ccode), ewp_name: c.country, ccode: c.ccode, probability: c.probability, factors: c.factors }));
  const run = await ctx.db.transaction(async (tx) => {
    const inserted = await insertForecastRun(
      tx,
      {
        id: randomUUID(),
        year: ranking.year,
        predictors_year: ranking.predictorsYear,
        outcome: made.outcome,
        last_trained_year: ranking.lastTrainedYear,
        trained_rows: ranking.trainedRows,
        tuning: ranking.tuning,
        source: made.source,
        countries: rows.length,
        created_by: ctx.actor.id,
      },
      rows,
    );
    await recordAudit(tx, ctx, [{ action: 'forecast-run.create', entity: 'forecast-run', entityId: inserted.id, before: null, after: { ...toRun(inserted), top: rows.slice(0, 10).map((r) => r.country ?? r.ewp_name) } }]);
    return inserted;
  });
  return { run: toRun(run), unmatched: rows.filter((r) => r.country === null).map((r) => r.ewp_name) };
}

/** Saved runs, newest first. */
export async function listForecastRuns(ctx: RequestContext, limit = 20): Promise<ForecastRun[]> {
  requirePermission(ctx.actor.scope, 'forecasts.read');
  return (await selectForecastRuns(ctx.db, limit)).map(toRun);
}

/** One run with its rows, by rank. */
export async function getForecastRun(ctx: RequestContext, id: string): Promise<ForecastRun & { rows: ForecastRow[] }> {
  requirePermission(ctx.actor.scope, 'forecasts.read');
  const run = await selectForecastRun(ctx.db, id);
  if (!run) throw notFound('forecast run', id);
  return { ...toRun(run), rows: (await selectForecastRows(ctx.db, id)).map(toRow) };
}

/** The run in force (the newest saved) with its rows; null when none was saved. */
export async function latestForecastRun(ctx: RequestContext): Promise<(ForecastRun & { rows: ForecastRow[] }) | null> {
  requirePermission(ctx.actor.scope, 'forecasts.read');
  const [run] = await selectForecastRuns(ctx.db, 1);
  return run ? { ...toRun(run), rows: (await selectForecastRows(ctx.db, run.id)).map(toRow) } : null;
}
