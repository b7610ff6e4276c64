import { parse } from 'csv-parse/sync';
import { invalid, type FieldProblem } from '../errors.js';

/**
 * The Early Warning Project's prepared country-year predictors (one row per country and
 * year; `data/ewp-sample/` holds a sample, data/README.md names the source). The model reads
 * the columns below by name, so a file with more years, other column orders or extra columns
 * is read the same way.
 *
 * Left out as features: the identifiers, every outcome, and `year`/`year_sq` — a time trend
 * fitted on 1960–2010 would carry on drifting in the years the model is judged on, where
 * nothing says it holds. `includesnonstate` stays: it marks the era since which non-state
 * mass killings are counted, so it shifts the base rate to the definition in force today.
 */
export const featureColumns = [
  'widetargeting',
  'narrowtargeting',
  'v2csgender_binary',
  'v2mecenefm_binary',
  'partyban.new.0',
  'partyban.new.1',
  'partyban.new.2',
  'minorityrule',
  'judicialreform',
  'religiousfreedom',
  'pol_killing_approved',
  'freediscussion',
  'social_inequality',
  'even_civilrights',
  'repress_civilsoc',
  'social_power_dist',
  'ses_power_dist',
  'popsize.log2',
  'gdppcgrowth',
  'un_imr_sqrt',
  'efindex',
  'discrimpop',
  'reg.na',
  'reg.eap',
  'reg.sca',
  'reg.mna',
  'reg.eur',
  'ios.iccpr1',
  'battledeaths.log2',
  'coup.try.5yr',
  'mk_ongoing_count_log2',
  'mean_mk_onset_interaction',
  'mk_onset_prev_year',
  'newcountry',
  'mk_ever',
  'countryage.new.log2',
  'includesnonstate',
] as const;

/** Outcomes a model can be trained on: onset next year, or in either of the next two. */
export const outcomeColumns = ['mk_onset_1', 'mk_onset_1or2'] as const;
export type Outcome = (typeof outcomeColumns)[number];

export interface CountryYear {
  country: string;
  /** Correlates of War code: the key that joins a country's years (names change). */
  ccode: number;
  year: number;
  /** Values of featureColumns in that order; NaN where the file says NA or nothing. */
  features: Float64Array;
  /** Onset of a mass killing this year, next year, in one of the next two; null when not observed. */
  mkOnset: 0 | 1 | null;
  mkOnset1: 0 | 1 | null;
  mkOnset1or2: 0 | 1 | null;
}

const required = ['ewp_name', 'ccode', 'year', 'mk_onset', 'mk_onset_1', ...featureColumns] as const;
const isMissing = (v: string | undefined) => v === undefined || v === '' || v === 'NA';
const maxProblems = 20;

/**
 * Reads the predictors CSV. Every problem is named by line and column (`line 12: gdppcgrowth:
 * not a number: "abc"`); up to 20 are reported together. `mk_onset_1or2` may be absent (read
 * as not observed), the other columns above must be there.
 */
export function readPredictors(csv: string | Buffer, source = 'predictors'): CountryYear[] {
  let records: string[][];
  try {
    records = parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: false }) as string[][];
  } catch (err) {
    throw invalid([{ field: source, code: 'invalid', message: `not a readable CSV file: ${(err as Error).message}` }]);
  }
  const header = records[0];
  if (!header) throw invalid([{ field: source, code: 'file-empty', message: 'the file is empty' }]);
  const index = new Map(header.map((name, i) => [name.trim(), i]));
  const absent = required.filter((c) => !index.has(c));
  if (absent.length) {
    throw invalid(absent.map((c) => ({ field: `${source}: column ${c}`, code: 'required', message: `the column ${c} is missing from the header` })));
  }
  const problems: FieldProblem[] = [];
  const problem = (line: number, column: string, message: string) => {
    if (problems.length < maxProblems) problems.push({ field: `${source}: line ${line}: ${column}`, code: 'invalid', message });
  };
  const rows: CountryYear[] = [];
  const seen = new Map<string, number>();
  const featureIndex = featureColumns.map((c) => index.get(c)!);
  const at = (record: string[], column: string) => {
    const i = index.get(column);
    return i === undefined ? undefined : record[i]?.trim();
  };
  for (let r = 1; r < records.length; r++) {
    const record = records[r]!;
    const line = r + 1;
    const number = (column: string, raw: string | undefined) => {
      if (isMissing(raw)) return Number.NaN;
      const value = Number(raw);
      if (!Number.isFinite(value)) {
        problem(line, column, `not a number: ${JSON.stringify(raw)}`);
        return Number.NaN;
      }
      return value;
    };
    const outcome = (column: string): 0 | 1 | null => {
      const raw = at(record, column);
      if (isMissing(raw)) return null;
      if (raw === '0' || raw === '1') return Number(raw) as 0 | 1;
      problem(line, column, `an outcome is 0, 1 or NA, not ${JSON.stringify(raw)}`);
      return null;
    };
    const year = Number(at(record, 'year'));
    if (!Number.isInteger(year) || year < 1800 || year > 2200) problem(line, 'year', `not a year: ${JSON.stringify(at(record, 'year'))}`);
    const ccode = Number(at(record, 'ccode'));
    if (!Number.isInteger(ccode)) problem(line, 'ccode', `not a country code: ${JSON.stringify(at(record, 'ccode'))}`);
    const key = `${ccode}:${year}`;
    if (seen.has(key)) problem(line, 'year', `country ${ccode} already has a row for ${year} (line ${seen.get(key)})`);
    seen.set(key, line);
    const features = new Float64Array(featureColumns.length);
    featureColumns.forEach((c, j) => (features[j] = number(c, record[featureIndex[j]!]?.trim())));
    rows.push({
      country: at(record, 'ewp_name') ?? '',
      ccode,
      year,
      features,
      mkOnset: outcome('mk_onset'),
      mkOnset1: outcome('mk_onset_1'),
      mkOnset1or2: index.has('mk_onset_1or2') ? outcome('mk_onset_1or2') : null,
    });
  }
  if (problems.length) throw invalid(problems, `${source}: ${problems.length >= maxProblems ? 'at least ' : ''}${problems.length} problem(s), first: ${problems[0]!.field}: ${problems[0]!.message}`);
  if (!rows.length) throw invalid([{ field: source, code: 'file-empty', message: 'the file has a header and no rows' }]);
  return rows;
}

/** The value of an outcome on a row. */
export function outcomeOf(row: CountryYear, outcome: Outcome): 0 | 1 | null {
  return outcome === 'mk_onset_1' ? row.mkOnset1 : row.mkOnset1or2;
}
