/** Periods of event dates (YYYY, YYYY-MM or YYYY-MM-DD, as the API takes them). */

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** First day of a date written at any precision. */
export function periodStart(text: string): string {
  if (/^\d{4}$/.test(text)) return `${text}-01-01`;
  if (/^\d{4}-\d{2}$/.test(text)) return `${text}-01`;
  return text;
}

/** Last day of a date written at any precision. */
export function periodEnd(text: string): string {
  if (/^\d{4}$/.test(text)) return `${text}-12-31`;
  if (/^\d{4}-\d{2}$/.test(text)) {
    const [y, m] = text.split('-').map(Number) as [number, number];
    return iso(new Date(Date.UTC(y, m, 0)));
  }
  return text;
}

const addDays = (day: string, n: number) => {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return iso(d);
};

export interface ComparedPeriods {
  from: string;
  /** The end of what was observed: the chosen end, or the end of the data when the period runs past it. */
  to: string;
  prevFrom: string;
  prevTo: string;
  /** True when the chosen period runs past the last month with data and was shortened to it. */
  cut: boolean;
}

/**
 * The period to show and the one just before it, of the same observed length. `dataEnd` is the
 * last month with data (`YYYY-MM`, from /api/stats/extent): the default period is the twelve
 * months ending there, and a period that runs past it is compared over its observed part only —
 * months not yet recorded would otherwise read as a decline.
 */
export function periodAndPrevious(from: string | undefined, to: string | undefined, dataEnd: string): ComparedPeriods {
  const lastObserved = periodEnd(dataEnd);
  const chosenEnd = to ? periodEnd(to) : lastObserved;
  let start: string;
  if (from) start = periodStart(from);
  else {
    const [y, m] = chosenEnd.split('-').map(Number) as [number, number];
    start = iso(new Date(Date.UTC(y, m - 12, 1)));
  }
  // A period wholly after the data has nothing observed to shorten it to: it stays as chosen.
  const cut = chosenEnd > lastObserved && lastObserved >= start;
  const end = cut ? lastObserved : chosenEnd;
  // Whole months compare with as many whole months before (Jan–Mar against Oct–Dec); else the same number of days.
  if (start.endsWith('-01') && addDays(end, 1).endsWith('-01')) {
    const [sy, sm] = start.split('-').map(Number) as [number, number];
    const [ey, em] = end.split('-').map(Number) as [number, number];
    const months = (ey - sy) * 12 + (em - sm) + 1;
    const prevStart = new Date(Date.UTC(sy, sm - 1 - months, 1));
    return { from: start, to: end, prevFrom: iso(prevStart), prevTo: addDays(start, -1), cut };
  }
  const days = Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1;
  return { from: start, to: end, prevFrom: addDays(start, -days), prevTo: addDays(start, -1), cut };
}

/** Every month from the first to the last, `YYYY-MM`. */
export function monthRange(first: string, last: string): string[] {
  const out: string[] = [];
  let [y, m] = first.split('-').map(Number) as [number, number];
  const [ly, lm] = last.split('-').map(Number) as [number, number];
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${pad(m)}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
