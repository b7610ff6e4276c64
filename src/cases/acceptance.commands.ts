import { printJson, printTable, printText } from '../cli/output.js';
import { parseOptions } from '../cli/zod.js';
import { invalid } from '../errors.js';
import { acceptancePath, AcceptanceFileError, filterAcceptance, readAcceptanceFile, writeAcceptanceFile } from './acceptance.js';
import { AcceptanceQuery, AcceptanceSetInput } from './acceptance.schema.js';
import { acceptanceProblems, setAcceptance } from './acceptanceEdit.js';
import type { AcceptanceRow } from './types.js';

/**
 * What the acceptance commands do (their options are in ./acceptance.cli.ts). The table is a
 * data file kept in the repository, not a database record: an edit is reviewed as a change of
 * that file, as the taxonomies are.
 */

function read(path: string): AcceptanceRow[] {
  try {
    return readAcceptanceFile(path);
  } catch (err) {
    if (err instanceof AcceptanceFileError) throw invalid([{ field: 'file', code: 'invalid', message: `${path}: ${err.message}` }]);
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') throw invalid([{ field: 'file', code: 'required', message: `${path}: no such file` }]);
    throw err;
  }
}

const columns = [
  { key: 'state', title: 'STATE' },
  { key: 'instrument', title: 'INSTRUMENT' },
  { key: 'action', title: 'ACTION' },
  { key: 'deposited', title: 'DEPOSITED' },
  { key: 'inForce', title: 'IN FORCE' },
  { key: 'withdrawn', title: 'WITHDRAWN' },
  { key: 'verified', title: 'VERIFIED' },
  { key: 'reservations', title: 'RESERVATIONS', max: 70 },
];

export function listCommand(o: { state?: string; instrument?: string; file?: string; json?: boolean }) {
  const filter = parseOptions(AcceptanceQuery, { state: o.state, instrument: o.instrument });
  const rows = filterAcceptance(read(o.file ?? acceptancePath), filter);
  if (o.json) return printJson({ items: rows });
  printTable(rows.map((r) => ({ ...r, verified: r.verified ? 'yes' : 'no', reservations: r.reservations.join(' | ') })), columns);
}

export function setCommand(o: Record<string, unknown>) {
  const input = parseOptions(AcceptanceSetInput, {
    state: o.state,
    instrument: o.instrument,
    action: o.action,
    deposited: o.deposited,
    inForce: o.inForce,
    withdrawn: o.withdrawn,
    reservations: o.reservation ?? [],
    source: o.source,
    sourceDate: o.sourceDate,
    verified: Boolean(o.verified),
  }, { reservations: '--reservation' });
  const path = typeof o.file === 'string' ? o.file : acceptancePath;
  const { rows, row, replaced } = setAcceptance(read(path), input);
  writeAcceptanceFile(rows, path);
  if (o.json) return printJson({ row, replaced });
  printText(`${replaced ? 'replaced' : 'added'}: ${row.state} ${row.instrument} ${row.action} deposited ${row.deposited}, in force ${row.inForce ?? '-'}${row.verified ? '' : ' (unverified)'}\n`);
}

export function validateCommand(file: string | undefined, o: { json?: boolean }) {
  const path = file ?? acceptancePath;
  const rows = read(path);
  const problems = acceptanceProblems(rows);
  if (problems.length) throw invalid(problems.map((message) => ({ field: 'file', code: 'invalid' as const, message: `${path} ${message}` })));
  const verified = rows.filter((r) => r.verified).length;
  if (o.json) return printJson({ file: path, rows: rows.length, verified });
  printText(`${path}: ${rows.length} rows valid (${verified} verified against their source, ${rows.length - verified} not)\n`);
}
