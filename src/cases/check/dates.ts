/**
 * Dates as the facts give them: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A date known only to the month
 * or the year is a span of days; every comparison asks whether the answer holds for every day of
 * the span (`before` / `after`) and says "cannot tell" otherwise, so that the engine answers
 * `needs-information` only where the precision decides.
 */

export type Precision = 'day' | 'month' | 'year';

export interface DateSpan {
  /** As written in the facts. */
  text: string;
  precision: Precision;
  /** First and last day the date could be (`YYYY-MM-DD`). */
  earliest: string;
  latest: string;
}

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** True when `text` is a real `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date (no 31 April). */
export function isPartialDate(text: string): boolean {
  const m = pattern.exec(text);
  if (!m) return false;
  const month = m[2] === undefined ? 1 : Number(m[2]);
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  return day >= 1 && day <= daysInMonth(Number(m[1]), month);
}

/** The span of days a partial date covers; throws on a malformed date (the boundary schema rejects those first). */
export function span(text: string): DateSpan {
  if (!isPartialDate(text)) throw new RangeError(`'${text}' is not a date written YYYY, YYYY-MM or YYYY-MM-DD`);
  const [y, m, d] = text.split('-').map(Number) as [number, number | undefined, number | undefined];
  if (m === undefined) return { text, precision: 'year', earliest: `${y}-01-01`, latest: `${y}-12-31` };
  if (d === undefined) return { text, precision: 'month', earliest: iso(y, m, 1), latest: iso(y, m, daysInMonth(y, m)) };
  return { text, precision: 'day', earliest: text, latest: text };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * N months after a day: the same day N months later, or that month's last day when the day does
 * not exist there (31 August + 6 months = 28 or 29 February). This is how the committees count
 * "six months" and "one year" (issue 18 §3).
 */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return iso(year, month, Math.min(d, daysInMonth(year, month)));
}

export function addDays(day: string, days: number): string {
  const t = Date.parse(`${day}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

/** A span moved N months later, each end by the month rule. */
export function spanAddMonths(s: DateSpan, months: number): DateSpan {
  return { text: s.text, precision: s.precision, earliest: addMonths(s.earliest, months), latest: addMonths(s.latest, months) };
}

/** Three answers: the comparison holds for every day of both spans, for none, or it depends on the day. */
export type Tri = true | false | 'unknown';

/** Whether `a` falls strictly before `b`. */
export function before(a: DateSpan, b: DateSpan): Tri {
  if (a.latest < b.earliest) return true;
  if (a.earliest >= b.latest) return false;
  return 'unknown';
}

/** Whether `a` falls on or before `b` (a deadline met on its last day). */
export function onOrBefore(a: DateSpan, b: DateSpan): Tri {
  if (a.latest <= b.earliest) return true;
  if (a.earliest > b.latest) return false;
  return 'unknown';
}

/** The later of two spans when it can be told, else the one whose latest day is later (for "the last of"). */
export function latestOf(spans: DateSpan[]): DateSpan | null {
  if (spans.length === 0) return null;
  return spans.reduce((a, b) => (b.latest > a.latest || (b.latest === a.latest && b.earliest > a.earliest) ? b : a));
}

/** "2015-06-10" or "2015-06 (known to the month)". */
export function describe(s: DateSpan): string {
  return s.precision === 'day' ? s.text : `${s.text} (known only to the ${s.precision})`;
}
