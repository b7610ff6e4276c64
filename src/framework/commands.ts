import { printJson, printText } from '../cli/output.js';
import { withContext } from '../cli/withContext.js';
import { parseOptions } from '../cli/zod.js';
import { CountryParams, ScorecardQuery } from './schema.js';
import { getScorecard } from './service.js';
import { formatScorecard } from './show.js';

/** What the framework commands do (their options are in ./cli.ts). Imported when a command runs. */

export async function showCommand(country: string, o: { since?: string; json?: boolean }) {
  const params = parseOptions(CountryParams, { country: country.toUpperCase() });
  const q = parseOptions(ScorecardQuery, { since: o.since });
  await withContext(async (ctx) => {
    const card = await getScorecard(ctx, params.country, q.since);
    if (o.json) return printJson(card);
    printText(formatScorecard(card));
  });
}
