import type { AcceptanceInstrument, AcceptanceRow } from './types.js';

/**
 * When a ratification, accession or declaration starts to bind a State, instrument by
 * instrument: pure date arithmetic on `YYYY-MM-DD` strings, with the article that says so.
 *
 * Each instrument has a delay after the deposit (three months for the protocols that say so, the
 * thirtieth day for OP-CRPD, none for a declaration, which takes effect when it is deposited)
 * and a first day: nothing opened before the instrument (or, for a declaration, its procedure)
 * was itself in force. A State that deposited early is bound from that first day: OP1 entered
 * into force on 23 March 1976 for the States whose instruments were already deposited.
 */

export interface EntryIntoForceRule {
  /** What the delay after the deposit is. */
  delay: { months: number } | { days: number } | null;
  /** The day the instrument, or the declaration procedure, began to operate at all. */
  operativeFrom: string;
  /** The articles, for a person to check. */
  rule: string;
  /**
   * True for a declaration made under a convention (ICERD art. 14, CAT art. 22, ICPPED art. 31):
   * it cannot operate before the convention binds the State (the thirtieth day after that
   * State's own ratification), so a declaration made with the ratification takes effect later
   * than its deposit; the table then records the later day.
   */
  declaration: boolean;
}

export const entryIntoForceRules: Record<AcceptanceInstrument, EntryIntoForceRule> = {
  'ICCPR-OP1': { delay: { months: 3 }, operativeFrom: '1976-03-23', rule: 'OP1 art. 9(1)-(2): three months after the deposit; the Protocol itself from 23 March 1976', declaration: false },
  'ICERD-14': { delay: null, operativeFrom: '1982-12-03', rule: 'ICERD art. 14(3): on deposit with the Secretary-General; art. 14(9): the procedure operates from 3 December 1982, when ten declarations were in force; art. 19(2)', declaration: true },
  'CAT-22': { delay: null, operativeFrom: '1987-06-26', rule: 'CAT art. 22(8): declarations deposited with the Secretary-General, operative once five States had made them, i.e. from the Convention\'s entry into force on 26 June 1987; art. 27(2)', declaration: true },
  'OP-CEDAW': { delay: { months: 3 }, operativeFrom: '2000-12-22', rule: 'OP-CEDAW art. 16(2): three months after the deposit; the Protocol itself from 22 December 2000', declaration: false },
  'OP-CRPD': { delay: { days: 30 }, operativeFrom: '2008-05-03', rule: 'OP-CRPD art. 13(2): on the thirtieth day after the deposit; the Protocol itself from 3 May 2008', declaration: false },
  'ICPPED-31': { delay: null, operativeFrom: '2010-12-23', rule: 'ICPPED art. 31(1): a declaration at or after ratification, effective when deposited; the Convention from 23 December 2010 and for a later State on the thirtieth day after its ratification (art. 39(2)); art. 35: only disappearances that commenced after that', declaration: true },
  'OP-ICESCR': { delay: { months: 3 }, operativeFrom: '2013-05-05', rule: 'OP-ICESCR art. 18(2): three months after the deposit; the Protocol itself from 5 May 2013', declaration: false },
  'OP3-CRC': { delay: { months: 3 }, operativeFrom: '2014-04-14', rule: 'OP3-CRC art. 19(2): three months after the deposit; the Protocol itself from 14 April 2014', declaration: false },
};

const isoDay = /^\d{4}-\d{2}-\d{2}$/;

/** N months after a day: the same day N months later, or that month's last day when it has none (31 Jan + 1 month = 28/29 Feb). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = m - 1 + months;
  const year = y + Math.floor(index / 12);
  const month = ((index % 12) + 12) % 12;
  const last = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** N days after a day. "The thirtieth day after the deposit" is the deposit plus 30 days. */
export function addDays(day: string, days: number): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() + days);
  return t.toISOString().slice(0, 10);
}

const later = (a: string, b: string) => (a > b ? a : b);

/**
 * The day an instrument deposited on `deposited` binds the State, by the instrument's rule. For a
 * declaration this is the earliest it can be: pass `conventionInForce` (the day the convention
 * itself bound that State) when the declaration came with the ratification.
 */
export function computeInForce(instrument: AcceptanceInstrument, deposited: string, conventionInForce?: string | null): string {
  if (!isoDay.test(deposited)) throw new RangeError(`the deposit date ${deposited} is not a day written YYYY-MM-DD`);
  const rule = entryIntoForceRules[instrument];
  const delayed = rule.delay === null ? deposited : 'months' in rule.delay ? addMonths(deposited, rule.delay.months) : addDays(deposited, rule.delay.days);
  return later(later(delayed, rule.operativeFrom), conventionInForce ?? '0000-01-01');
}

/**
 * Whether a row's in-force day follows its instrument's rule: exactly, for a protocol; for a
 * declaration, no earlier than the deposit allows and no later than the thirtieth day after it
 * (the latest a convention ratified with the declaration can start to bind).
 */
export function followsRule(row: Pick<AcceptanceRow, 'instrument' | 'deposited' | 'inForce'>): boolean {
  if (!row.deposited || !row.inForce) return true;
  const earliest = computeInForce(row.instrument, row.deposited);
  if (!entryIntoForceRules[row.instrument].declaration) return row.inForce === earliest;
  return row.inForce >= earliest && row.inForce <= later(earliest, addDays(row.deposited, 30));
}

/**
 * Whether the row opens the procedure on `day`: in force by then and not yet withdrawn (a
 * denunciation takes effect on the `withdrawn` day). A signature never opens anything.
 */
export function openOn(row: Pick<AcceptanceRow, 'action' | 'inForce' | 'withdrawn'>, day: string): boolean {
  if (row.action === 'signature' || !row.inForce) return false;
  return row.inForce <= day && (row.withdrawn === null || day < row.withdrawn);
}
