import type { Stats, StatsExtent } from '../api/types';
import { useApi } from '../api/useApi';
import { filterQuery, type Filters } from '../filters/filters';
import { periodAndPrevious, type ComparedPeriods } from '../filters/period';
import { levelsOverMonths } from './timeline';

const perLevel = (s: Stats | undefined) => (s ? [1, 2, 3, 4, 5].map((l) => s.cells.find((c) => c.level === l)?.incidents ?? 0) : undefined);
const levelUrl = (f: Filters, from: string, to: string) => `/api/stats${filterQuery({ ...f, from, to }, [], { by: 'level' })}`;

/**
 * The pyramid's two periods and their counts per level. Where the data ends comes first
 * (/api/stats/extent): the default period stops there, not today, and a period that runs past
 * it is compared over its observed months only — a partial year must not read as a fall.
 * Whole months are counted from the timeline's own month × level cells (the same query, so the
 * pyramid and the timeline agree); other periods ask for their own counts.
 */
export function usePyramidPeriods(f: Filters, ready: boolean, timeline: Stats | undefined, today: string) {
  const extent = useApi<StatsExtent>(ready ? `/api/stats/extent${filterQuery(f, ['from', 'to'])}` : null);
  const dataEnd = extent.data ? (extent.data.last ?? today.slice(0, 7)) : undefined;
  const period: ComparedPeriods | undefined = dataEnd ? periodAndPrevious(f.from, f.to, dataEnd) : undefined;
  const monthAligned = period !== undefined && levelsOverMonths([], period.from, period.to) !== undefined && levelsOverMonths([], period.prevFrom, period.prevTo) !== undefined;
  const own = ready && period !== undefined && !monthAligned;
  const now = useApi<Stats>(own ? levelUrl(f, period.from, period.to) : null);
  const before = useApi<Stats>(own ? levelUrl(f, period.prevFrom, period.prevTo) : null);
  const levelsNow = !period ? undefined : monthAligned ? timeline && levelsOverMonths(timeline.cells, period.from, period.to) : perLevel(now.data);
  const levelsBefore = !period ? undefined : monthAligned ? timeline && levelsOverMonths(timeline.cells, period.prevFrom, period.prevTo) : perLevel(before.data);
  return { extent: extent.data, period, levelsNow, levelsBefore, error: extent.error ?? now.error ?? before.error };
}
