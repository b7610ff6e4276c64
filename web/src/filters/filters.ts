/**
 * The filters of every view, kept in the URL query string with the API's own names, so a
 * view can be shared or bookmarked and the same string is sent to /api/incidents and
 * /api/stats — one set of filters, so map, timeline, facets and list add up.
 */
import { endsBeforeStart, isFilterDate } from './filterDate';

export const listFilterNames = ['country', 'admin1', 'group', 'basis', 'type', 'perpetrator', 'source', 'team', 'level', 'verification'] as const;
export type ListFilterName = (typeof listFilterNames)[number];

export interface Filters {
  country: string[];
  admin1: string[];
  group: string[];
  basis: string[];
  type: string[];
  perpetrator: string[];
  /** Incidents whose sources' information names one of these sources. */
  source: string[];
  /** Incidents restricted to one of these teams (team ids). */
  team: string[];
  level: number[];
  verification: string[];
  from?: string;
  to?: string;
  q?: string;
}

export const emptyFilters = (): Filters => ({ country: [], admin1: [], group: [], basis: [], type: [], perpetrator: [], source: [], team: [], level: [], verification: [] });

/** Reads filters from a query string; values that cannot be filters are dropped rather than sent. */
export function parseFilters(search: URLSearchParams): Filters {
  const f = emptyFilters();
  const list = (name: string) =>
    search
      .getAll(name)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean);
  for (const name of listFilterNames) {
    if (name === 'level') f.level = [...new Set(list('level').map(Number).filter((n) => Number.isInteger(n) && n >= 1 && n <= 5))].sort();
    else f[name] = [...new Set(list(name))];
  }
  const from = search.get('from');
  const to = search.get('to');
  const q = search.get('q')?.trim();
  // A date the API would refuse is left out here and named under its field (DateFilterField).
  if (from && isFilterDate(from)) f.from = from;
  if (to && isFilterDate(to) && !(f.from && endsBeforeStart(f.from, to))) f.to = to;
  if (q) f.q = q;
  return f;
}

/** The query parameters for the API (and the page URL), in a stable order. */
export function filterParams(f: Filters, omit: readonly (keyof Filters)[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of listFilterNames) {
    const v = f[name];
    if (!omit.includes(name) && v.length) out[name] = v.join(',');
  }
  if (f.from && !omit.includes('from')) out.from = f.from;
  if (f.to && !omit.includes('to')) out.to = f.to;
  if (f.q && !omit.includes('q')) out.q = f.q;
  return out;
}

export function filterQuery(f: Filters, omit: readonly (keyof Filters)[] = [], extra: Record<string, string> = {}): string {
  const s = new URLSearchParams({ ...filterParams(f, omit), ...extra }).toString();
  return s ? `?${s}` : '';
}

/** Sets (or clears, with an empty list/undefined) one filter in a copy of the page's query string. */
export function withFilter(search: URLSearchParams, name: keyof Filters, value: string | readonly (string | number)[] | undefined): URLSearchParams {
  const next = new URLSearchParams(search);
  const text = Array.isArray(value) ? value.join(',') : (value as string | undefined);
  if (text) next.set(name, text);
  else next.delete(name);
  return next;
}

/** Toggles one value of a list filter. */
export function toggleValue(values: readonly string[], value: string): string[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

export function countActive(f: Filters): number {
  return listFilterNames.reduce((n, name) => n + (f[name].length ? 1 : 0), 0) + (f.from ? 1 : 0) + (f.to ? 1 : 0) + (f.q ? 1 : 0);
}
