import { readFileSync } from 'node:fs';
import { printJson, printText } from '../cli/output.js';
import { invalid } from '../errors.js';
import { acceptanceFor, loadAcceptance } from './acceptance.js';
import { isPartialDate } from './check/dates.js';
import { checkAdmissibility } from './check/index.js';
import { parseFacts } from './facts.js';
import { formatCheck } from './formatCheck.js';
import { loadMechanisms } from './mechanisms.js';
import { acceptanceInstruments } from './types.js';

/** What `precursor cases check` does (its options are in ./cli.ts). Pure: it opens no database. */
export async function checkCommand(file: string, o: { asOf?: string; json?: boolean }) {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    throw invalid([{ field: 'FILE', code: 'invalid', message: `cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}` }]);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw invalid([{ field: 'FILE', code: 'invalid-json', message: `not valid JSON: ${(err as Error).message}` }]);
  }
  if (o.asOf !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(o.asOf)) throw invalid([{ field: '--as-of', code: 'invalid-day', message: 'a date written YYYY-MM-DD' }]);
  if (o.asOf !== undefined && !isPartialDate(o.asOf)) throw invalid([{ field: '--as-of', code: 'invalid-day', message: 'a real day written YYYY-MM-DD' }]);
  const facts = parseFacts(raw);
  const row = acceptanceFor(loadAcceptance(), facts.state, acceptanceInstruments[facts.mechanism]);
  const result = checkAdmissibility(facts, row, loadMechanisms(), { today: o.asOf ?? new Date().toISOString().slice(0, 10) });
  if (o.json) return printJson(result);
  printText(formatCheck(result));
}
