/**
 * Event dates with precision. Monitors often know only the month or the year of an event;
 * the precision is taken from how the date is written — `2023-05-14` (day), `2023-05`
 * (month), `2023` (year) — and stored as the first day of that period plus the precision,
 * so the record never claims more than the source said.
 */
export type DatePrecision = 'day' | 'month' | 'year';

export interface EventDate {
  /** First day of the period, `YYYY-MM-DD`. */
  date: string;
  precision: DatePrecision;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses a date written at day, month or year precision; undefined when it is not a real date. */
export function parseEventDate(text: string): EventDate | undefined {
  const m = pattern.exec(text);
  if (!m) return undefined;
  const [, y, mo, d] = m;
  const year = Number(y);
  if (year < 1800) return undefined;
  if (mo === undefined) return { date: `${y}-01-01`, precision: 'year' };
  const month = Number(mo);
  if (month < 1 || month > 12) return undefined;
  if (d === undefined) return { date: `${y}-${mo}-01`, precision: 'month' };
  const day = Number(d);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { date: `${y}-${mo}-${d}`, precision: 'day' };
}

/** Writes a stored date back at its precision: `2023-05-01` at month precision is `2023-05`. */
export function formatEventDate(date: string, precision: DatePrecision): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}

/** Last day of the period a dated value covers: `2023-02` ends on `2023-02-28`. */
export function periodEnd({ date, precision }: EventDate): string {
  const year = Number(date.slice(0, 4));
  if (precision === 'year') return `${year}-12-31`;
  if (precision === 'month') {
    const month = Number(date.slice(5, 7));
    return `${date.slice(0, 7)}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
  }
  return date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
