/**
 * Dates typed into a filter, checked in the browser by the same rule as the API's event dates
 * (src/incidents/dates.ts): `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, a real date, year 1800 or later.
 * A date that fails is never sent: the page says what is wrong instead of showing a 400.
 */
export type FilterDateProblem = 'format' | 'month' | 'day' | 'year';

const pattern = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Why a typed date cannot be a filter, or undefined when it can. */
export function filterDateProblem(text: string): FilterDateProblem | undefined {
  const m = pattern.exec(text);
  if (!m) return 'format';
  const [, y, mo, d] = m;
  if (Number(y) < 1800) return 'year';
  if (mo === undefined) return undefined;
  const month = Number(mo);
  if (month < 1 || month > 12) return 'month';
  if (d === undefined) return undefined;
  const day = Number(d);
  if (day < 1 || day > new Date(Date.UTC(Number(y), month, 0)).getUTCDate()) return 'day';
  return undefined;
}

export const isFilterDate = (text: string) => filterDateProblem(text) === undefined;

/** True when a period's end falls before its start (compared at each date's own precision). */
export function endsBeforeStart(from: string, to: string): boolean {
  // `2025` ends on 31 December, `2025-06` on the 30th: compare the end's last day with the start's first.
  const last = to.length === 4 ? `${to}-12-31` : to.length === 7 ? `${to}-31` : to;
  return last < from;
}

export type PeriodProblem = FilterDateProblem | 'order';

/**
 * Why a period's start (`from`) or end (`to`), as written in a field or the page URL, cannot be
 * sent; the order is checked when the other end is a date too. Empty means no bound: fine.
 */
export function periodFieldProblem(name: 'from' | 'to', text: string, other: string | undefined): PeriodProblem | undefined {
  const written = text.trim();
  if (!written) return undefined;
  const problem = filterDateProblem(written);
  if (problem) return problem;
  const bound = other?.trim();
  if (!bound || filterDateProblem(bound)) return undefined;
  return (name === 'from' ? endsBeforeStart(written, bound) : endsBeforeStart(bound, written)) ? 'order' : undefined;
}
