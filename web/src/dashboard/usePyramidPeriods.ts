import type { Stats, StatsExtent } from '../api/types';
import { useApi } from '../api/useApi';
import { filterQuery, type Filters } from '../filters/filters';
import { periodAndPrevious, type ComparedPeriods } from '../filters/period';

const perLevel = (s: Stats | undefined) => (s ? [1, 2, 3, 4, 5].map((l) => s.cells.find((c) => c.level === l)?.incidents ?? 0) : undefined);
const levelUrl = (f: Filters, from: string, to: string) => `/api/stats${filterQuery({ ...f, from, to }, [], { by: 'level' })}`;

/**
 * The pyramid's two periods and their counts per level. Where the data ends comes first
 * (/api/stats/extent): the default period stops there, not today, and a period that runs past
 * it is compared over its observed months only — a partial year must not read as a fall.
 * Each period's counts are asked of the server with the list's own period filter: a period
 * keeps every incident whose dated range overlaps it (one known only to its year, one running
 * over several months), which the timeline's cells — each incident in the month it began —
 * cannot tell. Whole months are answered from the rollup, so this stays quick.
 */
export function usePyramidPeriods(f: Filters, ready: boolean, today: string) {
  const extent = useApi<StatsExtent>(ready ? `/api/stats/extent${filterQuery(f, ['from', 'to'])}` : null);
  const dataEnd = extent.data ? (extent.data.last ?? today.slice(0, 7)) : undefined;
  const period: ComparedPeriods | undefined = dataEnd ? periodAndPrevious(f.from, f.to, dataEnd) : undefined;
  const asked = ready && period !== undefined;
  const now = useApi<Stats>(asked ? levelUrl(f, period.from, period.to) : null);
  const before = useApi<Stats>(asked ? levelUrl(f, period.prevFrom, period.prevTo) : null);
  return { extent: extent.data, period, levelsNow: perLevel(now.data), levelsBefore: perLevel(before.data), error: extent.error ?? now.error ?? before.error };
}
