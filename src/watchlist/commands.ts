import { printJson, printTable, printText } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseOptions } from '../cli/zod.js';
import { WatchlistQuery } from './schema.js';
import { getWatchlist } from './service.js';

/** What `precursor warn watchlist` does (its options are in src/warning/cli.ts). Imported when it runs. */
export async function watchlistCommand(o: { level?: string; limit?: string; json?: boolean }) {
  const q = parseOptions(WatchlistQuery, { level: o.level, limit: o.limit });
  await withContext(async (ctx) => {
    const list = await getWatchlist(ctx, q);
    if (o.json) return printJson(list);
    printTable(
      list.items.map((e) => ({ position: e.position, place: e.admin1 ? `${e.admin1}, ${e.country}` : e.country, score: e.score.toFixed(1), reason: e.reason.replace(/^\d+\w\w: /, '') })),
      [
        { key: 'position', title: '#' },
        { key: 'place', title: q.level === 'region' ? 'REGION' : 'COUNTRY', max: 30 },
        { key: 'score', title: 'SCORE' },
        { key: 'reason', title: 'WHY', max: 160 },
      ],
    );
    printText(
      `\n${list.items.length} of ${list.total} ${q.level === 'region' ? 'regions' : 'countries'}, ${list.month}; ` +
        (list.forecastRun ? `forecast run ${list.forecastRun.id} (${list.forecastRun.year}, ${list.forecastRun.countries} countries)` : 'no forecast saved (precursor forecast rank … --save)') +
        (list.scorecards ? '' : '; scorecards not counted (no framework.read)') +
        '.\n',
    );
  });
}
