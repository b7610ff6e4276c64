import { intersects, type Prepared } from './score.js';

/**
 * Blocking: which pairs are worth scoring. Comparing every pair of a million incidents is
 * 5·10¹¹ comparisons; two reports of one event share a country, dates within a few days of
 * each other (at their precision), a region unless one of them lacks it, and a targeted group
 * unless one of them names none. A sweep over each country's records in date order keeps only
 * the records still "open" (their range, plus the tolerance, reaches the current one), per
 * region, and compares the new record with those.
 */
export interface BlockingOptions {
  /** Days two ranges may be apart and still be compared. */
  toleranceDays: number;
  /**
   * Most records one record is compared with. A record known only to the year, in a region
   * with thousands of records that year, would otherwise be compared with all of them; it is
   * compared with the nearest in time, and the scan says how many records hit the cap.
   */
  maxComparisons: number;
}

export const defaultBlocking: BlockingOptions = { toleranceDays: 7, maxComparisons: 2_000 };

export interface BlockingStats {
  records: number;
  compared: number;
  capped: number;
}

function sharesGroup(a: Prepared, b: Prepared): boolean {
  if (a.groupKeys.length === 0 || b.groupKeys.length === 0) return true;
  return intersects(a.groupKeys, b.groupKeys);
}

/** Candidate pairs of records, as an iterator (tests, the weights' fit); a scan uses `forEachCandidatePair`. */
export function* candidatePairs(records: readonly Prepared[], options: BlockingOptions = defaultBlocking, stats: BlockingStats = { records: 0, compared: 0, capped: 0 }): Generator<[Prepared, Prepared]> {
  const pairs: [Prepared, Prepared][] = [];
  forEachCandidatePair(records, options, stats, (a, b) => pairs.push([a, b]));
  yield* pairs;
}

/**
 * Calls `visit` with each candidate pair of records (any order in, each pair once, the
 * earlier-starting first); `stats` is filled as it goes. A callback, not an iterator: a scan
 * of a million records visits tens of millions of pairs, and a pair object each was a fifth
 * of its time in garbage collection.
 */
export function forEachCandidatePair(records: readonly Prepared[], options: BlockingOptions, stats: BlockingStats, visit: (a: Prepared, b: Prepared) => void): void {
  const byCountry = new Map<string, Prepared[]>();
  for (const r of records) {
    const list = byCountry.get(r.country) ?? [];
    list.push(r);
    byCountry.set(r.country, list);
  }
  for (const list of byCountry.values()) {
    list.sort((a, b) => a.range[0] - b.range[0] || (a.id < b.id ? -1 : 1));
    // Open records per region key ('' for records without a region).
    const open = new Map<string, Prepared[]>();
    for (const r of list) {
      stats.records++;
      const key = r.admin1Key;
      const pools = key === '' ? [...open.keys()] : [key, ''];
      let compared = 0;
      for (const poolKey of pools) {
        const pool = open.get(poolKey);
        if (!pool) continue;
        // Drop records whose range ended more than the tolerance before this one starts.
        let w = 0;
        for (const o of pool) if (o.range[1] + options.toleranceDays >= r.range[0]) pool[w++] = o;
        pool.length = w;
        // Newest first: when the cap bites, the records nearest in time are the ones compared.
        for (let i = pool.length - 1; i >= 0; i--) {
          if (compared >= options.maxComparisons) break;
          const o = pool[i]!;
          compared++;
          if (sharesGroup(o, r)) visit(o, r);
        }
      }
      if (compared >= options.maxComparisons) stats.capped++;
      stats.compared += compared;
      const own = open.get(key) ?? [];
      own.push(r);
      open.set(key, own);
    }
  }
}
