import type { App } from '../http/app.js';
import { problemResponses } from '../http/problem.js';
import { WatchlistQuery, WatchlistSchema } from './schema.js';
import { getWatchlist } from './service.js';

export async function watchlistRoutes(app: App) {
  app.get(
    '/api/watchlist',
    {
      config: { access: 'watchlist.read' },
      schema: {
        operationId: 'getWatchlist',
        tags: ['alerts'],
        summary:
          'Countries or regions ranked by the forecast, the Framework scorecard and the active alerts together, each with its reason in words and links to what produced it (alerts the caller may not read neither count nor show; scorecards only with framework.read)',
        querystring: WatchlistQuery,
        response: { 200: WatchlistSchema, ...problemResponses },
      },
    },
    async (request) => getWatchlist(request.ctx, request.query),
  );
}
