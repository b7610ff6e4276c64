import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { z } from 'zod';
import { acceptanceInstruments, type AcceptanceInstrument, type AcceptanceRow } from './types.js';

/**
 * Which states accepted which individual-communication procedure, and from when:
 * `data/mechanisms/acceptance.csv`, one row per ratification, accession, succession or declaration,
 * each with its source and whether it was checked against that source. Validated when loaded; an
 * error names the line and the column, so a hand edit that breaks the file says where.
 *
 * Columns: state (ISO3), instrument (ICCPR-OP1, ICERD-14, CAT-22, OP-CEDAW, OP-CRPD, ICPPED-31,
 * OP-ICESCR, OP3-CRC), action, deposited, in_force, withdrawn (dates `YYYY-MM-DD` or empty),
 * reservations (texts bearing on admissibility, separated by ` | `), source, source_date, verified
 * (`yes` / `no`).
 *
 * A State may appear twice for one instrument and action when it denounced and came back
 * (Trinidad and Tobago and Guyana re-acceded to OP1 with a reservation): a row is one deposit,
 * told apart by its date.
 */

export const acceptancePath = fileURLToPath(new URL('../../data/mechanisms/acceptance.csv', import.meta.url));
/** The demo's fictional Veridia (XVR), kept apart so that the real table holds only real states. */
export const fictionalAcceptancePath = fileURLToPath(new URL('../../data/mechanisms/acceptance-fictional.csv', import.meta.url));

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written YYYY-MM-DD');
const optionalDate = z.union([z.literal('').transform(() => null), isoDate]);
const instruments = Object.values(acceptanceInstruments) as [AcceptanceInstrument, ...AcceptanceInstrument[]];

export const AcceptanceCsvRow = z.object({
  state: z.string().regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code such as FRA'),
  instrument: z.enum(instruments),
  action: z.enum(['ratification', 'accession', 'succession', 'declaration', 'signature']),
  deposited: optionalDate,
  in_force: optionalDate,
  withdrawn: optionalDate,
  reservations: z.string().transform((s) => s.split(' | ').map((r) => r.trim()).filter(Boolean)),
  source: z.string().min(1, 'every row names its source'),
  source_date: optionalDate,
  verified: z.enum(['yes', 'no']).transform((v) => v === 'yes'),
});

export class AcceptanceFileError extends Error {}

/** Parses and validates the table's text; throws naming the line and column of the first bad value. */
export function parseAcceptance(text: string): AcceptanceRow[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true }) as Record<string, string>[];
  const rows: AcceptanceRow[] = [];
  const seen = new Set<string>();
  records.forEach((record, i) => {
    const line = i + 2;
    const parsed = AcceptanceCsvRow.safeParse(record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new AcceptanceFileError(`acceptance.csv line ${line}, column ${String(issue.path[0] ?? '?')}: ${issue.message}`);
    }
    const r = parsed.data;
    const key = `${r.state} ${r.instrument} ${r.action} ${r.deposited ?? ''}`;
    if (seen.has(key)) throw new AcceptanceFileError(`acceptance.csv line ${line}: ${r.state} ${r.instrument} ${r.action} ${r.deposited ?? '(no date)'} appears twice`);
    seen.add(key);
    if (r.in_force && r.deposited && r.in_force < r.deposited) throw new AcceptanceFileError(`acceptance.csv line ${line}, column in_force: before the deposit (${r.deposited})`);
    if (r.withdrawn && r.in_force && r.withdrawn < r.in_force) throw new AcceptanceFileError(`acceptance.csv line ${line}, column withdrawn: before the entry into force (${r.in_force})`);
    rows.push({ state: r.state, instrument: r.instrument, action: r.action, deposited: r.deposited, inForce: r.in_force, withdrawn: r.withdrawn, reservations: r.reservations, source: r.source, sourceDate: r.source_date, verified: r.verified });
  });
  return rows;
}

let cached: AcceptanceRow[] | null = null;

/** The shipped table with the demo's fictional state (read once per process). */
export function loadAcceptance(): AcceptanceRow[] {
  cached ??= [...parseAcceptance(readFileSync(acceptancePath, 'utf8')), ...parseAcceptance(readFileSync(fictionalAcceptancePath, 'utf8'))];
  return cached;
}

/**
 * The row that opens `instrument` to `state`: the one in force (a signature never does), or the
 * latest when several (a denunciation then a re-accession). Null when the table has none.
 */
export function acceptanceFor(rows: AcceptanceRow[], state: string, instrument: AcceptanceInstrument): AcceptanceRow | null {
  const candidates = rows.filter((r) => r.state === state && r.instrument === instrument && r.action !== 'signature');
  if (candidates.length === 0) return null;
  return candidates.sort((a, b) => (b.inForce ?? '').localeCompare(a.inForce ?? ''))[0]!;
}

export const acceptanceColumns = ['state', 'instrument', 'action', 'deposited', 'in_force', 'withdrawn', 'reservations', 'source', 'source_date', 'verified'] as const;

/** The table's text for rows, sorted by instrument, state and deposit so that an edit shows as a small diff. */
export function serializeAcceptance(rows: AcceptanceRow[]): string {
  const sorted = [...rows].sort((a, b) => a.instrument.localeCompare(b.instrument) || a.state.localeCompare(b.state) || (a.deposited ?? '').localeCompare(b.deposited ?? '') || a.action.localeCompare(b.action));
  const records = sorted.map((r) => [r.state, r.instrument, r.action, r.deposited ?? '', r.inForce ?? '', r.withdrawn ?? '', r.reservations.join(' | '), r.source, r.sourceDate ?? '', r.verified ? 'yes' : 'no']);
  return stringify(records, { header: true, columns: [...acceptanceColumns], record_delimiter: 'unix' });
}

/** Reads and validates a table file (the shipped one unless another path is given). */
export function readAcceptanceFile(path: string = acceptancePath): AcceptanceRow[] {
  return parseAcceptance(readFileSync(path, 'utf8'));
}

/**
 * Writes rows to a table file, validated first: the text is parsed back before it replaces the
 * file, so a bad row never reaches the disk; the new file is renamed over the old one, so a
 * reader never sees half of it.
 */
export function writeAcceptanceFile(rows: AcceptanceRow[], path: string = acceptancePath): void {
  const text = serializeAcceptance(rows);
  parseAcceptance(text);
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text, 'utf8');
  renameSync(temporary, path);
  if (path === acceptancePath) cached = null;
}

export interface AcceptanceFilter {
  state?: string | undefined;
  instrument?: AcceptanceInstrument | undefined;
}

/** The rows for a State and/or an instrument, in the table's order. */
export function filterAcceptance(rows: AcceptanceRow[], filter: AcceptanceFilter): AcceptanceRow[] {
  return rows.filter((r) => (!filter.state || r.state === filter.state) && (!filter.instrument || r.instrument === filter.instrument));
}
