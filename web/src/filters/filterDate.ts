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

export interface InvalidFilterDate {
  name: 'from' | 'to';
  value: string;
  problem: FilterDateProblem | 'order';
}

/** The period parameters of a page URL that cannot be sent, each with why (`?from=20x5`). */
export function invalidFilterDates(search: URLSearchParams): InvalidFilterDate[] {
  const out: InvalidFilterDate[] = [];
  for (const name of ['from', 'to'] as const) {
    const value = search.get(name);
    if (value === null || value === '') continue;
    const problem = filterDateProblem(value.trim());
    if (problem) out.push({ name, value, problem });
  }
  const from = search.get('from')?.trim();
  const to = search.get('to')?.trim();
  if (from && to && !out.length && endsBeforeStart(from, to)) out.push({ name: 'to', value: to, problem: 'order' });
  return out;
}
