import { parseEventDate } from '../../incidents/dates.js';

export type DateReading = { date: string } | { problem: 'invalid-date' | 'ambiguous-date'; message: string };

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A source's date in our written form (`2023`, `2023-05`, `2023-05-14`), at the precision the
 * source gives and no finer. Reads ISO 8601 (a time and zone are dropped: we record the day),
 * `2023/05/14`, `14 May 2023` / `May 2023`, Excel serial day numbers (five digits:
 * 1927–2173; a four-digit number is a year), and `14/05/2023`, `14.05.2023` or `05/2023` in the
 * mapping's `dateOrder`. A date that does not exist (31 February) is refused, never moved.
 *
 *   readDate('31/12/2023', 'day-first') → { date: '2023-12-31' }
 */
export function readDate(value: unknown, dateOrder?: 'day-first' | 'month-first'): DateReading {
  const text = typeof value === 'number' ? String(value) : String(value ?? '').trim();
  const bad = (message: string): DateReading => ({ problem: 'invalid-date', message });
  const check = (y: string, m?: string, d?: string): DateReading => {
    const written = `${y}${m ? `-${m.padStart(2, '0')}` : ''}${d ? `-${d.padStart(2, '0')}` : ''}`;
    return parseEventDate(written) ? { date: written } : bad(`'${text}' is not a real date`);
  };
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text))) return check(m[1]!, m[2], m[3]);
  if ((m = /^(\d{4})\/(\d{1,2})(?:\/(\d{1,2}))?$/.exec(text))) return check(m[1]!, m[2], m[3]);
  if ((m = /^(\d{5})(?:\.\d+)?$/.exec(text))) return fromExcelSerial(Number(m[1]));
  if ((m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text))) {
    const [a, b] = [m[1]!, m[2]!];
    if (!dateOrder) {
      // Unambiguous only when one part cannot be a month.
      if (Number(a) > 12 && Number(b) <= 12) return check(m[3]!, b, a);
      if (Number(b) > 12 && Number(a) <= 12) return check(m[3]!, a, b);
      return { problem: 'ambiguous-date', message: `'${text}' could be day/month or month/day: set the mapping's dateOrder` };
    }
    return dateOrder === 'day-first' ? check(m[3]!, b, a) : check(m[3]!, a, b);
  }
  if ((m = /^(\d{1,2})[/.-](\d{4})$/.exec(text))) return check(m[2]!, m[1]);
  if ((m = /^(?:(\d{1,2})\s+)?([A-Za-z]{3,9})\.?,?\s+(\d{4})$/.exec(text))) {
    const month = months.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (month < 0) return bad(`'${text}' is not a date`);
    return check(m[3]!, String(month + 1), m[1]);
  }
  if ((m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text))) {
    const month = months.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (month < 0) return bad(`'${text}' is not a date`);
    return check(m[3]!, String(month + 1), m[2]);
  }
  return bad(`'${text}' is not a date (write 2023-05-14, 2023-05 or 2023)`);
}

/**
 * Excel's serial day numbers count from 1900-01-00 and keep Lotus 1-2-3's fictitious
 * 29 February 1900 (serial 60); from 61 on, serial − 25,569 is days since 1970-01-01.
 */
export function fromExcelSerial(serial: number): DateReading {
  if (!Number.isInteger(serial) || serial < 61) return { problem: 'invalid-date', message: `${serial} is not an Excel date serial this importer reads` };
  const date = new Date((serial - 25_569) * 86_400_000).toISOString().slice(0, 10);
  return parseEventDate(date) ? { date } : { problem: 'invalid-date', message: `${serial} is not a real date` };
}

/** A date cut to a precision: `2023-05-14` at month precision is `2023-05`. */
export function atPrecision(date: string, precision: 'day' | 'month' | 'year'): string {
  return precision === 'year' ? date.slice(0, 4) : precision === 'month' ? date.slice(0, 7) : date;
}
