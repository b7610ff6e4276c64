import { parse } from 'csv-parse/sync';
import { invalid, type FieldProblem } from '../errors.js';

/** Another forecaster's probabilities for the same country-years, by `ccode:year`. */
export type BaselineForecasts = Map<string, number>;

/**
 * Reads the Early Warning Project's fully-out-of-sample forecasts (`ewp-foos-forecasts-…csv`):
 * for each country-year, `risk_prev` is the forecast made at the end of the year before, the
 * same protocol as ours. Rows whose `risk_prev` is NA have no forecast and are left out.
 */
export function readBaseline(csv: string | Buffer, source = 'baseline'): BaselineForecasts {
  let records: Record<string, string>[];
  try {
    records = parse(csv, { bom: true, columns: true, skip_empty_lines: true }) as Record<string, string>[];
  } catch (err) {
    throw invalid([{ field: source, code: 'invalid', message: `not a readable CSV file: ${(err as Error).message}` }]);
  }
  const header = Object.keys(records[0] ?? {});
  const absent = ['year', 'ccode', 'risk_prev'].filter((c) => !header.includes(c));
  if (!records.length) throw invalid([{ field: source, code: 'file-empty', message: 'the file has no rows' }]);
  if (absent.length) throw invalid(absent.map((c) => ({ field: `${source}: column ${c}`, code: 'required', message: `the column ${c} is missing from the header` })));
  const problems: FieldProblem[] = [];
  const forecasts: BaselineForecasts = new Map();
  records.forEach((r, i) => {
    const line = i + 2;
    const year = Number(r.year);
    const ccode = Number(r.ccode);
    if (!Number.isInteger(year)) problems.push({ field: `${source}: line ${line}: year`, code: 'invalid', message: `not a year: ${JSON.stringify(r.year)}` });
    if (!Number.isInteger(ccode)) problems.push({ field: `${source}: line ${line}: ccode`, code: 'invalid', message: `not a country code: ${JSON.stringify(r.ccode)}` });
    if (r.risk_prev === 'NA' || r.risk_prev === '') return;
    const risk = Number(r.risk_prev);
    if (!(risk >= 0 && risk <= 1)) problems.push({ field: `${source}: line ${line}: risk_prev`, code: 'invalid', message: `a probability between 0 and 1 or NA, not ${JSON.stringify(r.risk_prev)}` });
    else forecasts.set(`${ccode}:${year}`, risk);
  });
  if (problems.length) throw invalid(problems.slice(0, 20));
  return forecasts;
}
