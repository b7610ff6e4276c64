import { invalid, type FieldProblem } from '../errors.js';
import { isCountryCode } from './acceptance.schema.js';
import { computeInForce, entryIntoForceRules, followsRule } from './acceptanceRules.js';
import type { AcceptanceSetInput } from './acceptance.schema.js';
import type { AcceptanceRow } from './types.js';

/**
 * Editing the acceptance table as data: pure functions over rows, so the CLI only reads and
 * writes the file around them and the rules are tested without one.
 */

/**
 * Adds a row, or replaces the one for the same State, instrument, action and deposit. The
 * entry into force is computed by the instrument's rule when not given; one that is given must
 * follow the rule (the rule is named in the refusal).
 */
export function setAcceptance(rows: AcceptanceRow[], input: AcceptanceSetInput): { rows: AcceptanceRow[]; row: AcceptanceRow; replaced: boolean } {
  const inForce = input.inForce ?? computeInForce(input.instrument, input.deposited);
  const row: AcceptanceRow = {
    state: input.state,
    instrument: input.instrument,
    action: input.action,
    deposited: input.deposited,
    inForce: input.action === 'signature' ? null : inForce,
    withdrawn: input.withdrawn ?? null,
    reservations: input.reservations,
    source: input.source,
    sourceDate: input.sourceDate ?? null,
    verified: input.verified,
  };
  const problems: FieldProblem[] = [];
  if (row.inForce && !followsRule(row)) {
    problems.push({ field: '--in-force', code: 'invalid', message: `${row.inForce} does not follow ${entryIntoForceRules[row.instrument].rule} (by that rule: ${computeInForce(row.instrument, input.deposited)})` });
  }
  if (row.withdrawn && row.inForce && row.withdrawn < row.inForce) problems.push({ field: '--withdrawn', code: 'end-before-start', message: `the withdrawal (${row.withdrawn}) is before the entry into force (${row.inForce})` });
  if (input.sourceDate && input.sourceDate < input.deposited) problems.push({ field: '--source-date', code: 'end-before-start', message: `the copy of the source (${input.sourceDate}) was read before the deposit it records (${input.deposited})` });
  if (problems.length) throw invalid(problems);
  const same = (r: AcceptanceRow) => r.state === row.state && r.instrument === row.instrument && r.action === row.action && r.deposited === row.deposited;
  const replaced = rows.some(same);
  return { rows: [...rows.filter((r) => !same(r)), row], row, replaced };
}

/**
 * What is wrong with a table beyond its format (which parseAcceptance checks): a State code
 * that is no country, an entry into force that does not follow its instrument's rule. Each
 * problem names the line of the file (rows are in file order, the header is line 1).
 */
export function acceptanceProblems(rows: AcceptanceRow[]): string[] {
  const problems: string[] = [];
  rows.forEach((r, i) => {
    const line = i + 2;
    if (!isCountryCode(r.state)) problems.push(`line ${line}, column state: ${r.state} is not an ISO 3166-1 alpha-3 country code`);
    if (!followsRule(r)) problems.push(`line ${line}, column in_force: ${r.inForce} does not follow ${entryIntoForceRules[r.instrument].rule} (deposit ${r.deposited}, by that rule ${computeInForce(r.instrument, r.deposited!)})`);
  });
  return problems;
}
